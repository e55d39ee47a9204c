// Every demo page, built and served as `pnpm start` serves it, against the real API: its
// elements render real data, it logs no error, axe finds no WCAG violation.
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
import {
  campaign,
  expectBannerTitle,
  expectLibrary,
  expectObjectiveBrowser,
  objective,
  type ResourcePage,
} from './elements.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, at?: string): Promise<WatchedPage> {
  const watched = at === undefined ? await openDemo(browser, path) : await watchedPage(browser);
  if (at !== undefined) {
    // The visitor's calendar: the banners are date-aware.
    await watched.context.clock.setFixedTime(new Date(at));
    await watched.page.goto(demoUrl(path));
  }
  return watched;
}

async function cardTitle(page: Page, selector: string): Promise<string> {
  const heading = page.locator(selector).getByRole('heading');
  await expect.poll(() => heading.count()).toBe(1);
  return text(heading);
}

async function practiceTitle(id: string): Promise<string> {
  return (await apiJson<{ title: string }>(`/v1/practices/${id}`)).title;
}

async function expectClean(watched: WatchedPage, name: string) {
  await screenshot(watched.page, name);
  expect(await accessibilityViolations(watched.page)).toEqual([]);
  expect(watched.problems).toEqual([]);
}

describe('landing page', () => {
  let watched: WatchedPage;
  afterAll(async () => {
    await watched?.context.close();
  });
  beforeAll(async () => {
    watched = await open('./');
  });

  it('shows the featured practices, a card, and logs their events', async () => {
    const { page } = watched;
    expect(await page.title()).toContain('GCM Practices kit');
    const featured = await apiJson<PracticePage>(
      '/v1/practices?objective=10&featured=true&pageSize=6',
    );
    expect(featured.meta.total).toBeGreaterThan(1);
    await expectTitles(
      page,
      '#landing-catalogue',
      featured.data.map((p) => p.title),
    );
    expect(await cardTitle(page, '#landing-card')).toBe(await practiceTitle('pacaraima-committee'));

    const log = page.locator('#event-log');
    await expect.poll(() => text(log)).toContain('gcm-results');

    // Choosing a practice in the catalogue shows it in the card: the page listens to the event.
    const chosen = featured.data.find((p) => p.id !== 'pacaraima-committee');
    if (!chosen) throw new Error('need a second featured practice');
    await page.locator('#landing-catalogue').getByRole('button', { name: chosen.title }).click();
    await expect.poll(() => cardTitle(page, '#landing-card')).toBe(chosen.title);
    await expect
      .poll(() => text(log))
      .toContain(`gcm-practice-select from <gcm-practices>: practice "${chosen.id}"`);
    // The page does not cancel the event, so the catalogue also opens the practice in its
    // dialog; Escape closes it and gives the page back.
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  });

  it('shows the resource library, newest first, and logs its results', async () => {
    const { page } = watched;
    const library = await apiJson<ResourcePage>('/v1/resources?pageSize=3');
    await expectLibrary(
      page,
      '#landing-resources',
      library.data.map((r) => r.title),
    );
    await expect
      .poll(() => text(page.locator('#landing-resources [part~="status"]')))
      .toBe(`${library.meta.total} publications found`);
    await expect
      .poll(() => text(page.locator('#event-log')), { timeout: 20_000 })
      .toContain(
        `gcm-results from <gcm-resources>: ${library.meta.total} publications, page 1 of ${library.meta.pageCount}`,
      );
  });

  it(`shows the campaign banner, pinned to 16 July 2024`, async () => {
    const day = await campaign('world-day-against-trafficking-2024');
    await expectBannerTitle(watched.page, '#landing-banner', day.title);
    // 16 July → 30 July: fourteen days to go.
    await expect
      .poll(() => text(watched.page.locator('#landing-banner [part~="countdown"]')))
      .toMatch(/14/);
  });

  it(`shows the objective browser on objective 10`, async () => {
    await expectObjectiveBrowser(watched.page, '#landing-browser', 10);
  });

  it(`opens the objective a visitor chooses, and logs the event`, async () => {
    const { page } = watched;
    const seven = await objective(7);
    const tab = page
      .locator('#landing-browser')
      .getByRole('tab', { name: new RegExp(`^7\\. ${seven.shortTitle}`) });
    await tab.click();
    await expectObjectiveBrowser(page, '#landing-browser', 7);
    // Objective 7 has no practice in the Repository: a plain empty state, nothing to search.
    expect(seven.practiceCount).toBe(0);
    const panel = page.locator('#landing-browser').getByRole('tabpanel');
    await expect
      .poll(() => text(panel.locator('[part~="empty"]')))
      .toBe('The Repository has no practice under this objective yet.');
    expect(await panel.getByRole('searchbox').count()).toBe(0);
    expect(await panel.getByRole('combobox').count()).toBe(0);
    expect(await text(panel)).not.toContain('match');
    await expect
      .poll(() => text(page.locator('#event-log')))
      .toContain('gcm-objective-select from <gcm-objective-browser>: objective 7');
  });

  it('has no console error, no accessibility violation', async () => {
    await expectClean(watched, 'landing');
  });

  it('sets its text in the Noto Sans it serves itself, not a system fallback', async () => {
    const { page } = watched;
    const loaded = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => face.family.replaceAll('"', ''));
      });
    await expect.poll(loaded).toContain('Noto Sans Variable');
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(
      /^"Noto Sans Variable"/,
    );
    // Served with the pages: a font file from anywhere else would be a request to a third
    // party on every visit.
    const fontFiles = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.woff2')),
    );
    expect(fontFiles.length).toBeGreaterThan(0);
    for (const file of fontFiles) expect(new URL(file).origin).toBe(new URL(page.url()).origin);
  });

  it(`remembers a dismissed banner`, async () => {
    const { page } = watched;
    const banner = page.locator('#landing-banner');
    await banner.getByRole('button', { name: 'Dismiss banner' }).click();
    await expect.poll(async () => (await banner.boundingBox())?.height ?? 0).toBe(0);
    expect(await text(page.locator('#event-log'))).toContain(
      'gcm-campaign-dismiss from <gcm-campaign-banner>: campaign "world-day-against-trafficking-2024"',
    );
    await page.reload();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    expect((await banner.boundingBox())?.height ?? 0).toBe(0);
    expect(watched.problems).toEqual([]);
  });

  it('brings the dismissed banner back on request', async () => {
    const { page } = watched;
    const again = page.getByRole('button', { name: 'Show the banner again' });
    await again.click();
    const day = await campaign('world-day-against-trafficking-2024');
    await expectBannerTitle(page, '#landing-banner', day.title);
    expect(await again.isVisible()).toBe(false);
    await page.reload();
    await expectBannerTitle(page, '#landing-banner', day.title);
    expect(await page.getByRole('button', { name: 'Show the banner again' }).count()).toBe(0);
    expect(watched.problems).toEqual([]);
  });
});

describe('ministry site (French)', () => {
  let watched: WatchedPage;
  afterAll(async () => {
    await watched?.context.close();
  });
  beforeAll(async () => {
    // 30 July 2027, in Paris: the World Day itself.
    watched = await open('./ministry/', '2027-07-30T10:00:00+02:00');
  });

  it('renders the catalogue and the card in French with real data', async () => {
    const { page } = watched;
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const first = await apiJson<PracticePage>('/v1/practices?objective=10&pageSize=6');
    await expectTitles(
      page,
      '#ministry-catalogue',
      first.data.map((p) => p.title),
    );
    const catalogue = page.locator('#ministry-catalogue');
    expect(await text(catalogue.locator('[part~="status"]'))).toBe(
      `${first.meta.total} pratiques trouvées`,
    );
    expect(
      await catalogue.getByRole('searchbox', { name: 'Rechercher des pratiques' }).count(),
    ).toBe(1);
    expect(await cardTitle(page, '#ministry-card')).toBe(
      await practiceTitle('pacaraima-committee'),
    );
  });

  it('carries the ministry brand into the elements through --gcm-* variables and ::part()', async () => {
    const button = watched.page.locator('#ministry-catalogue [part~="search-button"]');
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
      'rgb(0, 0, 145)',
    );
    expect(await button.evaluate((b) => getComputedStyle(b).borderTopLeftRadius)).toBe('0px');
    const status = watched.page.locator('#ministry-catalogue [part~="status"]');
    expect(await status.evaluate((s) => getComputedStyle(s).fontWeight)).toBe('700');
  });

  it(`shows the World Day banner on the day`, async () => {
    const day = await campaign('world-day-against-trafficking-2027');
    await expectBannerTitle(watched.page, '#ministry-banner', day.title);
    await expect
      .poll(() => text(watched.page.locator('#ministry-banner [part~="countdown"]')))
      .toMatch(/aujourd/i);
  });

  it(`shows the objective browser on objective 10`, async () => {
    await expectObjectiveBrowser(watched.page, '#ministry-browser', 10, 'fr');
  });

  it('has no console error, no accessibility violation', async () => {
    await expectClean(watched, 'ministry-fr');
  });
});

describe('Arabic page (right to left)', () => {
  let watched: WatchedPage;
  afterAll(async () => {
    await watched?.context.close();
  });
  beforeAll(async () => {
    watched = await open('./ar/', '2027-07-25T09:00:00+03:00');
  });

  it('lays the page and the elements out right to left, with real data', async () => {
    const { page } = watched;
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const first = await apiJson<PracticePage>('/v1/practices?objective=10&pageSize=6');
    await expectTitles(
      page,
      '#ar-catalogue',
      first.data.map((p) => p.title),
    );
    const inside = await page
      .locator('#ar-catalogue')
      .evaluate((el) => el.shadowRoot?.querySelector('.root')?.getAttribute('dir'));
    expect(inside).toBe('rtl');
    const expected = await page.evaluate(
      (total) => new Intl.NumberFormat('ar').format(total),
      first.meta.total,
    );
    expect(await text(page.locator('#ar-catalogue [part~="status"]'))).toContain(expected);
    expect(await cardTitle(page, '#ar-card')).toBe(
      await practiceTitle('family-reunification-for-victims-of-trafficking'),
    );
  });

  it('keeps English data in its own direction, lined up with the Arabic text around it', async () => {
    const { page } = watched;
    await expect.poll(() => page.locator('#ar-catalogue gcm-practice-card').count()).toBe(6);
    const cards = await page.locator('#ar-catalogue gcm-practice-card').evaluateAll((hosts) =>
      hosts.map((host) => {
        const root = host.shadowRoot;
        const style = (selector: string) => {
          const node = root?.querySelector(selector);
          return node ? getComputedStyle(node) : null;
        };
        const implementers = root?.querySelector('[part="implementers"]');
        const card = root?.querySelector('[part~="card"]')?.getBoundingClientRect();
        const link = root?.querySelector('[part="link"]');
        const range = document.createRange();
        if (link) range.selectNodeContents(link);
        const lines = link ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
        const label = root?.querySelector('[part="facts"] dt');
        return {
          card: style('[part~="card"]')?.direction,
          title: style('[part="link"]')?.direction,
          titleAlign: style('[part="link"]')?.textAlign,
          // The title's first line ends at the card's right-hand edge, as its details do.
          titleGap: card && lines[0] ? Math.round(card.right - lines[0].right) : null,
          factsGap:
            card && label ? Math.round(card.right - label.getBoundingClientRect().right) : null,
          names: [...(implementers?.querySelectorAll('bdi') ?? [])].map((b) => ({
            text: b.textContent,
            direction: getComputedStyle(b).direction,
            isolated: getComputedStyle(b).unicodeBidi,
          })),
          implementersText: implementers?.textContent ?? '',
        };
      }),
    );
    const practices = await apiJson<{
      data: { implementers: { name: string }[] }[];
    }>('/v1/practices?objective=10&pageSize=6');
    cards.forEach((card, i) => {
      expect(card.card).toBe('rtl');
      expect(card.title).toBe('ltr');
      expect(card.titleAlign).toBe('right');
      expect(card.titleGap).toBe(card.factsGap);
      const names = practices.data[i]?.implementers.map((m) => m.name) ?? [];
      // Each English name is isolated, so "Government of Thailand" never reads "Government of وGovernment".
      expect(card.names.map((n) => n.text)).toEqual(names);
      for (const name of card.names) {
        expect(name.direction).toBe('ltr');
        expect(name.isolated).toBe('isolate');
      }
    });
    await screenshot(page, 'arabic-mixed-direction');
  });

  it(`shows the World Day countdown`, async () => {
    const day = await campaign('world-day-against-trafficking-2027');
    await expectBannerTitle(watched.page, '#ar-banner', day.title);
  });

  it(`shows the objective browser on objective 10`, async () => {
    await expectObjectiveBrowser(watched.page, '#ar-browser', 10);
  });

  it('has no console error, no accessibility violation', async () => {
    await expectClean(watched, 'arabic-rtl');
  });
});

describe('SDK examples page', () => {
  let watched: WatchedPage;
  afterAll(async () => {
    await watched?.context.close();
  });
  beforeAll(async () => {
    watched = await open('./sdk/');
  });

  async function output(name: string): Promise<string> {
    const box = watched.page.locator(`[data-output="${name}"]`);
    await expect.poll(() => box.getAttribute('data-state')).toMatch(/done|error/);
    return text(box);
  }

  it('shows the code it runs next to what the API returned', async () => {
    const { page } = watched;
    const listed = await apiJson<PracticePage>(
      '/v1/practices?objective=10&region=south-america&region=central-america&sort=title&pageSize=10',
    );
    const list = await output('list');
    expect(list).toContain(`${listed.meta.total} practices`);
    for (const p of listed.data) expect(list).toContain(p.title);
    expect(await text(page.locator('[data-code="list"]'))).toContain('client.practices.list({');

    const all = await apiJson<PracticePage>('/v1/practices?objective=10&pageSize=100');
    const iterated = await output('iterate');
    expect(iterated).toContain(`${all.meta.total} practices`);
    for (const p of all.data) expect(iterated).toContain(p.title);

    expect(await output('get')).toContain(await practiceTitle('pacaraima-committee'));

    const library = await apiJson<{
      data: { title: string; year: number | null }[];
      meta: { total: number };
    }>('/v1/resources?q=trafficking&region=worldwide&sort=newest&pageSize=5');
    expect(library.meta.total).toBeGreaterThan(0);
    const resources = await output('resources');
    expect(resources).toContain(`${library.meta.total} publications`);
    for (const r of library.data)
      expect(resources).toContain(`${r.year ?? 'undated'} — ${r.title}`);
    expect(await text(page.locator('[data-code="resources"]'))).toContain(
      'client.resources.list({',
    );
  });

  it('has no console error, no accessibility violation on load', async () => {
    await screenshot(watched.page, 'sdk');
    expect(await accessibilityViolations(watched.page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });

  it('handles a 404 and a 400 as typed errors', async () => {
    const { page, problems } = watched;
    await page.getByRole('button', { name: 'Run the failing calls' }).click();
    const shown = await output('errors');
    expect(shown).toContain("practices.get('no-such-practice') → not found (404)");
    expect(shown).toContain('practices.list({ objective: [24] }) → bad request (400)');
    expect(shown).toMatch(/objective: /);
    // The browser logs the two failed requests itself; nothing else may appear.
    await expect.poll(() => problems.length).toBe(2);
    expect(
      problems.every((p) =>
        /Failed to load resource: the server responded with a status of 40[04]/.test(p),
      ),
    ).toBe(true);
  });
});
