// The write path end to end, through the real demo and the real API: a visitor sends a
// practice from the NGO site's form (one field wrong first), two reviewers approve it on
// /review/, and the practice then appears in the NGO site's catalogue.
import type { Practice } from '@gcm-practices/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  apiJson,
  catalogueTitles,
  demoUrl,
  launchBrowser,
  screenshot,
  text,
  type WatchedPage,
  watchedPage,
} from './browser.js';

const [firstReviewer, secondReviewer] = inject('reviewerTokens');
const TITLE = `Safe houses run with village councils ${Date.now().toString(36)}`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const form = (page: Page) => page.locator('#ngo-form');
const field = (page: Page, id: string) => form(page).locator(`#${id}`);

/** The practice the review page's `<gcm-practice>` shows. */
function previewed(page: Page): Promise<Practice> {
  return page
    .locator('#preview')
    .evaluate((el) =>
      JSON.parse(JSON.stringify((el as HTMLElement & { practice: Practice }).practice)),
    );
}

/** Sign in on /review/ with a token and open the submission with this reference. */
async function review(
  token: string,
  reference: string,
): Promise<WatchedPage & { requests: URL[] }> {
  const watched = await watchedPage(browser);
  const { page } = watched;
  const requests: URL[] = [];
  page.on('request', (request) => requests.push(new URL(request.url())));
  await page.goto(demoUrl('./review/'));
  await page.getByRole('textbox', { name: 'Reviewer token' }).fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => text(page.locator('#whoami'))).toMatch(/^Signed in as /);
  await page.getByRole('link', { name: reference }).click();
  await expect.poll(() => text(page.locator('#detail-title'))).toBe(`${reference}: ${TITLE}`);
  return { ...watched, requests };
}

describe('a practice from a partner page to the catalogue', () => {
  let reference = '';
  let statusHref = '';

  it('a visitor fills the form, meets the error summary, fixes the field and submits', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(demoUrl('./ngo/submit.html'));
    await expect.poll(() => field(page, 'title').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await field(page, 'title').fill(TITLE);
    await field(page, 'summary').fill(
      'Village councils run safe houses where people escaping traffickers can stay.',
    );
    await field(page, 'implementers-0-name').fill('Open Roads Coalition');
    await field(page, 'implementers-0-type').selectOption('civil-society');
    await field(page, 'objectives').selectOption('10');
    await form(page)
      .getByLabel(/^10 \(a\)/)
      .check();
    await field(page, 'submitter-name').fill('Ana Lima');
    // One field wrong: the e-mail address.
    await field(page, 'submitter-email').fill('ana.example.org');
    await field(page, 'submitter-organisation').fill('Open Roads Coalition');
    await field(page, 'consent-contact').check();
    await field(page, 'consent-publication').check();
    await form(page).getByRole('button', { name: 'Submit the practice' }).click();

    const summary = form(page).locator('[part="error-summary"]');
    await expect.poll(() => text(summary)).toContain('There is a problem');
    expect(await summary.evaluate((node) => node.getRootNode() instanceof ShadowRoot)).toBe(true);
    await expect
      .poll(() =>
        form(page).evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('part')),
      )
      .toBe('error-summary');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Your e-mail address: Enter an e-mail address such as name@example.org.',
    ]);
    expect(await field(page, 'submitter-email').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await summary.getByRole('link').click();
    await expect
      .poll(() => form(page).evaluate((host) => host.shadowRoot?.activeElement?.id))
      .toBe('submitter-email');

    await field(page, 'submitter-email').fill('ana@example.org');
    await form(page).getByRole('button', { name: 'Submit the practice' }).click();
    const receipt = form(page).locator('[part="receipt"]');
    await expect.poll(() => text(receipt)).toContain('your practice has been sent');
    reference = await text(receipt.locator('[part="reference"]'));
    expect(reference).toMatch(/^GCM-\d{4}-[0-9A-Z]{4}$/);
    statusHref = (await receipt
      .getByRole('link', { name: 'Follow your submission' })
      .getAttribute('href')) as string;
    expect(new URL(statusHref).pathname).toMatch(/\/review\/status\.html$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'submission-receipt');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the submitter follows it on the status page', async () => {
    const { page, problems } = await watchedPage(browser);
    const url = new URL(statusHref);
    url.searchParams.set('api', new URL(demoUrl('./')).searchParams.get('api') as string);
    await page.goto(url.href);
    await expect.poll(() => text(page.locator('#reference'))).toBe(reference);
    expect(await text(page.locator('#status'))).toBe('Submitted, waiting for a reviewer');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('two reviewers see it as it will be published, approve it on /review/, and it is published', async () => {
    let beforePublication: Practice | undefined;
    for (const [i, token] of [firstReviewer, secondReviewer].entries()) {
      const { page, problems, context, requests } = await review(token as string, reference);
      // The practice drawn by <gcm-practice>, as partner pages will show it, under the heading
      // "As the public would see it" (h3).
      const preview = page.locator('#preview');
      await expect.poll(() => text(preview.getByRole('heading', { level: 4 }))).toBe(TITLE);
      expect(await text(preview.locator('[part="summary"]'))).toBe(
        'Village councils run safe houses where people escaping traffickers can stay.',
      );
      expect(await text(preview.locator('[part="implementers"]'))).toBe(
        'Open Roads Coalition (Civil society organization)',
      );
      expect(await text(preview.locator('[part="source"]'))).toBe(
        `Source: Repository of Practices (submission ${reference})`,
      );
      await expect.poll(() => text(preview.locator('[part="actions"] li'))).toMatch(/^\(a\) \S/);
      // Nothing related to a practice not published yet: no section, and no request for it.
      expect(await preview.locator('[part="related"], [part="resources"]').count()).toBe(0);
      expect(requests.filter((url) => /^\/v1\/(practices|resources)\b/.test(url.pathname))).toEqual(
        [],
      );
      // What the reviewers read around it: who sent it, where it stands, who decided what.
      expect(await text(page.locator('#submitter'))).toContain('Ana Lima');
      expect(await text(page.locator('#detail-status'))).toContain(`${i} of 2 approvals`);
      if (i === 0) beforePublication = await previewed(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByLabel('Approve').check();
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await expect
        .poll(() => text(page.locator('#decision-status')))
        .toBe(
          i === 0 ? 'Decision recorded. In review.' : 'Decision recorded. Approved and published.',
        );
      expect(await text(page.locator('#history'))).toMatch(/approve/);
      if (i === 1) {
        // The preview is the practice the API published: same id, same fields, same day.
        await expect.poll(() => text(page.locator('#detail-status'))).toContain('2 of 2 approvals');
        const shown = await previewed(page);
        const published = await apiJson<Practice>(`/v1/practices/${shown.id}`);
        expect(shown).toEqual(published);
        // The first reviewer saw it before it was published, dated the day they saw it.
        expect({
          ...beforePublication,
          publishedAt: published.publishedAt,
          updatedAt: published.updatedAt,
        }).toEqual(published);
        await screenshot(page, 'review-published-preview');
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('the practice appears in the catalogue on the partner page', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(demoUrl('./ngo/', { 'gcm-q': TITLE }));
    await expect.poll(() => catalogueTitles(page, '#ngo-catalogue')).toContain(TITLE);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
