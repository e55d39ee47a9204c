// The browser tests in Firefox: Debian's firefox-esr driven by Puppeteer over WebDriver BiDi.
// `pnpm --filter @gcm-practices/elements test:firefox`; the rest of the setup (the reference
// API, the hostile routes, the limits) is the Chromium configuration's.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import config from './web-test-runner.config.mjs';

export default {
  ...config,
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  ],
};
