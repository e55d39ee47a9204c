// The browser tests in Firefox: Debian's firefox-esr driven by Puppeteer over WebDriver BiDi.
// `pnpm --filter @gcm-practices/elements test:firefox`; the rest of the setup (the reference
// API, the hostile routes, the limits) is the Chromium configuration's.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { firefoxCommands } from './test/firefox-commands-plugin.mjs';
import config from './web-test-runner.config.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export default {
  ...config,
  // First: it serves the tests their `sendKeys` and `emulateMedia` for Firefox.
  plugins: [
    firefoxCommands(relative(config.rootDir, resolve(here, 'test/firefox-commands.ts'))),
    ...config.plugins,
  ],
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        // Lets WebDriver BiDi run privileged scripts: the media emulation needs one.
        args: ['-remote-allow-system-access'],
      },
    }),
  ],
};
