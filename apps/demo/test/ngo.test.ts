// The NGO sample site: the embed bundle loaded by a plain script tag under a hostile host
// stylesheet, and a visitor searching, filtering and paging through real practices.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  apiJson,
  demoUrl,
  expectTitles,
  launchBrowser,
  openDemo,
  type PracticePage,
  screenshot,
  text,
  type WatchedPage,
  watchedPage,
} from './browser.js';
import { campaign, expectBannerTitle, expectLibrary, type ResourcePage } from './elements.js';

const CATALOGUE = '#ngo-catalogue';
const PAGE_SIZE = 6;

let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  watched = await openDemo(browser, './ngo/');
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
});

const list = (query: string) =>
  apiJson<PracticePage>(`/v1/practices?objective=10&pageSize=${PAGE_SIZE}${query}`);
const titles = (body: PracticePage) => body.data.map((p) => p.title);
const status = () => text(page.locator(`${CATALOGUE} [part~="status"]`));
const urlParam = (name: string) => new URL(page.url()).searchParams.get(name);

describe('NGO site (English, hostile host CSS)', () => {
  it('loads the embed bundle with a plain script tag, not through a bundler', async () => {
    const scripts = await page
      .locator('script[type="module"]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
    expect(scripts).toEqual([new URL('/gcm-practices.js', demoUrl('./')).href]);
  });

  it('shows the first page of Objective 10 practices and the spotlight card', async () => {
    const first = await list('');
    expect(first.meta.pageCount).toBeGreaterThan(1);
    await expectTitles(page, CATALOGUE, titles(first));
    expect(await status()).toBe(`${first.meta.total} practices found`);
    const ctdc = await apiJson<{ title: string }>(
      '/v1/practices/counter-trafficking-data-collaborative',
    );
    expect(await text(page.locator('#ngo-card').getByRole('heading'))).toBe(ctdc.title);
  });

  it('keeps the host stylesheet out of the shadow DOM, but lets the font in', async () => {
    // The host's rules are live on the page itself…
    const hostHeading = page.locator('main h3').first();
    expect(await hostHeading.evaluate((h) => getComputedStyle(h).fontSize)).toBe('40.8px');
    // …and stop at the elements: their buttons and headings keep the kit's styles.
    const search = page.locator(`${CATALOGUE} [part~="search-button"]`);
    const button = await search.evaluate((b) => {
      const style = getComputedStyle(b);
      return { background: style.backgroundColor, textTransform: style.textTransform };
    });
    expect(button).toEqual({ background: 'rgb(10, 94, 168)', textTransform: 'none' });
    const cardHeading = page.locator(`${CATALOGUE} gcm-practice-card`).first().getByRole('heading');
    const heading = await cardHeading.evaluate((h) => {
      const style = getComputedStyle(h);
      return { fontSize: style.fontSize, fontStyle: style.fontStyle, family: style.fontFamily };
    });
    expect(heading.fontSize).not.toBe('40.8px');
    expect(heading.fontStyle).toBe('normal');
    expect(heading.family).toContain('Trebuchet MS');
  });

  it('searches as the visitor types', async () => {
    const box = page.locator(CATALOGUE).getByRole('searchbox');
    await box.click();
    await box.pressSequentially('Pacaraima', { delay: 30 });
    const found = await list('&q=Pacaraima');
    expect(found.meta.total).toBe(1);
    await expectTitles(page, CATALOGUE, titles(found));
    await expect.poll(status).toBe('1 practice found');
    // sync-url: the search can be shared as a link.
    await expect.poll(() => urlParam('gcm-q')).toBe('Pacaraima');

    await box.fill('');
    await box.press('Enter');
    await expectTitles(page, CATALOGUE, titles(await list('')));
  });

  it('filters by country with the select, with counts from the API', async () => {
    const country = page.locator(CATALOGUE).getByRole('combobox', { name: 'Country' });
    const brazil = await list('&country=BRA');
    expect(brazil.meta.total).toBeGreaterThan(0);
    await expect
      .poll(() => text(country.locator('option[value="BRA"]')))
      .toBe(`Brazil (${brazil.meta.total})`);
    await country.selectOption('BRA');
    await expectTitles(page, CATALOGUE, titles(brazil));
    await expect.poll(status).toBe(`${brazil.meta.total} practices found`);
    await expect.poll(() => urlParam('gcm-country')).toBe('BRA');

    await page.locator(CATALOGUE).getByRole('button', { name: 'Clear filters' }).click();
    await expectTitles(page, CATALOGUE, titles(await list('')));
  });

  it('pages through the results', async () => {
    const pages = page.locator(CATALOGUE).getByRole('navigation', { name: 'Pages' });
    await pages.getByRole('button', { name: 'Next' }).click();
    const second = await list('&page=2');
    await expectTitles(page, CATALOGUE, titles(second));
    expect(await pages.getByRole('button', { name: 'Page 2' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expect.poll(() => urlParam('gcm-page')).toBe('2');

    const lastPage = second.meta.pageCount;
    await pages.getByRole('button', { name: `Page ${lastPage}` }).click();
    await expectTitles(page, CATALOGUE, titles(await list(`&page=${lastPage}`)));
  });

  describe('further reading: the resource library', () => {
    const LIBRARY = '#ngo-library';
    const LIBRARY_SIZE = 4;
    const library = (query: string) =>
      apiJson<ResourcePage>(`/v1/resources?pageSize=${LIBRARY_SIZE}${query}`);
    const libraryStatus = () => text(page.locator(`${LIBRARY} [part~="status"]`));
    const publications = (body: ResourcePage) => body.data.map((r) => r.title);

    it('lists the newest publications first, styled by the kit, not the host', async () => {
      const first = await library('');
      expect(first.meta.pageCount).toBeGreaterThan(1);
      await expectLibrary(page, LIBRARY, publications(first));
      expect(await libraryStatus()).toBe(`${first.meta.total} publications found`);
      const heading = page.locator(LIBRARY).getByRole('heading').first();
      expect(await heading.getAttribute('aria-level')).toBe('3');
      const style = await heading.evaluate((h) => {
        const computed = getComputedStyle(h);
        return { fontSize: computed.fontSize, family: computed.fontFamily };
      });
      expect(style.fontSize).not.toBe('40.8px');
      expect(style.family).toContain('Trebuchet MS');
      // The controls the page asked for, and no others.
      const controls = page.locator(LIBRARY).getByRole('combobox');
      expect(
        await controls.evaluateAll((nodes) => nodes.map((n) => n.id.replace(/^.*-/, ''))),
      ).toEqual(['region', 'sort']);
    });

    it('searches as the visitor types, under its own keys in the URL', async () => {
      const box = page.locator(LIBRARY).getByRole('searchbox');
      await box.click();
      await box.pressSequentially('Harrowing', { delay: 30 });
      const found = await library('&q=Harrowing');
      expect(found.meta.total).toBe(1);
      await expectLibrary(page, LIBRARY, publications(found));
      await expect.poll(libraryStatus).toBe('1 publication found');
      await expect.poll(() => urlParam('gcm-resources-q')).toBe('Harrowing');
      // The catalogue's own keys are untouched.
      expect(urlParam('gcm-q')).toBe(null);
      await box.fill('');
      await box.press('Enter');
      await expectLibrary(page, LIBRARY, publications(await library('')));
    });

    it('filters by region, with counts from the API, and sorts by title', async () => {
      const region = page.locator(LIBRARY).getByRole('combobox', { name: 'Region' });
      const westAfrica = await library('&region=west-africa');
      await expect
        .poll(() => text(region.locator('option[value="west-africa"]')))
        .toBe(`West Africa (${westAfrica.meta.total})`);
      await region.selectOption('west-africa');
      await expectLibrary(page, LIBRARY, publications(westAfrica));
      await expect.poll(() => urlParam('gcm-resources-region')).toBe('west-africa');
      await page.locator(LIBRARY).getByRole('button', { name: 'Clear filters' }).click();
      await expectLibrary(page, LIBRARY, publications(await library('')));

      await page.locator(LIBRARY).getByRole('combobox', { name: 'Sort by' }).selectOption('title');
      await expectLibrary(page, LIBRARY, publications(await library('&sort=title')));
      await expect.poll(() => urlParam('gcm-resources-sort')).toBe('title');
    });

    it('pages through the library with the keyboard alone', async () => {
      const pages = page.locator(LIBRARY).getByRole('navigation', { name: 'Pages' });
      const next = pages.getByRole('button', { name: 'Next' });
      await next.focus();
      await page.keyboard.press('Enter');
      const second = await library('&sort=title&page=2');
      await expectLibrary(page, LIBRARY, publications(second));
      expect(await pages.getByRole('button', { name: 'Page 2' }).getAttribute('aria-current')).toBe(
        'page',
      );
      await expect.poll(() => urlParam('gcm-resources-page')).toBe('2');
      // Focus moved to the new results, so reading goes on from the top.
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              document.activeElement?.id === 'ngo-library' &&
              document.activeElement.shadowRoot?.activeElement?.classList.contains(
                'results-region',
              ),
          ),
        )
        .toBe(true);
    });

    it('opens a shared link on the same view', async () => {
      const shared = await watchedPage(browser);
      await shared.page.goto(
        demoUrl('./ngo/', { 'gcm-resources-region': 'west-africa', 'gcm-q': 'Pacaraima' }),
      );
      await expectLibrary(shared.page, LIBRARY, publications(await library('&region=west-africa')));
      await expectTitles(shared.page, CATALOGUE, titles(await list('&q=Pacaraima')));
      expect(shared.problems).toEqual([]);
      await shared.context.close();
    });
  });

  it('has no console error, no accessibility violation', async () => {
    await screenshot(page, 'ngo');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });

  /** The page as a visitor sees it on `day`, once the banner has had the API's answer. */
  async function visitOn(day: string): Promise<WatchedPage> {
    const visitor = await watchedPage(browser);
    await visitor.context.clock.setFixedTime(new Date(day));
    const answered = visitor.page.waitForResponse((r) => r.url().includes('/v1/campaigns'));
    await visitor.page.goto(demoUrl('./ngo/'));
    await answered;
    await visitor.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    return visitor;
  }

  it(`announces the 2024 call for practices while it is open`, async () => {
    const visitor = await visitOn('2024-06-10T09:00:00Z');
    const call = await campaign('call-for-practices-2024');
    await expectBannerTitle(visitor.page, '#ngo-banner', call.title);
    await screenshot(visitor.page, 'ngo-call-for-practices');
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });

  it(`takes no room between campaigns`, async () => {
    const day = '2025-01-15';
    const { data } = await apiJson<{ data: unknown[] }>(`/v1/campaigns?active=true&at=${day}`);
    expect(data).toEqual([]);
    const visitor = await visitOn(`${day}T12:00:00Z`);
    const box = await visitor.page.locator('#ngo-banner').boundingBox();
    expect(box === null || box.height === 0).toBe(true);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });
});
