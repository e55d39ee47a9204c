import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';

export const apiUrl = inject('apiUrl');
export const siteUrl = inject('siteUrl');
export const artefacts = join(import.meta.dirname, '..', 'test-results');
mkdirSync(artefacts, { recursive: true });

const require = createRequire(import.meta.url);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, as they happened. */
  problems: string[];
}

/** A fresh context and page that records every console error and page error. */
export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // Playwright's waits (navigation, clicks, locators) end on their condition; a minute without
  // it is a failure whatever the load, like `expect.poll` in vitest.config.ts.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, context, problems };
}

/** A demo page, pointed at the test's API with `?api=`. */
export function demoUrl(path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, `${siteUrl}/`);
  url.searchParams.set('api', apiUrl);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

export async function openDemo(browser: Browser, path: string): Promise<WatchedPage> {
  const watched = await watchedPage(browser);
  await watched.page.goto(demoUrl(path));
  return watched;
}

/** What the API itself answers, to compare the pages with. */
export async function apiJson<T>(path: string): Promise<T> {
  const response = await fetch(`${apiUrl}${path}`);
  expect(response.ok, `${path} answered ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

export interface PracticePage {
  data: { id: string; title: string }[];
  meta: { total: number; page: number; pageSize: number; pageCount: number };
}

/** The card titles a catalogue shows, once it has finished loading. */
export async function catalogueTitles(page: Page, selector: string): Promise<string[]> {
  const catalogue = page.locator(selector);
  await expect
    .poll(() => catalogue.locator('.results-region').getAttribute('aria-busy'))
    .toBe('false');
  // Text content, not innerText: cards below the fold skip rendering (content-visibility), and
  // innerText of a skipped card is empty.
  const titles = await catalogue
    .locator('gcm-practice-card')
    .getByRole('heading')
    .allTextContents();
  return titles.map((title) => title.replace(/\s+/g, ' ').trim());
}

/** Wait until a catalogue shows exactly these titles (it reloads after every change). */
export async function expectTitles(page: Page, selector: string, titles: string[]): Promise<void> {
  await expect.poll(() => catalogueTitles(page, selector)).toEqual(titles);
}

/** A locator's text, whitespace collapsed; '' while it is missing (or not unique). */
export async function text(locator: Locator): Promise<string> {
  const content = await locator.textContent({ timeout: 5_000 }).catch(() => null);
  return (content ?? '').replace(/\s+/g, ' ').trim();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: true });
}

/** Run axe-core (WCAG 2.2 A and AA rules) on the page, shadow roots included. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}
