import type { Practice } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, hostile, next, shadow, testEnv, text, until } from '../../../test/helpers.js';
import '../../define.js';
import type { PracticeSelectDetail } from '../../shared/events.js';
import type { GcmPracticeCard } from './practice-card.js';
import { practiceHref } from './practice-card.js';

const pacaraima = practices.find((p) => p.id === 'pacaraima-committee') as Practice;
const protect = practices.find((p) => p.id === 'protect-project') as Practice;

function withPeriod(start: number | null, end: number | null): Practice {
  return { ...protect, period: { start, end } };
}

async function card(practice: Practice, attrs = '') {
  const el = await fixture<GcmPracticeCard>(`<gcm-practice-card ${attrs}></gcm-practice-card>`);
  el.practice = practice;
  await el.updateComplete;
  return el;
}

/** Wait until the objective badges carry the short titles fetched from the taxonomies. */
async function labelled(el: GcmPracticeCard) {
  await until(() => text($(el, '[part="badge"]')).includes('Eradicate trafficking'), 'badge label');
}

describe('<gcm-practice-card>', () => {
  it('renders a practice: title, implementers, places, objectives, takeaway, featured mark', async () => {
    const el = await card(pacaraima);
    expect(text($(el, '[part="title"]'))).to.equal('Pacaraima Committee');
    expect(text($(el, '[part="implementers"]'))).to.equal('Government of Brazil');
    expect(text($(el, '[part="places"]'))).to.equal('Brazil');
    expect(text($(el, '[part="summary"]'))).to.contain('legal guidance and information');
    expect(text($(el, '[part="takeaway"]'))).to.contain('Legal help, clear information');
    expect(text($(el, '[part="featured"]'))).to.equal('Featured practice');
    expect(text($(el, '[part="years"]'))).to.equal('Since 2021');
    const badges = $$(el, '[part="badge"]');
    expect(badges.map((b) => text(b.querySelector('[part="badge-number"]')))).to.deep.equal([
      '10',
      '3',
      '5',
      '8',
    ]);
    await labelled(el);
    expect(text(badges[0])).to.equal('10 Objective 10: Eradicate trafficking');
  });

  it('writes the years as a range, an open start or an open end', async () => {
    const el = await card(withPeriod(2014, 2016));
    expect(text($(el, '[part="years"]'))).to.equal('2014–2016');
    el.practice = withPeriod(2018, null);
    await el.updateComplete;
    expect(text($(el, '[part="years"]'))).to.equal('Since 2018');
    el.practice = withPeriod(null, 2016);
    await el.updateComplete;
    expect(text($(el, '[part="years"]'))).to.equal('Until 2016');
    el.practice = withPeriod(2020, 2020);
    await el.updateComplete;
    expect(text($(el, '[part="years"]'))).to.equal('2020');
  });

  it('lists countries by name, and regions when a practice names no country', async () => {
    const el = await card(protect);
    expect(text($(el, '[part="places"]'))).to.equal('Croatia and United Kingdom');
    const ctdc = practices.find((p) => p.id === 'counter-trafficking-data-collaborative');
    el.practice = ctdc;
    await until(() => text($(el, '[part="places"]')) === 'Worldwide', 'region name');
  });

  it('shortens long lists of places', async () => {
    const many = { ...protect, countries: ['BRA', 'VEN', 'COL', 'PER', 'ECU', 'GTM'] };
    const el = await card(many, 'lang="es"');
    expect(text($(el, '[part="places"]'))).to.equal('Brasil, Venezuela, Colombia, Perú y 2 más');
  });

  it('uses the United Nations country names in English, and isolates names in Arabic', async () => {
    const el = await card({ ...protect, countries: ['VNM', 'TUR'] });
    await until(() => text($(el, '[part="places"]')) === 'Viet Nam and Türkiye', 'UN names');
    const ar = await card(protect, 'lang="ar"');
    const names = [...shadow(ar).querySelectorAll('[part="implementers"] bdi')].map((b) => text(b));
    expect(names[0]).to.equal('Croatian Red Cross');
    expect($(ar, '[part="summary"]')?.getAttribute('dir')).to.equal('auto');
  });

  it('links the title through href-template and fires a cancelable gcm-practice-select', async () => {
    const el = await card(
      pacaraima,
      'href-template="https://example.org/practices/{id}?from=card"',
    );
    const link = $(el, 'a[part="link"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(
      'https://example.org/practices/pacaraima-committee?from=card',
    );
    // A listener that handles navigation itself (a single-page app) cancels the event.
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('gcm-practice-select', cancel);
    try {
      const fired = next<PracticeSelectDetail>(document.body, 'gcm-practice-select');
      let clickDefaultPrevented = false;
      link.addEventListener('click', (e) => {
        clickDefaultPrevented = e.defaultPrevented;
      });
      link.click();
      const event = await fired;
      expect(event.detail.id).to.equal('pacaraima-committee');
      expect(event.detail.practice).to.equal(pacaraima);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(clickDefaultPrevented, 'navigation cancelled').to.equal(true);
    } finally {
      document.removeEventListener('gcm-practice-select', cancel);
    }
  });

  it('without href-template the title is a button, operable with the keyboard', async () => {
    const el = await card(pacaraima);
    const button = $(el, 'button[part="link"]') as HTMLButtonElement;
    expect(button).to.exist;
    button.focus();
    const fired = next<PracticeSelectDetail>(el, 'gcm-practice-select');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.id).to.equal('pacaraima-committee');
    const again = next<PracticeSelectDetail>(el, 'gcm-practice-select');
    await sendKeys({ press: 'Space' });
    expect((await again).detail.id).to.equal('pacaraima-committee');
  });

  it('sets the heading level from heading-level', async () => {
    const el = await card(pacaraima, 'heading-level="2"');
    expect($(el, '[part="title"]')?.getAttribute('role')).to.equal('heading');
    expect($(el, '[part="title"]')?.getAttribute('aria-level')).to.equal('2');
    el.headingLevel = 9;
    await el.updateComplete;
    expect($(el, '[part="title"]')?.getAttribute('aria-level')).to.equal('6');
  });

  it('loads a practice itself from practice-id and api, showing a skeleton meanwhile', async () => {
    const { apiUrl } = await testEnv();
    const el = await fixture<GcmPracticeCard>(
      html`<gcm-practice-card practice-id="pacaraima-committee" api=${apiUrl}></gcm-practice-card>`,
    );
    expect($(el, '[part~="skeleton"]')?.getAttribute('aria-busy')).to.equal('true');
    await until(() => text($(el, '[part="title"]')) === 'Pacaraima Committee', 'loaded');
    await labelled(el);
  });

  it('uses <meta name="gcm-practices-api"> when there is no api attribute', async () => {
    const el = await fixture<GcmPracticeCard>(
      html`<gcm-practice-card practice-id="protect-project"></gcm-practice-card>`,
    );
    await until(() => text($(el, '[part="title"]')).startsWith('PROTECT'), 'loaded via meta');
  });

  it('shows a readable error with a retry button, and fires gcm-error', async () => {
    const { apiUrl } = await testEnv();
    const el = document.createElement('gcm-practice-card');
    el.setAttribute('api', apiUrl);
    const failed = next<{ error: Error }>(el, 'gcm-error');
    el.practiceId = 'no-such-practice';
    document.body.append(el);
    try {
      const event = await failed;
      expect(event.detail.error.message).to.contain('404');
      await until(() => $(el, '[role="alert"]'), 'error state');
      const alert = $(el, '[role="alert"]');
      expect(text(alert)).to.contain('This practice could not be found.');
      expect($(el, '[part="button"]')).to.exist;
      await expect(el).to.be.accessible();
      // Retry against an id that exists.
      el.practiceId = 'pacaraima-committee';
      await until(() => text($(el, '[part="title"]')) === 'Pacaraima Committee', 'recovered');
    } finally {
      el.remove();
    }
  });

  it('renders markup in data as inert text', async () => {
    const hostileCard = {
      ...pacaraima,
      title: '<img src=x onerror="window.__gcmHostile = true">Image title',
      summary: '<script>window.__gcmHostile = true</script>summary',
      implementers: [{ name: '<b>bold</b>', type: 'government' as const }],
    };
    const el = await card(hostileCard);
    expect(shadow(el).querySelector('img, script, b')).to.equal(null);
    expect(text($(el, '[part="title"]'))).to.equal(
      '<img src=x onerror="window.__gcmHostile = true">Image title',
    );
    expect(text($(el, '[part="implementers"]'))).to.equal('<b>bold</b>');
    expect((window as { __gcmHostile?: boolean }).__gcmHostile).to.equal(undefined);
  });

  it('loads hostile data through the API as text too', async () => {
    const el = await fixture<GcmPracticeCard>(
      html`<gcm-practice-card practice-id="hostile-1" api=${hostile('html')}></gcm-practice-card>`,
    );
    await until(() => text($(el, '[part="title"]')).includes('Image title'), 'loaded');
    expect(shadow(el).querySelector('img, script, style')).to.equal(null);
    expect(text($(el, '[part="takeaway"]'))).to.contain('<style>:host{display:none}</style>');
    expect(getComputedStyle(el).display).to.equal('block');
  });

  describe('languages', () => {
    it('speaks French, with country names from Intl.DisplayNames', async () => {
      const el = await card(pacaraima, 'lang="fr"');
      expect(text($(el, '[part="featured"]'))).to.equal('Pratique à la une');
      expect(text($(el, 'dt'))).to.equal('Mis en œuvre par');
      expect(text($(el, '[part="places"]'))).to.equal('Brésil');
    });

    it('speaks Spanish', async () => {
      const el = await card(withPeriod(2018, null), 'lang="es"');
      expect(text($(el, '[part="years"]'))).to.equal('Desde 2018');
      expect(text($(el, '[part="places"]'))).to.equal('Croacia y Reino Unido');
    });

    it('speaks Arabic, right to left', async () => {
      const el = await card(pacaraima, 'lang="ar"');
      const root = $(el, '.root') as HTMLElement;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle($(el, '[part="card"]') as HTMLElement).direction).to.equal('rtl');
      expect(text($(el, '[part="featured"]'))).to.equal('ممارسة مميزة');
      expect(text($(el, '[part="places"]'))).to.equal('البرازيل');
      await labelled(el);
      await expect(el).to.be.accessible();
    });

    it('follows the closest ancestor with lang', async () => {
      const wrapper = await fixture(
        html`<div lang="es-MX"><section><gcm-practice-card></gcm-practice-card></section></div>`,
      );
      const el = wrapper.querySelector('gcm-practice-card') as GcmPracticeCard;
      el.practice = pacaraima;
      await el.updateComplete;
      expect(text($(el, '[part="featured"]'))).to.equal('Práctica destacada');
      wrapper.setAttribute('lang', 'fr');
      await until(() => text($(el, '[part="featured"]')) === 'Pratique à la une', 're-rendered');
    });

    it('treats an unsupported language as English', async () => {
      const el = await card(pacaraima, 'lang="de"');
      expect(text($(el, '[part="featured"]'))).to.equal('Featured practice');
    });
  });

  describe('theming', () => {
    it('reads --gcm-color-primary and the card tier from the host', async () => {
      const el = await card(pacaraima);
      const button = $(el, 'button[part="link"]') as HTMLElement;
      const before = getComputedStyle(button).color;
      el.style.setProperty('--gcm-color-primary', 'rgb(200, 0, 100)');
      expect(getComputedStyle(button).color).to.equal('rgb(200, 0, 100)');
      expect(before).not.to.equal('rgb(200, 0, 100)');
      el.style.setProperty('--gcm-practice-card-title-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle(button).color).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--gcm-practice-card-radius', '3px');
      expect(getComputedStyle($(el, '[part="card"]') as HTMLElement).borderTopLeftRadius).to.equal(
        '3px',
      );
    });

    it('has a dark scheme', async () => {
      const el = await card(pacaraima, 'theme="dark"');
      const box = $(el, '[part="card"]') as HTMLElement;
      expect(getComputedStyle(box).backgroundColor).to.equal('rgb(22, 26, 31)');
      await expect(el).to.be.accessible();
    });

    it('inherits the page font unless --gcm-font-family is set', async () => {
      const wrapper = await fixture(
        html`<div style="font-family: Georgia, serif"><gcm-practice-card></gcm-practice-card></div>`,
      );
      const el = wrapper.querySelector('gcm-practice-card') as GcmPracticeCard;
      el.practice = pacaraima;
      await el.updateComplete;
      const summary = $(el, '[part="summary"]') as HTMLElement;
      expect(getComputedStyle(summary).fontFamily).to.equal('Georgia, serif');
      el.style.setProperty('--gcm-font-family', 'monospace');
      expect(getComputedStyle(summary).fontFamily).to.equal('monospace');
    });
  });

  describe('accessibility', () => {
    it('has no axe violations when loaded, in English and Arabic', async () => {
      const en = await card(pacaraima, 'href-template="/practices/{id}"');
      await labelled(en);
      await expect(en).to.be.accessible();
      const ar = await card(protect, 'lang="ar"');
      await expect(ar).to.be.accessible();
    });

    it('has no axe violations while loading', async () => {
      for (const lang of ['en', 'ar']) {
        const el = await fixture<GcmPracticeCard>(
          html`<gcm-practice-card lang=${lang} practice-id="pacaraima-committee" api=${hostile('slow')}></gcm-practice-card>`,
        );
        expect($(el, '[aria-busy="true"]')).to.exist;
        await expect(el).to.be.accessible();
      }
    });

    it('has no axe violations in the error state, in English and Arabic', async () => {
      for (const lang of ['en', 'ar']) {
        const el = await fixture<GcmPracticeCard>(
          html`<gcm-practice-card lang=${lang} practice-id="x" api=${hostile('500')}></gcm-practice-card>`,
        );
        await until(() => $(el, '[role="alert"]'), 'error shown');
        await expect(el).to.be.accessible();
      }
    });
  });

  it('practiceHref encodes the id', () => {
    expect(practiceHref('/p/{id}#{id}', 'a b')).to.equal('/p/a%20b#a%20b');
    expect(practiceHref(undefined, 'x')).to.equal(undefined);
  });
});
