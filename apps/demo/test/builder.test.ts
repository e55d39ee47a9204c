// The embed builder: configure an element with real controls, watch the preview follow, copy
// the snippet from the clipboard, paste it into an empty HTML file, and open that file — from
// disk and from another origin — where the configured element must render real data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  apiJson,
  apiUrl,
  demoUrl,
  expectTitles,
  launchBrowser,
  type PracticePage,
  screenshot,
  siteUrl,
  text,
  type WatchedPage,
  watchedPage,
} from './browser.js';
import {
  campaign,
  expectBannerTitle,
  expectLibrary,
  expectObjectiveBrowser,
  type ResourcePage,
} from './elements.js';
import { type StaticServer, serveDirectory } from './static-server.js';

const PREVIEW = '#preview';

let browser: Browser;
let builder: WatchedPage;
let page: Page;
let pasteDir: string;
let partner: StaticServer;
let pasted = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  builder = await watchedPage(browser);
  await builder.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: siteUrl,
  });
  page = builder.page;
  await page.goto(demoUrl('./builder/'));
  pasteDir = mkdtempSync(join(tmpdir(), 'gcm-demo-paste-'));
  partner = await serveDirectory(pasteDir);
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  if (pasteDir) rmSync(pasteDir, { recursive: true, force: true });
});

/**
 * Choose a radio button as a visitor does, clicking again if the first click missed: while a
 * busy machine is still loading the page, the preview above it can grow between the moment the
 * radio is found and the click, so the click lands elsewhere ("did not change its state").
 */
async function choose(radio: Locator) {
  await expect
    .poll(async () => {
      if (!(await radio.isChecked())) await radio.click().catch(() => undefined);
      return radio.isChecked();
    })
    .toBe(true);
}

async function chooseElement(label: string) {
  await choose(page.getByRole('radio', { name: new RegExp(`^${label}`) }));
}

/** Type into one of the element's text or number fields, found by its label. */
async function field(label: string, value: string) {
  const fields = page.locator('#element-fields');
  // Fields with suggestions are comboboxes to assistive technology; the checkboxes share labels.
  const input = fields
    .getByLabel(label, { exact: true })
    .and(page.locator('input[type="text"], input[type="number"]'));
  await input.fill(value);
}

/** Click Copy, wait for the announcement, and read what landed on the clipboard. */
async function copySnippet(): Promise<string> {
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect.poll(() => text(page.locator('#copy-status'))).toBe('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#snippet').inputValue());
  return copied;
}

interface Pasted {
  file: WatchedPage;
  served: WatchedPage;
}

/**
 * The snippet alone in an empty .html file, opened from disk and from another origin; `at`
 * fixes the visitors' clock.
 */
async function paste(
  snippet: string,
  check: (page: Page) => Promise<void>,
  at?: Date,
): Promise<Pasted> {
  pasted += 1;
  const name = `pasted-${pasted}.html`;
  writeFileSync(join(pasteDir, name), snippet);
  const visitor = async () => {
    const opened = await watchedPage(browser);
    if (at) await opened.context.clock.setFixedTime(at);
    return opened;
  };
  const file = await visitor();
  await file.page.goto(pathToFileURL(join(pasteDir, name)).href);
  await check(file.page);
  const served = await visitor();
  await served.page.goto(`${partner.url}/${name}`);
  await check(served.page);
  for (const opened of [file, served]) {
    expect(opened.problems).toEqual([]);
  }
  return { file, served };
}

async function close({ file, served }: Pasted) {
  await file.context.close();
  await served.context.close();
}

describe('embed builder', () => {
  it('starts with a catalogue of Objective 10 in the preview', async () => {
    const first = await apiJson<PracticePage>('/v1/practices?objective=10&pageSize=12');
    await expectTitles(
      page,
      `${PREVIEW} gcm-practices`,
      first.data.map((p) => p.title),
    );
    const snippet = await page.locator('#snippet').inputValue();
    expect(snippet).toContain(`<script type="module" src="${siteUrl}/gcm-practices.js"></script>`);
    expect(snippet).toContain(`api="${apiUrl}"`);
  });

  it('updates the preview as the catalogue is configured, and the pasted snippet renders it', async () => {
    await chooseElement('Practices catalogue');
    await field('Region', 'south-america');
    await field('Practices per page', '2');
    await page.locator('#element-fields').getByLabel('Layout').selectOption('list');
    for (const control of ['Objective', 'Action', 'Region', 'Implementer type', 'Years']) {
      await page
        .locator('#element-fields')
        .getByRole('checkbox', { name: control, exact: true })
        .uncheck();
    }
    await page.getByLabel('Language').selectOption('fr');
    await page.getByLabel(/^Primary/).fill('#7a1f5c');

    const expected = await apiJson<PracticePage>(
      '/v1/practices?objective=10&region=south-america&pageSize=2',
    );
    expect(expected.meta.total).toBeGreaterThan(2);
    const preview = `${PREVIEW} gcm-practices`;
    await expectTitles(
      page,
      preview,
      expected.data.map((p) => p.title),
    );
    await expect
      .poll(() => text(page.locator(`${preview} [part~="status"]`)))
      .toBe(`${expected.meta.total} pratiques trouvées`);

    const snippet = await copySnippet();
    expect(snippet).toContain('--gcm-color-primary: #7a1f5c;');
    expect(snippet).toContain('filters="search,country"');
    expect(snippet).toContain('layout="list"');

    const opened = await paste(snippet, async (pastedPage) => {
      await expectTitles(
        pastedPage,
        'gcm-practices',
        expected.data.map((p) => p.title),
      );
      const catalogue = pastedPage.locator('gcm-practices');
      await expect
        .poll(() => text(catalogue.locator('[part~="status"]')))
        .toBe(`${expected.meta.total} pratiques trouvées`);
      expect(await catalogue.getByRole('combobox').count()).toBe(1); // country only
      const button = catalogue.locator('[part~="search-button"]');
      expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
        'rgb(122, 31, 92)',
      );
      expect(await catalogue.getAttribute('layout')).toBe('list');
    });
    await screenshot(opened.served.page, 'builder-pasted-catalogue');
    await close(opened);
  });

  it('escapes what partners type, so the pasted element gets it verbatim', async () => {
    const typed = 'Pacaraima "Committee" & <b>';
    await field('Search text', typed);
    const snippet = await copySnippet();
    expect(snippet).toContain('query="Pacaraima &quot;Committee&quot; &amp; &lt;b&gt;"');
    const opened = await paste(snippet, async (pastedPage) => {
      const box = pastedPage.locator('gcm-practices').getByRole('searchbox');
      await expect.poll(() => box.inputValue()).toBe(typed);
      expect(await pastedPage.locator('b').count()).toBe(0);
    });
    await close(opened);
    await field('Search text', '');
  });

  it('warns when brand colours lose contrast', async () => {
    await page.getByLabel(/^Primary/).fill('#0a5ea8');
    await page.getByLabel(/^Text on primary/).fill('#3f8fd8');
    await expect.poll(() => text(page.locator('#contrast'))).toContain('Text on primary buttons');
    await page.getByRole('button', { name: 'Reset brand' }).click();
    await expect
      .poll(() => text(page.locator('#contrast')))
      .toBe('Contrast: every text colour meets WCAG AA.');
    expect(await page.locator('#snippet').inputValue()).not.toContain('<style>');
  });

  it('builds a practice card snippet that loads its practice', async () => {
    await chooseElement('Practice card');
    await field('Practice', 'brazil-labour-inspectorate');
    const practice = await apiJson<{ title: string }>('/v1/practices/brazil-labour-inspectorate');
    const heading = page.locator(`${PREVIEW} gcm-practice-card`).getByRole('heading');
    await expect.poll(() => text(heading)).toBe(practice.title);
    const snippet = await copySnippet();
    expect(snippet).toContain('practice-id="brazil-labour-inspectorate"');
    expect(snippet).not.toContain('region=');
    const opened = await paste(snippet, async (pastedPage) => {
      const pastedHeading = pastedPage.locator('gcm-practice-card').getByRole('heading');
      await expect.poll(() => text(pastedHeading)).toBe(practice.title);
    });
    await close(opened);
  });

  it(`builds an objective browser snippet`, async () => {
    await chooseElement('Objective browser');
    await field('Selected objective', '7');
    await expectObjectiveBrowser(page, `${PREVIEW} gcm-objective-browser`, 7);
    const snippet = await copySnippet();
    expect(snippet).toContain('selected="7"');
    const opened = await paste(snippet, (pastedPage) =>
      expectObjectiveBrowser(pastedPage, 'gcm-objective-browser', 7),
    );
    await close(opened);
  });

  it('previews a banner on a chosen day, and never copies that day into the snippet', async () => {
    await chooseElement('Campaign banner');
    await field('Campaign', 'call-for-practices-2024');
    await field('Preview date', '2024-06-20');
    await page.locator('#element-fields').getByLabel('Style').selectOption('urgent');
    const call = await campaign('call-for-practices-2024');
    await expectBannerTitle(page, `${PREVIEW} gcm-campaign-banner`, call.title);
    const snippet = await copySnippet();
    expect(snippet).toContain('variant="urgent"');
    expect(snippet).toContain('campaign="call-for-practices-2024"');
    expect(snippet).not.toContain('now=');
    const opened = await paste(
      snippet,
      (pastedPage) => expectBannerTitle(pastedPage, 'gcm-campaign-banner', call.title),
      new Date('2024-06-20T12:00:00'),
    );
    await close(opened);
  });

  it('starts the banner with the campaign running today, and the pasted snippet shows it on another origin', async () => {
    // 16 July 2027: the 2027 World Day is being promoted (from 2 July), 14 days ahead.
    const today = new Date('2027-07-16T10:00:00');
    const partnerPage = await watchedPage(browser);
    await partnerPage.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: siteUrl,
    });
    await partnerPage.context.clock.setFixedTime(today);
    const own = partnerPage.page;
    await own.goto(demoUrl('./builder/'));
    await choose(own.getByRole('radio', { name: /^Campaign banner/ }));
    const campaignField = own.locator('#element-fields').getByLabel('Campaign', { exact: true });
    await expect.poll(() => campaignField.inputValue()).toBe('world-day-against-trafficking');
    expect(await own.locator('#element-fields').getByLabel('Preview date').inputValue()).toBe('');
    const day = await campaign('world-day-against-trafficking-2027');
    await expectBannerTitle(own, `${PREVIEW} gcm-campaign-banner`, day.title);

    await own.getByRole('button', { name: 'Copy snippet' }).click();
    await expect.poll(() => text(own.locator('#copy-status'))).toBe('Copied to the clipboard.');
    const snippet = await own.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toContain('campaign="world-day-against-trafficking"');
    expect(snippet).not.toMatch(/now=|20\d\d-\d\d-\d\d/);

    const opened = await paste(
      snippet,
      async (pastedPage) => {
        await expectBannerTitle(pastedPage, 'gcm-campaign-banner', day.title);
        await expect
          .poll(() => text(pastedPage.locator('gcm-campaign-banner [part~="countdown"]')))
          .toMatch(/14/);
      },
      today,
    );
    await screenshot(opened.served.page, 'builder-pasted-banner');
    await close(opened);
    expect(partnerPage.problems).toEqual([]);
    await partnerPage.context.close();
  });

  it('previews the next campaign on its first day when none is running, and copies no date', async () => {
    // 2 December 2026: between two World Days; the 2027 one is promoted from 2 July 2027.
    const visitor = await watchedPage(browser);
    await visitor.context.clock.setFixedTime(new Date('2026-12-02T10:00:00'));
    await visitor.page.goto(demoUrl('./builder/'));
    await choose(visitor.page.getByRole('radio', { name: /^Campaign banner/ }));
    const fields = visitor.page.locator('#element-fields');
    await expect.poll(() => fields.getByLabel('Preview date').inputValue()).toBe('2027-07-02');
    expect(await fields.getByLabel('Campaign', { exact: true }).inputValue()).toBe(
      'world-day-against-trafficking',
    );
    const day = await campaign('world-day-against-trafficking-2027');
    await expectBannerTitle(visitor.page, `${PREVIEW} gcm-campaign-banner`, day.title);
    const snippet = await visitor.page.locator('#snippet').inputValue();
    expect(snippet).not.toContain('now=');
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });

  it('keeps the snippet and its Copy button in view beside the preview, wrapped', async () => {
    // A fresh builder: its preview is the long default catalogue (12 cards).
    const wide = await watchedPage(browser);
    await wide.page.goto(demoUrl('./builder/'));
    const page = wide.page;
    await expect
      .poll(() => page.locator(`${PREVIEW} gcm-practices gcm-practice-card`).count())
      .toBe(12);
    await page
      .locator('#element-fields')
      .getByLabel('Link for practice titles')
      .fill('https://partner.example.org/practices/{id}?from=gcm-practices-kit-builder-preview');
    const copy = page.getByRole('button', { name: 'Copy snippet' });
    const inView = () =>
      copy.evaluate((button) => {
        const box = button.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(inView).toBe(true);
    // The end of a long preview: the snippet came along.
    await page.locator('#preview').evaluate((preview) => preview.scrollIntoView({ block: 'end' }));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect.poll(inView).toBe(true);
    const box = page.locator('#snippet');
    const overflow = () => box.evaluate((t) => t.scrollWidth - t.clientWidth);
    await expect.poll(overflow).toBe(0);
    const side = await page.locator('.snippet-panel').boundingBox();
    const preview = await page.locator('#preview').boundingBox();
    expect(side && preview && side.x + side.width <= preview.x).toBe(true);
    expect(wide.problems).toEqual([]);
    await wide.context.close();

    const phone = await watchedPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(demoUrl('./builder/'));
    const top = async (selector: string) =>
      (await phone.page.locator(selector).boundingBox())?.y ?? Number.NaN;
    const [snippetTop, formTop, previewTop] = [
      await top('#snippet'),
      await top('#builder-form'),
      await top('#preview'),
    ];
    expect(snippetTop).toBeLessThan(formTop);
    expect(formTop).toBeLessThan(previewTop);
    expect(snippetTop).toBeLessThan(844);
    await expect
      .poll(() => phone.page.locator('#snippet').evaluate((t) => t.scrollWidth - t.clientWidth))
      .toBe(0);
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });

  it("links practice titles to the partner's own page with href-template", async () => {
    await chooseElement('Practice card');
    await field('Practice', 'pacaraima-committee');
    await field('Link for the title', 'https://partner.example.org/practices/{id}');
    const link = page.locator(`${PREVIEW} gcm-practice-card`).getByRole('link').first();
    await expect
      .poll(() => link.getAttribute('href'))
      .toBe('https://partner.example.org/practices/pacaraima-committee');
    const snippet = await copySnippet();
    expect(snippet).toContain('href-template="https://partner.example.org/practices/{id}"');
    const opened = await paste(snippet, async (pastedPage) => {
      const pastedLink = pastedPage.locator('gcm-practice-card').getByRole('link').first();
      await expect
        .poll(() => pastedLink.getAttribute('href'))
        .toBe('https://partner.example.org/practices/pacaraima-committee');
    });
    await close(opened);
    await field('Link for the title', '');
  });

  it('builds a resource library snippet', async () => {
    await chooseElement('Resource library');
    await field('Region', 'worldwide');
    await field('Publications per page', '2');
    await page
      .locator('#element-fields')
      .getByLabel('Order', { exact: true })
      .selectOption('title');
    for (const control of ['Category', 'Objective', 'Years']) {
      await page
        .locator('#element-fields')
        .getByRole('checkbox', { name: control, exact: true })
        .uncheck();
    }
    await page.getByLabel('Language').selectOption('ar');
    const expected = await apiJson<ResourcePage>(
      '/v1/resources?region=worldwide&sort=title&pageSize=2',
    );
    expect(expected.meta.total).toBeGreaterThan(2);
    const titles = expected.data.map((r) => r.title);
    await expectLibrary(page, `${PREVIEW} gcm-resources`, titles);
    const snippet = await copySnippet();
    for (const attribute of [
      'region="worldwide"',
      'sort="title"',
      'page-size="2"',
      'filters="search,region,sort"',
      'lang="ar"',
    ]) {
      expect(snippet).toContain(attribute);
    }
    const opened = await paste(snippet, async (pastedPage) => {
      await expectLibrary(pastedPage, 'gcm-resources', titles);
      const library = pastedPage.locator('gcm-resources');
      expect(await library.locator('.root').getAttribute('dir')).toBe('rtl');
      expect(await library.getByRole('combobox').count()).toBe(2); // region and sort
    });
    await screenshot(opened.served.page, 'builder-pasted-resources-ar');
    await close(opened);
    await page.getByLabel('Language').selectOption('');
  });

  it('has no console error, no accessibility violation', async () => {
    await chooseElement('Practices catalogue');
    await expect
      .poll(() => page.locator(`${PREVIEW} gcm-practices gcm-practice-card`).count())
      .toBeGreaterThan(0);
    await screenshot(page, 'builder');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(builder.problems).toEqual([]);
  });
});
