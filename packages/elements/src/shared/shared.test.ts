import type { Practice } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { configureLocalization, msg as pageMsg } from '@lit/localize';
import { expect, fixture, html } from '@open-wc/testing';
import { GcmCampaignBanner } from '../components/campaign-banner/campaign-banner.js';
import { GcmObjectiveBrowser } from '../components/objective-browser/objective-browser.js';
import { GcmPracticeCard } from '../components/practice-card/practice-card.js';
import { GcmPractices } from '../components/practices/practices.js';
import { API_META_NAME, DataController, type DataHost, DEFAULT_API } from './data-controller.js';
import { defineElement } from './define-element.js';
import { emit } from './events.js';
import { countryName, formatNumber, plural } from './format.js';
import { directionOf, matchLocale, resolveLocale } from './locale.js';
import { VERSION } from './version.js';

describe('registration', () => {
  it('registers every element through define.js, and importing it again does not throw', async () => {
    await import('../define.js');
    await import('../define/practices.js');
    await import('../define/practice-card.js');
    await import('../define/objective-browser.js');
    await import('../define/campaign-banner.js');
    expect(customElements.get('gcm-practices')).to.equal(GcmPractices);
    expect(customElements.get('gcm-practice-card')).to.equal(GcmPracticeCard);
    expect(customElements.get('gcm-objective-browser')).to.equal(GcmObjectiveBrowser);
    expect(customElements.get('gcm-campaign-banner')).to.equal(GcmCampaignBanner);
    for (const element of [GcmPractices, GcmPracticeCard, GcmObjectiveBrowser, GcmCampaignBanner]) {
      expect(element.version).to.equal(VERSION);
    }
  });

  it('keeps the first definition and warns once, naming both versions, when another release loads', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Newer extends GcmPractices {
        static override readonly version = '9.9.9';
      }
      class NewerCard extends GcmPracticeCard {
        static override readonly version = '9.9.9';
      }
      expect(() => defineElement('gcm-practices', Newer, Newer.version)).not.to.throw();
      expect(() => defineElement('gcm-practice-card', NewerCard)).not.to.throw();
      expect(() => defineElement('gcm-practices', Newer)).not.to.throw();
      expect(customElements.get('gcm-practices')).to.equal(GcmPractices);
      expect(warnings).to.have.length(1);
      const message = String(warnings[0]?.[0]);
      expect(message).to.contain(VERSION);
      expect(message).to.contain('9.9.9');
    } finally {
      console.warn = original;
    }
  });

  it('stays silent when the same release is loaded twice', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class SameRelease extends GcmPractices {}
      defineElement('gcm-practices', SameRelease);
      defineElement('gcm-practices', GcmPractices);
      expect(warnings).to.have.length(0);
    } finally {
      console.warn = original;
    }
  });

  it('defines a tag that is free', () => {
    class Probe extends HTMLElement {
      static readonly version = '1.0.0';
    }
    expect(defineElement('gcm-test-probe', Probe)).to.equal(Probe);
    expect(customElements.get('gcm-test-probe')).to.equal(Probe);
  });
});

describe('locale resolution', () => {
  it('matches supported languages by primary subtag', () => {
    expect(matchLocale('fr-CA')).to.equal('fr');
    expect(matchLocale('AR')).to.equal('ar');
    expect(matchLocale('es_419')).to.equal('es');
    expect(matchLocale('de')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('fr')).to.equal('ltr');
  });

  it('prefers the element, then the closest ancestor, then <html>, then English', async () => {
    const tree = await fixture<HTMLElement>(
      html`<div lang="fr"><p lang=""><span><i lang="ar"></i><b></b></span></p></div>`,
    );
    expect(resolveLocale(tree.querySelector('i') as Element)).to.equal('ar');
    expect(resolveLocale(tree.querySelector('b') as Element)).to.equal('fr');
    const loose = document.createElement('u');
    document.body.append(loose);
    try {
      expect(resolveLocale(loose)).to.equal('en');
      document.documentElement.lang = 'es';
      expect(resolveLocale(loose)).to.equal('es');
      document.documentElement.lang = 'xx';
      expect(resolveLocale(loose)).to.equal('en');
    } finally {
      document.documentElement.lang = 'en';
      loose.remove();
    }
  });
});

describe('languages next to a page that uses @lit/localize', () => {
  it('leaves the page its own configuration and still renders each element in its language', async () => {
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({ templates: { greeting: 'Bonjour' } }),
    });
    await setLocale('fr');
    expect(pageMsg('Hello', { id: 'greeting' })).to.equal('Bonjour');

    const practice = practices.find((p) => p.id === 'pacaraima-committee') as Practice;
    const wrapper = await fixture<HTMLElement>(html`<div>
      <gcm-practice-card lang="ar"></gcm-practice-card>
      <gcm-practice-card lang="es"></gcm-practice-card>
      <gcm-practice-card></gcm-practice-card>
    </div>`);
    const cards = [...wrapper.querySelectorAll('gcm-practice-card')];
    for (const card of cards) card.practice = practice;
    await Promise.all(cards.map((c) => c.updateComplete));
    const featured = cards.map((c) =>
      c.shadowRoot?.querySelector('[part="featured"]')?.textContent?.trim(),
    );
    expect(featured).to.deep.equal(['ممارسة مميزة', 'Práctica destacada', 'Featured practice']);
    expect(pageMsg('Hello', { id: 'greeting' })).to.equal('Bonjour');
  });
});

describe('formatting', () => {
  it('picks plural forms per language', () => {
    const forms = { one: () => 'one', two: () => 'two', few: () => 'few', other: () => 'other' };
    expect(plural('en', 1, forms)).to.equal('one');
    expect(plural('en', 0, forms)).to.equal('other');
    expect(plural('fr', 0, forms)).to.equal('one');
    expect(plural('ar', 2, forms)).to.equal('two');
    expect(plural('ar', 5, forms)).to.equal('few');
    expect(plural('ar', 11, { other: () => 'other' })).to.equal('other');
  });

  it('formats numbers and country names in the language', () => {
    expect(formatNumber('fr', 12345)).to.equal('12\u202f345');
    expect(countryName('fr', 'DEU')).to.equal('Allemagne');
    expect(countryName('ar', 'BRA')).to.equal('البرازيل');
    expect(countryName('en', 'XYZ', 'Somewhere')).to.equal('Somewhere');
    expect(countryName('en', 'XYZ')).to.equal('XYZ');
  });
});

describe('events', () => {
  it('fires gcm- events that bubble out of shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    let seen: CustomEvent | undefined;
    document.addEventListener('gcm-test', (e) => (seen = e as CustomEvent), { once: true });
    emit(inner, 'test', { ok: true });
    expect(seen?.detail).to.deep.equal({ ok: true });
    expect(seen?.composed && seen.bubbles).to.equal(true);
    expect(emit(inner, 'other', null, { cancelable: true })).to.equal(true);
  });
});

describe('API base URL', () => {
  function controllerFor(api?: string) {
    const host = document.createElement('div') as unknown as DataHost;
    host.addController = () => {};
    host.api = api;
    return new DataController(host);
  }

  it('uses the api attribute, else the <meta>, else none', () => {
    const meta = document.querySelector(`meta[name="${API_META_NAME}"]`) as HTMLMetaElement;
    const content = meta.content;
    expect(controllerFor('https://api.example.org').baseUrl).to.equal('https://api.example.org');
    expect(controllerFor().baseUrl).to.equal(content);
    meta.remove();
    try {
      // The npm build has no default: without an address an element loads nothing.
      expect(DEFAULT_API).to.equal(undefined);
      expect(controllerFor().baseUrl).to.equal(undefined);
    } finally {
      document.head.append(meta);
    }
  });

  it('shares one client per base URL and language', () => {
    const a = controllerFor('https://api.example.org');
    const b = controllerFor('https://api.example.org/');
    expect(a.clientFor('en')).to.equal(b.clientFor('en'));
    expect(a.clientFor('en')).not.to.equal(a.clientFor('fr'));
  });
});
