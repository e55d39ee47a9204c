// Browser tests: Debian's Chromium through Playwright, against the real reference
// API (started here, on the Node side) and a few hostile routes for failure modes.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { campaigns, practices, resources } from '@gcm-practices/dataset';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { startServer } from 'api';

const here = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(here, '../..');

// @web/test-runner bundles its browser commands (sendKeys, emulateMedia, …);
// point the bare import at that copy.
const requireHere = createRequire(import.meta.url);
const requireRunner = createRequire(requireHere.resolve('@web/test-runner'));
const commandsFile = requireRunner.resolve('@web/test-runner-commands');

/** A URL on a port nobody listens on: requests to it are refused. */
async function closedPortUrl() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return `http://127.0.0.1:${port}`;
}

const delay = (ms) => new Promise((ok) => setTimeout(ok, ms));

const SCRIPT_TITLE = '<script>window.__gcmHostile = true</script>Script title';
const IMG_TITLE = '<img src=x onerror="window.__gcmHostile = true">Image title';

/** A valid practice list whose free-text fields carry markup that must stay text. */
function hostilePracticeList(apiBase) {
  const template = practices.find((p) => p.id === 'pacaraima-committee');
  const data = [IMG_TITLE, SCRIPT_TITLE].map((title, i) => ({
    ...template,
    id: `hostile-${i + 1}`,
    title,
    summary: '<b onmouseover="window.__gcmHostile = true">bold</b> summary & <i>more</i>',
    takeaway: '<style>:host{display:none}</style>takeaway',
    implementers: [{ name: '<a href="javascript:alert(1)">Implementer</a>', type: 'government' }],
  }));
  const self = `${apiBase}/v1/practices?page=1&pageSize=12`;
  return {
    data,
    meta: { total: 2, page: 1, pageSize: 12, pageCount: 1 },
    links: { self, first: self, last: self, prev: null, next: null },
    facets: {},
  };
}

/** A valid resource list: markup in its texts that must stay text, and one with an address. */
function hostileResourceList(apiBase) {
  const template = resources.find((r) => r.id === 'harrowing-journeys');
  const data = [
    {
      ...template,
      id: 'hostile-resource',
      title: IMG_TITLE,
      summary: '<b onmouseover="window.__gcmHostile = true">bold</b> summary',
      authors: ['<i>Author</i>'],
      url: 'https://example.org/library/report.pdf',
    },
  ];
  const self = `${apiBase}/v1/resources?page=1&pageSize=10`;
  return {
    data,
    meta: { total: 1, page: 1, pageSize: 10, pageCount: 1 },
    links: { self, first: self, last: self, prev: null, next: null },
    facets: {},
  };
}

/** The campaigns, and a call for practices that opens on 1 March 2026 and closes on 30 April. */
function campaignsWithUpcomingCall(apiBase) {
  const template = campaigns.find((c) => c.kind === 'call-for-practices');
  const data = [
    ...campaigns,
    { ...template, id: 'upcoming-call', opens: '2026-03-01', closes: '2026-04-30' },
  ];
  const self = `${apiBase}/v1/campaigns?page=1&pageSize=100`;
  return {
    data,
    meta: { total: data.length, page: 1, pageSize: 100, pageCount: 1 },
    links: { self, first: self, last: self, prev: null, next: null },
    facets: {},
  };
}

function gcmTestApi() {
  let api;
  /** The same API allowing one submission an hour per client, for the rate-limited state. */
  let limitedApi;
  let downUrl;
  let switchOn = false;

  /** Forward to the real API: reads, and writes with their body and the headers that matter. */
  async function proxy(ctx, path) {
    const write = ctx.method !== 'GET' && ctx.method !== 'HEAD';
    const headers = { accept: 'application/json' };
    for (const name of ['content-type', 'idempotency-key', 'authorization']) {
      if (ctx.get(name)) headers[name] = ctx.get(name);
    }
    let body;
    if (write) {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      body = Buffer.concat(chunks);
    }
    const response = await fetch(`${api.url}${path}${ctx.search}`, {
      method: ctx.method,
      headers,
      ...(write && { body }),
    });
    ctx.status = response.status;
    ctx.set('content-type', response.headers.get('content-type') ?? 'application/json');
    ctx.body = await response.text();
  }

  /** Routes under `/hostile/<mode>/…` stand in for a broken API. */
  async function hostile(ctx, next) {
    if (ctx.path === '/__test-env') {
      ctx.set('content-type', 'application/json');
      ctx.set('cache-control', 'no-store');
      ctx.body = JSON.stringify({ apiUrl: api.url, limitedApiUrl: limitedApi.url, downUrl });
      return;
    }
    if (ctx.path === '/__csp/probe.js') {
      // Records CSP violations and errors before anything else runs.
      ctx.set('content-type', 'text/javascript');
      ctx.body = `window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));`;
      return;
    }
    if (ctx.path === '/__csp/page') {
      // A partner page with a strict policy: no inline script or style, no eval.
      // `?file=gcm-practices.all.js` serves the one-file build instead of the loader.
      const file = ctx.query.file === 'gcm-practices.all.js' ? ctx.query.file : 'gcm-practices.js';
      const bundle = `/packages/elements/dist/cdn/${file}`;
      // `?only=gcm-campaign-banner,…` keeps those elements only.
      const elements = [
        {
          tag: 'gcm-practices',
          html: `<gcm-practices objective="10" api="${api.url}"></gcm-practices>`,
        },
        {
          tag: 'gcm-practice-card',
          html: `<gcm-practice-card practice-id="pacaraima-committee" api="${api.url}"></gcm-practice-card>`,
        },
        {
          tag: 'gcm-practice',
          html: `<gcm-practice practice-id="pacaraima-committee" api="${api.url}"></gcm-practice>`,
        },
        {
          tag: 'gcm-objective-browser',
          html: `<gcm-objective-browser selected="10" api="${api.url}"></gcm-objective-browser>`,
        },
        {
          tag: 'gcm-resources',
          html: `<gcm-resources api="${api.url}"></gcm-resources>`,
        },
        {
          tag: 'gcm-practice-form',
          html: `<gcm-practice-form campaign="call-for-practices-2024" now="2024-06-01" api="${api.url}"></gcm-practice-form>`,
        },
        {
          tag: 'gcm-campaign-banner',
          html: `<gcm-campaign-banner campaign="world-day-against-trafficking" now="2026-07-18" api="${api.url}"></gcm-campaign-banner>`,
        },
      ];
      ctx.set(
        'content-security-policy',
        `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${api.url}`,
      );
      ctx.set('content-type', 'text/html; charset=utf-8');
      ctx.body = `<!doctype html>
<html lang="${ctx.query.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<title>Partner page</title>
<script src="/__csp/probe.js"></script>
<script type="module" src="${bundle}"></script>
<script type="module" src="${bundle}?second-copy"></script>
</head>
<body>
${elements
  .filter((el) => !ctx.query.only || ctx.query.only.split(',').includes(el.tag))
  .map((el) => el.html)
  .join('\n')}
</body>
</html>`;
      return;
    }
    if (ctx.path === '/__ssr') {
      // Every element as a server renders it with @lit-labs/ssr, from the built package.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [resolve(here, 'test/ssr-render.mjs')],
        { cwd: here, maxBuffer: 16 * 1024 * 1024 },
      );
      ctx.set('content-type', 'application/json');
      ctx.set('cache-control', 'no-store');
      ctx.body = stdout;
      return;
    }
    if (ctx.path === '/__hostile/switch') {
      switchOn = ctx.query.on === '1';
      ctx.set('cache-control', 'no-store');
      ctx.body = 'ok';
      return;
    }
    const match = /^\/hostile\/([a-z0-9-]+)(\/.*)?$/.exec(ctx.path);
    if (!match) return next();
    const [, mode, rest = '/'] = match;
    ctx.set('cache-control', 'no-store');
    switch (mode) {
      case '500':
        ctx.status = 500;
        ctx.set('content-type', 'application/problem+json');
        ctx.body = JSON.stringify({
          type: '/problems/internal',
          title: 'Internal Server Error',
          status: 500,
          detail: '<b>The catalogue</b> is unavailable.',
        });
        return;
      case 'junk':
        ctx.status = 200;
        ctx.set('content-type', 'application/json');
        ctx.body = '{"data": [ {"id": "oops", ';
        return;
      case 'html':
        if (rest === '/v1/practices') {
          ctx.set('content-type', 'application/json');
          ctx.body = JSON.stringify(hostilePracticeList(`http://${ctx.host}/hostile/html`));
          return;
        }
        if (rest === '/v1/resources') {
          ctx.set('content-type', 'application/json');
          ctx.body = JSON.stringify(hostileResourceList(`http://${ctx.host}/hostile/html`));
          return;
        }
        if (rest.startsWith('/v1/practices/hostile-')) {
          ctx.set('content-type', 'application/json');
          ctx.body = JSON.stringify(hostilePracticeList('').data[0]);
          return;
        }
        return proxy(ctx, rest);
      case 'calls':
        if (rest === '/v1/campaigns') {
          ctx.set('content-type', 'application/json');
          ctx.body = JSON.stringify(campaignsWithUpcomingCall(`http://${ctx.host}/hostile/calls`));
          return;
        }
        return proxy(ctx, rest);
      case 'slow':
        await delay(Number(ctx.query.delay ?? 1500));
        return proxy(ctx, rest);
      case 'hang':
        // Never answers: the request stays pending until the browser cancels it.
        await new Promise((done) => ctx.req.once('close', done));
        ctx.status = 503;
        return;
      case 'switch':
        if (!switchOn) {
          ctx.status = 503;
          ctx.set('content-type', 'application/problem+json');
          ctx.body = JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 });
          return;
        }
        return proxy(ctx, rest);
      default:
        return next();
    }
  }

  return {
    name: 'gcm-test-api',
    middleware: hostile,
    async serverStart({ config }) {
      // The test pages may submit: their origin is on the write path's allow-list.
      const origins = [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`];
      api = await startServer({ port: 0, submissions: { origins } });
      limitedApi = await startServer({
        port: 0,
        submissions: { origins, rateLimit: { limit: 1, windowMs: 3_600_000 } },
      });
      downUrl = await closedPortUrl();
    },
    async serverStop() {
      await api?.close();
      await limitedApi?.close();
    },
    resolveImport({ source }) {
      if (source === '@web/test-runner-commands') return `/${relative(rootDir, commandsFile)}`;
      return undefined;
    },
    get apiUrl() {
      return api?.url;
    },
  };
}

/**
 * `executeServerCommand('network-log', { action })`: the API requests the test page sends, as
 * Chromium reports them (Playwright's request events), so a test can count them and see which
 * were cancelled. `start` clears the log; `read` returns `{ url, failure }` entries.
 */
function networkLog() {
  const logs = new Map();
  return {
    name: 'gcm-network-log',
    executeCommand({ command, payload, session }) {
      if (command !== 'network-log') return undefined;
      const page = session.browser.getPage(session.id);
      let log = logs.get(session.id);
      if (!log) {
        log = [];
        logs.set(session.id, log);
        page.on('request', (request) => {
          if (/\/v1\//.test(request.url())) log.push({ url: request.url(), failure: null });
        });
        page.on('requestfailed', (request) => {
          const entry = log.findLast((e) => e.url === request.url() && e.failure === null);
          if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
        });
      }
      if (payload?.action === 'start') log.length = 0;
      return log.map((entry) => ({ ...entry }));
    },
  };
}

const testApi = gcmTestApi();

export default {
  rootDir,
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testApi.middleware],
  concurrency: 1,
  // The suite's only time limits, there to stop a hung test or browser, not to time a slow
  // one: a busy machine runs Chromium ten times slower than an idle one (CONTRIBUTING.md,
  // "Tests"). Condition waits (`until` in test/helpers.ts) give up after a minute.
  browserStartTimeout: 300_000,
  testsStartTimeout: 300_000,
  testsFinishTimeout: 1_200_000,
  testFramework: { config: { timeout: 120_000 } },
  plugins: [
    testApi,
    networkLog(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: resolve(here, 'tsconfig.json') }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="gcm-practices-api" content="${testApi.apiUrl}" />
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
