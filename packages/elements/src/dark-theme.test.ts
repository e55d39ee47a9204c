import type { Practice } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { $, $$, hostile, shadow, testEnv, text, until } from '../test/helpers.js';
import './define.js';
import { DISMISS_KEY_PREFIX } from './components/campaign-banner/dismissal.js';
import { DRAFT_KEY_PREFIX } from './components/practice-form/draft-store.js';

/**
 * Every element in its dark scheme on a dark partner page: `theme="dark"`, and `theme="auto"`
 * when the visitor's system asks for a dark scheme. axe checks each state a visitor can see,
 * colour contrast included; the light check at the end keeps `auto` from being dark always.
 *
 * The viewport is tall enough for the longest state (the form with its errors): axe cannot tell
 * the background of text outside it, and leaves such text unchecked rather than failing it.
 */

/** The surface of the two schemes (`--_surface` in src/shared/theme.ts). */
const DARK_SURFACE = '#161a1f';
const LIGHT_SURFACE = '#ffffff';

const uptake = practices.find((p) => p.source.kind === 'knowledge-uptake') as Practice;

function clearStorage() {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(DRAFT_KEY_PREFIX) || key.startsWith(DISMISS_KEY_PREFIX)) {
      localStorage.removeItem(key);
    }
  }
}

/** `markup` on a page whose own background is black, as a partner with a dark site has. */
async function onDarkPage<T extends HTMLElement>(markup: string): Promise<T> {
  const page = await fixture<HTMLElement>(
    `<div style="background: #000; color: #fff; padding: 1em">${markup}</div>`,
  );
  return page.firstElementChild as T;
}

/** Which scheme's tokens the element uses: its surface token and its `color-scheme`. */
function expectScheme(el: Element, dark: boolean) {
  const style = getComputedStyle(el);
  expect(style.getPropertyValue('--_surface').trim(), el.localName).to.equal(
    dark ? DARK_SURFACE : LIGHT_SURFACE,
  );
  expect(style.colorScheme, el.localName).to.equal(dark ? 'dark' : 'light');
}

async function expectErrorWithRetry(el: Element) {
  await until(
    () => $(el, '[part~="retry-button"], [role="alert"] button'),
    `${el.localName}: error with "Try again"`,
  );
  expectScheme(el, true);
  await expect(el).to.be.accessible();
}

const schemes = [
  { theme: 'dark', media: 'no-preference' },
  { theme: 'auto', media: 'dark' },
] as const;

for (const { theme, media } of schemes) {
  describe(`theme="${theme}", system colour scheme ${media}, on a dark page: axe finds nothing`, () => {
    before(async () => {
      await emulateMedia({ colorScheme: media });
      await setViewport({ width: 1280, height: 10_000 });
    });
    after(async () => {
      await emulateMedia({ colorScheme: 'no-preference' });
      await setViewport({ width: 800, height: 600 });
    });
    beforeEach(clearStorage);
    after(clearStorage);

    it('<gcm-practices>: the list with its cards, a practice open in the dialog, the error', async () => {
      const el = await onDarkPage(
        `<gcm-practices objective="10" theme="${theme}"></gcm-practices>`,
      );
      await until(
        () => $(el, '.results-region')?.getAttribute('aria-busy') === 'false',
        'results settled',
      );
      const cards = $$(el, 'gcm-practice-card');
      expect(cards.length).to.be.greaterThan(0);
      await until(() => text($(cards[0] as Element, '[part="badge"]')).includes(':'), 'labels');
      expectScheme(el, true);
      expectScheme(cards[0] as Element, true);
      await expect(el).to.be.accessible();

      ($(cards[0] as Element, '[part="link"]') as HTMLElement).click();
      await until(() => shadow(el).querySelector('dialog')?.open, 'dialog open');
      const practice = shadow(el).querySelector('dialog gcm-practice') as HTMLElement;
      await until(() => $$(practice, '[part="related-item"]').length > 0, 'related practices');
      expectScheme(practice, true);
      await expect(el).to.be.accessible();
      ($(el, '[part~="close-button"]') as HTMLButtonElement).click();
      await until(() => !shadow(el).querySelector('dialog'), 'dialog closed');

      const failed = await onDarkPage(
        `<gcm-practices theme="${theme}" api="${hostile('500')}"></gcm-practices>`,
      );
      await expectErrorWithRetry(failed);
    });

    it('<gcm-practice-card>: loaded with its labels, and the error', async () => {
      const el = await onDarkPage(
        `<gcm-practice-card practice-id="pacaraima-committee" theme="${theme}"></gcm-practice-card>`,
      );
      await until(() => text($(el, '[part="badge"]')).includes(':'), 'badge labels');
      expectScheme(el, true);
      await expect(el).to.be.accessible();
      const failed = await onDarkPage(
        `<gcm-practice-card practice-id="x" theme="${theme}" api="${hostile('500')}"></gcm-practice-card>`,
      );
      await expectErrorWithRetry(failed);
    });

    it('<gcm-practice>: the full practice with related practices and resources, and the error', async () => {
      const el = await onDarkPage(
        `<gcm-practice practice-id="${uptake.id}" theme="${theme}"></gcm-practice>`,
      );
      await until(() => $$(el, '[part="related-item"]').length > 0, 'related practices');
      await until(() => $$(el, '[part="resource"]').length > 0, 'resources');
      await until(() => text($(el, '[part="objective"]')).includes(':'), 'labels');
      expectScheme(el, true);
      await expect(el).to.be.accessible();
      const failed = await onDarkPage(
        `<gcm-practice practice-id="x" theme="${theme}" api="${hostile('500')}"></gcm-practice>`,
      );
      await expectErrorWithRetry(failed);
    });

    it('<gcm-objective-browser>: an objective with its practices, an action with none, the error', async () => {
      const el = await onDarkPage(
        `<gcm-objective-browser selected="10" theme="${theme}"></gcm-objective-browser>`,
      );
      await until(() => $$(el, '[part="target"] bdi').length > 0, 'SDG target texts');
      const catalogue = $(el, 'gcm-practices') as HTMLElement;
      const settled = () =>
        until(
          () => $(catalogue, '.results-region')?.getAttribute('aria-busy') === 'false',
          'results settled',
        );
      await settled();
      expect($$(catalogue, 'gcm-practice-card').length).to.be.greaterThan(0);
      expectScheme(el, true);
      expectScheme(catalogue, true);
      await expect(el).to.be.accessible();
      // No practice names an action yet: the pressed action and the catalogue's empty state.
      ($$(el, '[part~="action-button"]')[1] as HTMLButtonElement).click();
      await until(() => $(el, '[part~="action-button"][aria-pressed="true"]'), 'action pressed');
      await until(() => $(catalogue, '[part="empty"]'), 'empty catalogue');
      await expect(el).to.be.accessible();
      const { downUrl } = await testEnv();
      const failed = await onDarkPage(
        `<gcm-objective-browser theme="${theme}" api="${downUrl}"></gcm-objective-browser>`,
      );
      await expectErrorWithRetry(failed);
    });

    it('<gcm-campaign-banner>: a countdown, and an urgent last day', async () => {
      for (const attrs of [
        'campaign="world-day-against-trafficking" now="2026-07-18"',
        'campaign="call-for-practices-2024" now="2024-06-24" variant="urgent"',
      ]) {
        const el = await onDarkPage(
          `<gcm-campaign-banner ${attrs} theme="${theme}"></gcm-campaign-banner>`,
        );
        await until(() => el.matches(':state(visible)'), `banner shown (${attrs})`);
        // The banner fades in from transparent; axe skips text it sees as invisible.
        await Promise.all(
          shadow(el)
            .getAnimations()
            .map((a) => a.finished),
        );
        expectScheme(el, true);
        await expect(el).to.be.accessible();
      }
    });

    it('<gcm-resources>: the library, and the error', async () => {
      const el = await onDarkPage(`<gcm-resources theme="${theme}"></gcm-resources>`);
      await until(() => $$(el, '[part="item"]').length > 0, 'resources listed');
      await until(
        () => $(el, '.results-region')?.getAttribute('aria-busy') === 'false',
        'results settled',
      );
      expectScheme(el, true);
      await expect(el).to.be.accessible();
      const { downUrl } = await testEnv();
      const failed = await onDarkPage(
        `<gcm-resources theme="${theme}" api="${downUrl}"></gcm-resources>`,
      );
      await expectErrorWithRetry(failed);
    });

    it('<gcm-practice-form>: empty, with every field error shown, and the error', async () => {
      const el = await onDarkPage(
        `<gcm-practice-form campaign="call-for-practices-2024" now="2024-06-01" theme="${theme}"></gcm-practice-form>`,
      );
      await until(() => $(el, 'form'), 'form shown');
      expectScheme(el, true);
      await expect(el).to.be.accessible();
      ($(el, '#links .add') as HTMLButtonElement).click();
      ($(el, '[part~="submit-button"]') as HTMLButtonElement).click();
      await until(() => $(el, '[part="error-summary"]'), 'error summary');
      expect($$(el, '[aria-invalid="true"]').length).to.be.greaterThan(1);
      await expect(el).to.be.accessible();
      const { downUrl } = await testEnv();
      const failed = await onDarkPage(
        `<gcm-practice-form theme="${theme}" api="${downUrl}"></gcm-practice-form>`,
      );
      await expectErrorWithRetry(failed);
    });
  });
}

describe('theme="auto" with a light system colour scheme', () => {
  before(() => emulateMedia({ colorScheme: 'light' }));
  after(() => emulateMedia({ colorScheme: 'no-preference' }));

  it('every element uses the light tokens', async () => {
    const elements = [
      '<gcm-practices objective="10" theme="auto"></gcm-practices>',
      '<gcm-practice-card practice-id="pacaraima-committee" theme="auto"></gcm-practice-card>',
      '<gcm-practice practice-id="pacaraima-committee" theme="auto"></gcm-practice>',
      '<gcm-objective-browser selected="10" theme="auto"></gcm-objective-browser>',
      '<gcm-campaign-banner campaign="world-day-against-trafficking" now="2026-07-18" theme="auto"></gcm-campaign-banner>',
      '<gcm-resources theme="auto"></gcm-resources>',
      '<gcm-practice-form theme="auto"></gcm-practice-form>',
    ];
    const page = await fixture<HTMLElement>(`<div>${elements.join('')}</div>`);
    for (const el of page.children) {
      await until(() => $(el, '.root'), `${el.localName} rendered`);
      expectScheme(el, false);
    }
    await emulateMedia({ colorScheme: 'dark' });
    for (const el of page.children) expectScheme(el, true);
  });
});
