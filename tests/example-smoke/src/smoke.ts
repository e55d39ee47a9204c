// The smoke test of an example app, shared by the React and Vue apps: its built `dist/` served
// over HTTP with the page's `<meta name="gcm-practices-api">` pointed at a reference API started
// here, then used in Chromium as a visitor would — the catalogue loads real practices, and
// choosing one shows it in a card given the practice object. The package exports this source
// as is: only Vitest loads it, and compiles it as it does the test files. It depends on the
// apps' Vite major so that its `vitest` is the very copy running the apps' tests.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { type RunningServer, startServer } from 'api';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

async function serve(dir: string, apiUrl: string) {
  const server = createServer(async (request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path.includes('..')) return void response.writeHead(400).end();
    if (path === '/') path = '/index.html';
    try {
      let body: Buffer | string = await readFile(join(dir, path));
      if (path === '/index.html') {
        body = body
          .toString('utf8')
          .replace(/(name="gcm-practices-api" content=")[^"]*"/, `$1${apiUrl}"`);
      }
      response
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function smokeTest(name: string, distDir: string): void {
  describe(`${name} example app`, () => {
    let api: RunningServer;
    let site: Awaited<ReturnType<typeof serve>>;
    let browser: Browser;

    beforeAll(async () => {
      api = await startServer({ port: 0 });
      site = await serve(distDir, api.url);
      browser = await chromium.launch({
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
      });
    });

    afterAll(async () => {
      await browser?.close();
      await site?.close();
      await api?.close();
    });

    it('lists practices, and shows the one chosen in a card given the practice object', async () => {
      const page = await browser.newPage();
      // Waits end on their condition; a minute without it is a failure, whatever the load.
      page.setDefaultTimeout(60_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(site.url);
        // The `gcm-results` handler ran, with a typed detail.
        await page
          .getByRole('status')
          .filter({ hasText: /^\d+ practices$/ })
          .waitFor();
        const cards = page.locator('gcm-practices gcm-practice-card');
        await expect.poll(() => cards.count()).toBe(6);
        const first = cards.first().locator('[part="link"]');
        const title = (await first.textContent())?.trim();
        expect(title).toBeTruthy();
        await first.click();
        // The `gcm-practice-select` handler put the practice object into the card's property.
        const chosen = page.locator('#chosen [part="title"]');
        await expect.poll(async () => (await chosen.textContent())?.trim()).toBe(title);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
}
