import type { Practice } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { expect, fixture } from '@open-wc/testing';
import { $, hostile, networkLog, startNetworkLog, text, until } from '../test/helpers.js';
import './define.js';
import type { ElementTag } from './elements.js';
import { API_META_NAME } from './shared/data-controller.js';

const pacaraima = practices.find((p) => p.id === 'pacaraima-committee') as Practice;

/** Requests made so far, once the page has had a round trip to send any it was about to. */
async function settledLog() {
  await fetch('/__test-env', { cache: 'no-store' });
  return networkLog();
}

describe('requests the page did not ask for', () => {
  it('a card given a `practice` and no API sends no request at all', async () => {
    const meta = document.querySelector(`meta[name="${API_META_NAME}"]`) as HTMLMetaElement;
    meta.remove();
    try {
      await startNetworkLog();
      const el = await fixture<HTMLElement & { practice?: Practice }>(
        '<gcm-practice-card></gcm-practice-card>',
      );
      el.practice = pacaraima;
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('Pacaraima Committee');
      expect(text($(el, '[part="badge-number"]'))).to.equal('10');
      expect(await settledLog()).to.deep.equal([]);
    } finally {
      document.head.append(meta);
    }
  });

  it('with an API named by the page, the same card fetches its labels (the log sees requests)', async () => {
    await startNetworkLog();
    const el = await fixture<HTMLElement & { practice?: Practice }>(
      '<gcm-practice-card></gcm-practice-card>',
    );
    el.practice = pacaraima;
    await until(async () => (await networkLog()).some((r) => r.url.includes('/v1/taxonomies')));
  });

  it('an element that must load, with no API anywhere, says so instead of guessing an address', async () => {
    const meta = document.querySelector(`meta[name="${API_META_NAME}"]`) as HTMLMetaElement;
    meta.remove();
    try {
      await startNetworkLog();
      const el = await fixture(
        '<gcm-practice-card practice-id="pacaraima-committee"></gcm-practice-card>',
      );
      await until(() => $(el, '[part~="error"]'), 'error state');
      expect(text($(el, '.error-detail'))).to.contain('No practices API address');
      expect(await settledLog()).to.deep.equal([]);
    } finally {
      document.head.append(meta);
    }
  });
});

describe('leaving the page', () => {
  const hanging = hostile('hang');
  const cases: [ElementTag, string, string][] = [
    ['gcm-practices', `<gcm-practices api="${hanging}"></gcm-practices>`, '/v1/practices'],
    [
      'gcm-practice-card',
      `<gcm-practice-card api="${hanging}" practice-id="pacaraima-committee"></gcm-practice-card>`,
      '/v1/practices/pacaraima-committee',
    ],
    [
      'gcm-objective-browser',
      `<gcm-objective-browser api="${hanging}"></gcm-objective-browser>`,
      '/v1/objectives',
    ],
    ['gcm-resources', `<gcm-resources api="${hanging}"></gcm-resources>`, '/v1/resources'],
    [
      'gcm-campaign-banner',
      `<gcm-campaign-banner api="${hanging}" campaign="world-day-against-trafficking"></gcm-campaign-banner>`,
      '/v1/campaigns',
    ],
  ];

  for (const [tag, markup, path] of cases) {
    it(`<${tag}> cancels its request when removed`, async () => {
      await startNetworkLog();
      const el = await fixture(markup);
      const own = (r: { url: string }) => new URL(r.url).pathname.endsWith(path);
      await until(async () => (await networkLog()).some(own), `${path} sent`);
      el.remove();
      await until(
        // Chromium says net::ERR_ABORTED, Firefox NS_BINDING_ABORTED.
        async () => (await networkLog()).filter(own).every((r) => /abort/i.test(r.failure ?? '')),
        `${path} cancelled`,
      );
    });
  }
});
