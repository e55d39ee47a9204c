// The write path end to end, through the real demo and the real API: a visitor sends a
// practice from the NGO site's form (one field wrong first), two reviewers approve it on
// /review/, and the practice then appears on the submitter's status page and in the NGO
// site's catalogue.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Practice } from '@gcm-practices/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  apiJson,
  apiUrl,
  catalogueTitles,
  demoUrl,
  launchBrowser,
  type PracticePage,
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

/** The status page the form linked to, with the test's API (or another address) in `?api=`. */
function statusPageUrl(statusHref: string, api = apiUrl): string {
  const url = new URL(statusHref);
  url.searchParams.set('api', api);
  return url.href;
}

/** The status page's facts once loaded: the line read out, and the status in the list. */
async function statusShown(page: Page): Promise<{ said: string; status: string }> {
  return {
    said: await text(page.locator('#load-status')),
    status: await text(page.locator('#status')),
  };
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
    await page.goto(statusPageUrl(statusHref));
    await expect.poll(() => text(page.locator('#reference'))).toBe(reference);
    expect(await statusShown(page)).toEqual({
      said: 'Received: your practice is waiting for a reviewer. Nothing is needed from you for now.',
      status: 'Received, waiting for a reviewer',
    });
    // Not published yet: the practice as sent, under the page's h2, and no catalogue link.
    expect(
      await page.getByRole('heading', { level: 2, name: 'Your practice', exact: true }).isVisible(),
    ).toBe(true);
    expect(await text(page.locator('#preview').getByRole('heading', { level: 3 }))).toBe(TITLE);
    expect(await page.locator('#published-section').isHidden()).toBe(true);
    expect(await page.locator('gcm-practice').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Try again' }).isHidden()).toBe(true);
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
      if (i === 0) {
        const submitter = await watchedPage(browser);
        await submitter.page.goto(statusPageUrl(statusHref));
        await expect.poll(() => text(submitter.page.locator('#status'))).toBe('Under review');
        expect(await text(submitter.page.locator('#load-status'))).toBe(
          'Under review: the reviewers are reading your practice. Once they approve it, it is published in the Repository of Practices.',
        );
        expect(await submitter.page.locator('gcm-practice').count()).toBe(0);
        expect(submitter.problems).toEqual([]);
        await submitter.context.close();
      }
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

  it('the status page then shows the published practice and links to its page', async () => {
    const found = await apiJson<PracticePage>(`/v1/practices?q=${encodeURIComponent(TITLE)}`);
    const published = found.data.filter((p) => p.title === TITLE);
    expect(published).toHaveLength(1);
    const practiceId = published[0]?.id as string;

    const { page, problems } = await watchedPage(browser);
    await page.goto(statusPageUrl(statusHref));
    await expect.poll(() => text(page.locator('#status'))).toBe('Approved and published');
    expect(await text(page.locator('#load-status'))).toBe(
      'Published: your practice has been approved and is in the Repository of Practices.',
    );
    // <gcm-practice> loads it from the API, as the catalogue shows it: its title is drawn in the
    // element's shadow root, at the level below the section's h2.
    const element = page.locator('#published-section gcm-practice');
    expect(await element.getAttribute('practice-id')).toBe(practiceId);
    expect(await element.getAttribute('api')).toBe(apiUrl);
    await expect
      .poll(() =>
        element.evaluate(
          (host) => host.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() ?? '',
        ),
      )
      .toBe(TITLE);
    expect(await text(element.getByRole('heading', { level: 3 }))).toBe(TITLE);
    expect(await page.locator('#submitted-section').isHidden()).toBe(true);
    const link = page.getByRole('link', { name: "Open your practice's page in the catalogue" });
    const href = new URL((await link.getAttribute('href')) as string, page.url());
    expect(href.pathname).toBe(new URL('./practice/', `${new URL(page.url()).origin}/`).pathname);
    expect([...href.searchParams]).toEqual([['id', practiceId]]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'submission-status-published');

    // The link opens the practice's page, still on the test's API (kept for the tab).
    await link.click();
    await expect
      .poll(() => text(page.locator('#practice-page').getByRole('heading', { level: 2 })))
      .toBe(TITLE);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the status page says when the API is down or answers junk, and tries again', async () => {
    // An address where nothing listens yet: the page's own request fails as when the API is down.
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const address = `http://127.0.0.1:${port}`;

    const { page, problems } = await watchedPage(browser);
    await page.goto(statusPageUrl(statusHref, address));
    const retry = page.getByRole('button', { name: 'Try again' });
    await expect
      .poll(() => text(page.locator('#load-status')))
      .toBe('The practices API could not be reached. Check your connection and try again.');
    expect(await retry.isVisible()).toBe(true);
    expect(await page.locator('#submission').isHidden()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The address comes up answering junk first, then passing requests on to the real API.
    let mode: 'junk' | 'forward' = 'junk';
    server.removeAllListeners('request');
    server.on('request', (incoming, outgoing) => {
      if (mode === 'junk') {
        // Answered as a real API would answer the browser's CORS preflight, then junk.
        const cors = {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': incoming.headers['access-control-request-headers'] ?? '',
        };
        if (incoming.method === 'OPTIONS') {
          outgoing.writeHead(204, cors).end();
          return;
        }
        outgoing.writeHead(200, { ...cors, 'content-type': 'application/json' });
        outgoing.end('["not a submission"]');
        return;
      }
      const target = new URL(incoming.url ?? '/', apiUrl);
      const forwarded = request(
        target,
        { method: incoming.method, headers: { ...incoming.headers, host: target.host } },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      incoming.pipe(forwarded);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      await retry.click();
      await expect
        .poll(() => text(page.locator('#load-status')))
        .toBe('The practices API sent an answer this page cannot read. Try again later.');
      expect(await retry.isVisible()).toBe(true);

      mode = 'forward';
      await retry.click();
      await expect.poll(() => text(page.locator('#status'))).toBe('Approved and published');
      expect(await retry.isHidden()).toBe(true);
      await expect
        .poll(() => text(page.locator('#published-section gcm-practice [part="title"]')))
        .toBe(TITLE);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    // Only the refused connection, reported by the browser itself.
    expect(problems.filter((p) => !p.includes('net::ERR_CONNECTION_REFUSED'))).toEqual([]);
    await page.context().close();
  });

  it('the practice appears in the catalogue on the partner page', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(demoUrl('./ngo/', { 'gcm-q': TITLE }));
    await expect.poll(() => catalogueTitles(page, '#ngo-catalogue')).toContain(TITLE);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
