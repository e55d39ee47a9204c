// Its own file (and so its own page): dismissals kept in memory, when storage
// fails, last for the page's lifetime.
import { expect, fixture } from '@open-wc/testing';
import { $, shadow } from '../../../test/helpers.js';
import '../../define/campaign-banner.js';
import type { GcmCampaignBanner } from './campaign-banner.js';
import { DISMISS_KEY_PREFIX, isDismissed, rememberDismissal } from './dismissal.js';

async function banner(attrs: string): Promise<GcmCampaignBanner> {
  const wrapper = await fixture<HTMLElement>(
    `<div><gcm-campaign-banner ${attrs}></gcm-campaign-banner></div>`,
  );
  const el = wrapper.querySelector('gcm-campaign-banner') as GcmCampaignBanner;
  await el.updateComplete;
  const task = (el as unknown as { task: { taskComplete: Promise<unknown> } }).task;
  await task.taskComplete.catch(() => {});
  await el.updateComplete;
  return el;
}

/** Replace `window.localStorage` for the length of `fn`. */
async function withStorage(get: () => Storage, fn: () => Promise<void>) {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', { get, configurable: true });
  try {
    await fn();
  } finally {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  }
}

describe('dismissal', () => {
  after(() => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(DISMISS_KEY_PREFIX)) localStorage.removeItem(key);
    }
  });

  it('is stored per occurrence, with the day it happened', () => {
    expect(isDismissed('call-for-practices-2024')).to.equal(false);
    rememberDismissal('call-for-practices-2024', '2024-06-01');
    expect(isDismissed('call-for-practices-2024')).to.equal(true);
    expect(localStorage.getItem(`${DISMISS_KEY_PREFIX}call-for-practices-2024`)).to.equal(
      '2024-06-01',
    );
    expect(isDismissed('world-day-against-trafficking-2026')).to.equal(false);
  });

  it('works for the page when storage is forbidden (a sandboxed iframe)', async () => {
    const denied = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    await withStorage(denied, async () => {
      const el = await banner('campaign="world-day-against-trafficking-2025" now="2025-07-20"');
      expect(el.matches(':state(visible)')).to.equal(true);
      ($(el, '[part="dismiss"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      const again = await banner('campaign="world-day-against-trafficking" now="2025-07-21"');
      expect(shadow(again).querySelector('section'), 'dismissed for the page').to.equal(null);
    });
  });

  it('works for the page when storage throws on every call (a full quota, privacy modes)', async () => {
    const broken = {
      getItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as unknown as Storage;
    await withStorage(
      () => broken,
      async () => {
        const el = await banner('campaign="world-day-against-trafficking" now="2027-07-20"');
        expect(el.matches(':state(visible)')).to.equal(true);
        ($(el, '[part="dismiss"]') as HTMLButtonElement).click();
        await el.updateComplete;
        expect(el.matches(':state(visible)')).to.equal(false);
        const again = await banner(
          'campaign="world-day-against-trafficking-2027" now="2027-07-25"',
        );
        expect(again.matches(':state(visible)')).to.equal(false);
      },
    );
    // With storage back, nothing was written, and the page still remembers.
    expect(
      localStorage.getItem(`${DISMISS_KEY_PREFIX}world-day-against-trafficking-2027`),
    ).to.equal(null);
    expect(isDismissed('world-day-against-trafficking-2027')).to.equal(true);
  });
});
