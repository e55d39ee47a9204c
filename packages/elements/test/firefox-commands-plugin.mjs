// `sendKeys` and `emulateMedia` for the tests in Firefox (web-test-runner.firefox.config.mjs).
// @web/test-runner's own commands reach Firefox through Puppeteer over WebDriver BiDi, which
// knows neither the key names the tests use (Playwright's: 'Space', 'Shift+Tab') nor any media
// emulation (Puppeteer's goes through the Chrome DevTools Protocol). This plugin serves
// test/firefox-commands.ts for the tests' `@web/test-runner-commands` import; its two commands
// come here, with the same payloads, and do what Playwright does in Chromium.

/** Playwright key names that Puppeteer's BiDi keyboard does not know, and the key they name. */
const KEYS = { Space: ' ' };

const key = (name) => KEYS[name] ?? name;

/** Playwright's `keyboard.press`: 'Shift+Tab' holds Shift, presses Tab, releases Shift. */
async function press(keyboard, combination) {
  const [, held = '', pressed] = /^((?:\w+\+)*)(.+)$/.exec(combination);
  const modifiers = held.split('+').filter(Boolean);
  for (const modifier of modifiers) await keyboard.down(key(modifier));
  await keyboard.press(key(pressed));
  for (const modifier of modifiers.reverse()) await keyboard.up(key(modifier));
}

async function sendKeys(page, payload) {
  if ('type' in payload) return page.keyboard.type(payload.type);
  if ('press' in payload) return press(page.keyboard, payload.press);
  if ('down' in payload) return page.keyboard.down(key(payload.down));
  if ('up' in payload) return page.keyboard.up(key(payload.up));
  throw new Error(`sendKeys: nothing to send in ${JSON.stringify(payload)}`);
}

// Firefox's media emulation is the one its DevTools use: overrides on the tab's top-level
// BrowsingContext, which only privileged (chrome) code can set. The browser is started with
// `-remote-allow-system-access`, so WebDriver BiDi can run a script in its chrome window.
const SET_OVERRIDES = `(id, overrides) => {
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs',
  );
  const context = NavigableManager.getBrowsingContextById(id);
  if (!context) throw new Error('no browsing context ' + id);
  Object.assign(context, JSON.parse(overrides));
}`;

/** The BiDi id of the browser's chrome window, per connection. */
const chromeContexts = new WeakMap();

async function chromeContext(connection) {
  if (!chromeContexts.has(connection)) {
    const { result } = await connection.send('browsingContext.getTree', {
      'moz:scope': 'chrome',
      maxDepth: 0,
    });
    chromeContexts.set(connection, result.contexts[0].context);
  }
  return chromeContexts.get(connection);
}

/**
 * Playwright's `page.emulateMedia(options)`: an option left out stays as it is; `null` (or
 * 'no-preference' for the colour scheme, which Firefox no longer has) goes back to the system's.
 */
async function emulateMedia(page, options) {
  const overrides = {};
  const matching = [];
  if ('media' in options) {
    overrides.mediumOverride = options.media ?? '';
    if (options.media) matching.push(options.media);
  }
  if ('colorScheme' in options) {
    const scheme = ['light', 'dark'].includes(options.colorScheme) ? options.colorScheme : 'none';
    overrides.prefersColorSchemeOverride = scheme;
    if (scheme !== 'none') matching.push(`(prefers-color-scheme: ${scheme})`);
  }
  if ('reducedMotion' in options) {
    overrides.prefersReducedMotionOverride = options.reducedMotion ?? 'none';
    if (options.reducedMotion) matching.push(`(prefers-reduced-motion: ${options.reducedMotion})`);
  }
  if ('forcedColors' in options) {
    // 'none' lifts the override: a headless browser's system is not in forced-colors mode.
    overrides.forcedColorsOverride = options.forcedColors === 'active' ? 'active' : 'none';
    if (options.forcedColors) matching.push(`(forced-colors: ${options.forcedColors})`);
  }
  const connection = page.browser().connection;
  const answer = await connection.send('script.callFunction', {
    functionDeclaration: SET_OVERRIDES,
    awaitPromise: false,
    target: { context: await chromeContext(connection) },
    arguments: [
      // Puppeteer's frame id is the tab's WebDriver BiDi id.
      { type: 'string', value: page.mainFrame()._id },
      { type: 'string', value: JSON.stringify(overrides) },
    ],
  });
  if (answer.result.type === 'exception') {
    throw new Error(`emulateMedia: ${answer.result.exceptionDetails.text}`);
  }
  // The override reaches the page's process a moment later; Playwright returns once it applies.
  await page.waitForFunction(
    (queries) => queries.every((query) => matchMedia(query).matches),
    { polling: 20, timeout: 60_000 },
    matching,
  );
}

/** @param {string} browserModule test/firefox-commands.ts's path from the server's root. */
export function firefoxCommands(browserModule) {
  const served = `/${browserModule}`;
  return {
    name: 'gcm-firefox-commands',
    resolveImport({ source, context }) {
      // The Firefox module itself imports the real commands (resolved by the next plugin).
      if (source === '@web/test-runner-commands' && context.path !== served) return served;
      return undefined;
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'firefox-send-keys' && command !== 'firefox-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'firefox-send-keys') await sendKeys(page, payload);
      else await emulateMedia(page, payload);
      return true;
    },
  };
}
