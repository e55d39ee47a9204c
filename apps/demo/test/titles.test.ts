// No dead titles: on each sample page, every practice title opens the practice — in the
// catalogue's dialog (titles without href-template) or on the practice page (titles with one).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  apiJson,
  launchBrowser,
  openDemo,
  text,
  type WatchedPage,
} from './browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Every practice title of the page, once each catalogue and card has loaded: every element is
 * defined (the loader fetches their code lazily, so a page can show its spotlight card while
 * the catalogue's code is still on its way), none is busy, every card has its title, and the
 * number of cards held still between two looks. An element that shows its error state instead
 * ends the wait at once, with what it says and the page's console errors.
 */
async function titles({ page, problems }: WatchedPage): Promise<Locator> {
  const cards = page.locator('gcm-practice-card');
  const links = page.locator('gcm-practice-card [part="link"]');
  const state = async (): Promise<string> => {
    const { busy, undefinedTags, errors } = await page.evaluate(() => {
      const found = { busy: false, undefinedTags: [] as string[], errors: [] as string[] };
      const visit = (root: Document | ShadowRoot, host: string): void => {
        for (const el of root.querySelectorAll(':not(:defined)')) {
          found.undefinedTags.push(el.localName);
        }
        for (const el of root.querySelectorAll('*')) {
          if (el.getAttribute('aria-busy') === 'true') found.busy = true;
          if (el.getAttribute('part')?.split(' ').includes('error')) {
            found.errors.push(`<${host}>: ${el.textContent?.replace(/\s+/g, ' ').trim()}`);
          }
          if (el.shadowRoot) visit(el.shadowRoot, el.localName);
        }
      };
      visit(document, 'html');
      return found;
    });
    if (errors.length > 0) return `error: ${errors.join(' | ')}`;
    if (undefinedTags.length > 0) return `loading: <${undefinedTags.join('>, <')}> not defined yet`;
    const [all, loaded] = await Promise.all([cards.count(), links.count()]);
    if (!busy && all > 0 && all === loaded) return `ready: ${all} cards`;
    return `loading: ${busy ? 'an element is busy, ' : ''}${loaded} of ${all} cards have their title`;
  };
  let last = '';
  const settled = expect
    .poll(async () => {
      const previous = last;
      last = await state();
      // Ready twice in a row with the same cards, or an error at once.
      return last.startsWith('error') || (last.startsWith('ready') && last === previous);
    })
    .toBe(true);
  await settled.catch(() => {
    throw new Error(`The page never settled; last seen: ${last}`);
  });
  expect(last, `console: ${problems.join(' | ') || 'none'}`).toMatch(/^ready/);
  return links;
}

const openDialog = (page: Page) => page.locator('dialog[open]');

async function expectOpensInDialog(page: Page, title: Locator, name: string) {
  await title.click();
  const dialog = openDialog(page);
  await expect.poll(() => dialog.count(), { message: `dialog for "${name}"` }).toBe(1);
  await expect.poll(() => text(dialog.locator('gcm-practice [part="title"]'))).toBe(name);
  expect(await dialog.getAttribute('aria-label')).toBe(name);
  await page.keyboard.press('Escape');
  await expect.poll(() => openDialog(page).count(), { message: `"${name}" closed` }).toBe(0);
}

async function expectOpensPage(page: Page, title: Locator, name: string) {
  const from = page.url();
  await title.click();
  await page.waitForURL(/\/practice\/\?id=/);
  await expect
    .poll(() => text(page.locator('#practice-page [part="title"]')), {
      message: `page for "${name}"`,
    })
    .toBe(name);
  await page.goto(from);
}

for (const path of ['./ngo/', './ministry/', './ar/', './']) {
  describe(`${path}: no dead titles`, () => {
    let watched: WatchedPage;
    beforeAll(async () => {
      watched = await openDemo(browser, path);
    });
    afterAll(async () => {
      await watched?.context.close();
    });

    it('opens the practice behind every title', async () => {
      const { page } = watched;
      const count = await (await titles(watched)).count();
      expect(count).toBeGreaterThan(4);
      for (let i = 0; i < count; i++) {
        const title = (await titles(watched)).nth(i);
        const name = await text(title);
        expect(name, `title ${i}`).not.toBe('');
        const tag = await title.evaluate((el) => el.localName);
        if (tag === 'a') await expectOpensPage(page, title, name);
        else await expectOpensInDialog(page, title, name);
      }
      expect(watched.problems).toEqual([]);
    });
  });
}

describe('the practice page', () => {
  it('shows a practice in full in the language of the page that links to it, axe-clean', async () => {
    const pacaraima = await apiJson<{ title: string }>('/v1/practices/pacaraima-committee');
    for (const lang of ['en', 'fr', 'ar']) {
      const watched = await openDemo(browser, `./practice/?id=pacaraima-committee&lang=${lang}`);
      const { page } = watched;
      try {
        await expect
          .poll(() => text(page.locator('#practice-page [part="title"]')))
          .toBe(pacaraima.title);
        await expect
          .poll(() => page.locator('#practice-page [part="related-item"]').count())
          .toBe(3);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.context.close();
      }
    }
  });
});
