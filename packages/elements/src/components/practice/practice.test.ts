import type { Practice } from '@gcm-practices/contract';
import { practices, taxonomies } from '@gcm-practices/dataset';
import { type BaseClient, createBaseClient } from '@gcm-practices/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  deepActiveElement,
  hostile,
  networkLog,
  next,
  setHostileSwitch,
  shadow,
  startNetworkLog,
  testEnv,
  text,
  until,
} from '../../../test/helpers.js';
import '../../define.js';
import type { PracticeSelectDetail } from '../../shared/events.js';
import type { GcmPractice } from './practice.js';

const pacaraima = practices.find((p) => p.id === 'pacaraima-committee') as Practice;
const uptake = practices.find((p) => p.source.kind === 'knowledge-uptake') as Practice;
const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;

/** Pacaraima with the fields the Hub's copies leave empty filled for the test. */
const detailed: Practice = {
  ...pacaraima,
  partners: ['Federal Public Defender’s Office'],
  actions: ['10a', '10j', '5b'],
  principles: [taxonomies.principles[0]?.id ?? 'people-centred'],
  sdgTargets: ['8.7', '16.2'],
  links: [
    { label: 'Programme page', url: 'https://example.org/pacaraima' },
    { label: 'Hostile', url: 'javascript:alert(1)' },
  ],
};

/** A practice not in the catalogue, as a submission looks before it is published. */
const unpublished: Practice = {
  ...detailed,
  id: 'safe-jobs-corridor-k7m2p9',
  title: 'Safe Jobs Corridor',
  featured: false,
  hubUrl: null,
  relatedResources: ['knowledge-uptake-trafficking-in-persons'],
};

/** The API requests sent so far, once the page has had a round trip to send any it was about to. */
async function settledLog() {
  await fetch('/__test-env', { cache: 'no-store' });
  return (await networkLog()).map((r) => new URL(r.url).pathname);
}

/** A `<gcm-practice>` showing `practice`, given as a property, with `attrs`. */
async function given(practice: Practice, attrs = '') {
  const { apiUrl } = await testEnv();
  const el = await fixture<GcmPractice>(`<gcm-practice api="${apiUrl}" ${attrs}></gcm-practice>`);
  el.practice = practice;
  await el.updateComplete;
  return el;
}

async function loaded(attrs: string, id = 'pacaraima-committee') {
  const { apiUrl } = await testEnv();
  const el = await fixture<GcmPractice>(
    `<gcm-practice practice-id="${id}" api="${apiUrl}" ${attrs}></gcm-practice>`,
  );
  await until(() => $(el, '[part="title"]'), 'practice loaded');
  return el;
}

async function withRelated(el: GcmPractice) {
  await until(() => $$(el, '[part="related-item"]').length > 0, 'related practices');
}

describe('<gcm-practice>', () => {
  it('loads a practice by id: skeleton, then every field the record has', async () => {
    const { apiUrl } = await testEnv();
    const el = await fixture<GcmPractice>(
      html`<gcm-practice practice-id="pacaraima-committee" api=${apiUrl}></gcm-practice>`,
    );
    expect($(el, '[part="skeleton"]')?.getAttribute('aria-busy')).to.equal('true');
    await until(() => text($(el, '[part="title"]')) === 'Pacaraima Committee', 'loaded');
    expect($(el, '[part="title"]')?.getAttribute('aria-level')).to.equal('2');
    expect(text($(el, '[part="featured"]'))).to.equal('Featured practice');
    expect(text($(el, '[part="source-badge"]'))).to.equal('Repository of Practices');
    expect(text($(el, '[part="review-badge"]'))).to.equal('Peer-reviewed');
    expect(text($(el, '[part="implementers"]'))).to.equal('Government of Brazil (Government)');
    expect(text($(el, '[part="years"]'))).to.equal('Since 2021');
    expect(text($(el, '[part="status"]'))).to.equal('Ongoing');
    expect(text($(el, '[part="published"]'))).to.equal('July 30, 2024');
    const headings = $$(el, '[part="section-title"]').map((h) => text(h));
    for (const name of [
      'Context',
      'Aims',
      'Key activities',
      'Results',
      'GCM objectives and actions',
    ]) {
      expect(headings, name).to.include(name);
    }
    for (const section of Object.values(pacaraima.sections)) {
      expect(text($(el, '[part="practice"]'))).to.contain(section.replace(/\s+/g, ' ').trim());
    }
    expect($$(el, '[part="results"] li').map((li) => text(li))).to.deep.equal(pacaraima.results);
    const hub = $(el, '[part~="hub-link"]') as HTMLAnchorElement;
    expect(text(hub)).to.equal('View on the Migration Network Hub');
    expect(hub.href).to.equal('https://migrationnetwork.un.org/practice/pacaraima-committee');
    expect(hub.rel).to.equal('noopener');
    await until(
      () => text($(el, '[part="objective"]')).includes('Eradicate trafficking'),
      'labels',
    );
    expect(text($(el, '[part="objective"]'))).to.contain('Primary objective');
    expect($$(el, '[part="objective"]').length).to.equal(4);
  });

  it('shows up to three related practices, same primary objective first', async () => {
    const el = await loaded('');
    await withRelated(el);
    const items = $$(el, '[part="related-item"]');
    expect(items.length).to.equal(3);
    const { apiUrl } = await testEnv();
    const expected = (await (
      await fetch(`${apiUrl}/v1/practices/pacaraima-committee/related`)
    ).json()) as { data: Practice[] };
    expect(items.map((i) => text(i.querySelector('[part~="link"]')))).to.deep.equal(
      expected.data.map((p) => p.title),
    );
  });

  it('opening a related practice fires a cancelable gcm-practice-select, then shows it from its title', async () => {
    const el = await loaded('');
    await withRelated(el);
    const button = $(el, '[part="related-item"] button') as HTMLButtonElement;
    const title = text(button);
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('gcm-practice-select', cancel, { once: true });
    button.click();
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal('Pacaraima Committee');
    const fired = next<PracticeSelectDetail>(el, 'gcm-practice-select');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.practice.title).to.equal(title);
    await until(() => text($(el, '[part="title"]')) === title, 'related shown');
    expect(el.practiceId).to.equal((await fired).detail.id);
    await until(() => deepActiveElement() === $(el, '[part="title"]'), 'focus on the new title');
  });

  it('links related titles through href-template', async () => {
    const el = await loaded('href-template="/practices/{id}"');
    await withRelated(el);
    const link = $(el, '[part="related-item"] a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.match(/^\/practices\/[a-z0-9-]+$/);
  });

  it('names actions, principles and SDG targets from the taxonomies; links http(s) only', async () => {
    const el = await fixture<GcmPractice>(html`<gcm-practice></gcm-practice>`);
    el.practice = detailed;
    await until(() => $$(el, '[part="actions"] li').length === 3, 'actions');
    const action10a = taxonomies.actions.find((a) => a.id === '10a');
    await until(
      () => text($(el, '[part="actions"] li')).includes(action10a?.title ?? '?'),
      'action titles',
    );
    expect(text($(el, '[part="actions"] li'))).to.equal(`(a) ${action10a?.title}`);
    // 5b sits under objective 5, its own objective.
    const objective5 = $$(el, '[part="objective"]').find((o) => text(o).startsWith('Objective 5'));
    expect(text(objective5?.querySelector('[part="actions"]'))).to.contain('(b)');
    expect(text($(el, '[part="principles"]'))).to.equal(taxonomies.principles[0]?.title);
    const targets = $$(el, '[part="targets"] li').map((li) => text(li));
    expect(targets[0]).to.equal(
      `8.7 ${taxonomies.sdgTargets.find((t) => t.id === '8.7')?.text}`.replace(/\s+/g, ' '),
    );
    expect(text($(el, '[part="partners"]'))).to.equal('Federal Public Defender’s Office');
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="links"] a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/pacaraima']);
    expect(links[0]?.rel).to.equal('noopener');
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('says where a record comes from and lists its related resources', async () => {
    const el = await loaded('', uptake.id);
    expect(text($(el, '[part="source-badge"]'))).to.equal('From a Knowledge Uptake piece');
    expect(text($(el, '[part="review-badge"]'))).to.equal('Not peer-reviewed');
    expect(text($(el, '[part="source"]'))).to.contain(uptake.source.title);
    expect($(el, '[part~="hub-link"]')).to.equal(null);
    await until(() => $$(el, '[part="resource"]').length === 1, 'related resources');
    expect(text($(el, '[part="resource"]'))).to.contain('Trafficking in persons');
  });

  it('marks the practice texts with their language in another language’s element', async () => {
    const el = await loaded('lang="fr"');
    expect($(el, '.root')?.getAttribute('lang')).to.equal('fr');
    expect($(el, '[part="title"]')?.getAttribute('lang')).to.equal('en');
    expect($(el, '[part="summary"]')?.getAttribute('lang')).to.equal('en');
    expect($(el, '.section .text')?.getAttribute('lang')).to.equal('en');
    expect(text($(el, '[part="review-badge"]'))).to.equal('Examinée par des pairs');
    const en = await loaded('lang="en"');
    expect($(en, '[part="title"]')?.hasAttribute('lang')).to.equal(false);
  });

  it('names the Repository of Practices in the page’s language', async () => {
    const names = {
      en: 'Repository of Practices',
      fr: 'Répertoire des pratiques',
      es: 'Repositorio de prácticas',
      ar: 'مستودع الممارسات',
    };
    try {
      for (const lang of LANGUAGES) {
        document.documentElement.lang = lang;
        const el = await loaded('');
        const badge = $(el, '[part="source-badge"]');
        expect(text(badge), lang).to.equal(names[lang]);
        // Said in the element's language, not marked as English.
        expect(badge?.closest('[lang]')?.getAttribute('lang'), lang).to.equal(lang);
      }
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('lays out right to left in Arabic', async () => {
    const el = await loaded('lang="ar"');
    expect($(el, '.root')?.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '[part="practice"]') as HTMLElement).direction).to.equal('rtl');
    expect(text($(el, '[part="status"]'))).to.equal('جارية');
  });

  it('says when no practice has the id, without a retry that cannot help', async () => {
    const { apiUrl } = await testEnv();
    const el = document.createElement('gcm-practice');
    el.api = apiUrl;
    const failed = next<{ error: Error }>(el, 'gcm-error');
    el.practiceId = 'no-such-practice';
    document.body.append(el);
    try {
      await failed;
      await until(() => $(el, '[part="not-found"]'), 'not found');
      expect(text($(el, '[part="not-found"]'))).to.equal('This practice could not be found.');
      expect($(el, '[part~="retry-button"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('shows an error with "Try again" that recovers', async () => {
    await setHostileSwitch(false);
    try {
      const el = await fixture<GcmPractice>(
        html`<gcm-practice practice-id="pacaraima-committee" api=${hostile('switch')}></gcm-practice>`,
      );
      await until(() => $(el, '[part="error"]'), 'error shown');
      expect($(el, '[part="error"]')?.getAttribute('role')).to.equal('alert');
      const retry = $(el, '[part~="retry-button"]') as HTMLButtonElement;
      expect(text(retry)).to.equal('Try again');
      await setHostileSwitch(true);
      retry.click();
      await until(() => text($(el, '[part="title"]')) === 'Pacaraima Committee', 'recovered');
    } finally {
      await setHostileSwitch(false);
    }
  });

  it('cancels its requests when removed, and loads again when put back', async () => {
    const signals: AbortSignal[] = [];
    const real = createBaseClient({ baseUrl: hostile('slow') });
    const recording: BaseClient = {
      ...real,
      getJson: ((path, schema, options) => {
        if (options?.signal) signals.push(options.signal);
        return real.getJson(path, schema, options);
      }) as BaseClient['getJson'],
    };
    const el = document.createElement('gcm-practice');
    el.client = recording;
    el.practiceId = 'pacaraima-committee';
    document.body.append(el);
    await until(() => signals.length === 1, 'request sent');
    el.remove();
    expect(signals[0]?.aborted).to.equal(true);
    document.body.append(el);
    try {
      await until(() => text($(el, '[part="title"]')) === 'Pacaraima Committee', 'reloaded');
    } finally {
      el.remove();
    }
  });

  it('renders markup in data as inert text', async () => {
    const el = await fixture<GcmPractice>(
      html`<gcm-practice practice-id="hostile-1" api=${hostile('html')}></gcm-practice>`,
    );
    await until(() => text($(el, '[part="title"]')).includes('Image title'), 'loaded');
    expect(shadow(el).querySelector('img, script, style, b, i')).to.equal(null);
    expect(text($(el, '[part="takeaway"]'))).to.contain('<style>:host{display:none}</style>');
  });

  it('takes --gcm-practice-* tokens', async () => {
    const el = await fixture<GcmPractice>(html`<gcm-practice></gcm-practice>`);
    el.practice = pacaraima;
    await el.updateComplete;
    el.style.setProperty('--gcm-practice-title-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '[part="title"]') as HTMLElement).color).to.equal('rgb(1, 2, 3)');
  });

  describe('a practice given as a property (a preview)', () => {
    it('is shown without a request for it; related practices are still asked for', async () => {
      await startNetworkLog();
      const el = await given(unpublished);
      expect(text($(el, '[part="title"]'))).to.equal('Safe Jobs Corridor');
      await until(async () => (await settledLog()).some((path) => path.endsWith('/related')));
      const paths = await settledLog();
      expect(paths).to.include(`/v1/practices/${unpublished.id}/related`);
      expect(paths).not.to.include(`/v1/practices/${unpublished.id}`);
    });

    it('with `no-related` and its labels given, renders with no request at all', async () => {
      await startNetworkLog();
      const el = await given(unpublished, 'no-related');
      el.taxonomies = taxonomies;
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('Safe Jobs Corridor');
      expect(text($(el, '[part="actions"] li'))).to.contain(
        taxonomies.actions.find((a) => a.id === '10a')?.title ?? '?',
      );
      expect($(el, '[part="related"], [part="resources"], #section-related')).to.equal(null);
      expect($$(el, '[part="skeleton"]')).to.deep.equal([]);
      expect(await settledLog()).to.deep.equal([]);
    });

    it('with `no-related` alone, asks the API for its labels only', async () => {
      await startNetworkLog();
      const el = await given(unpublished, 'no-related');
      await until(() => text($(el, '[part="objective"]')).includes(':'), 'labels');
      expect((await settledLog()).filter((path) => !path.endsWith('/v1/taxonomies'))).to.deep.equal(
        [],
      );
    });

    it('follows the property: a new practice replaces the one shown, still with no request', async () => {
      await startNetworkLog();
      const el = await given(unpublished, 'no-related');
      el.taxonomies = taxonomies;
      el.practice = { ...unpublished, title: 'Safe Jobs Corridor, revised', takeaway: 'Revised.' };
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('Safe Jobs Corridor, revised');
      expect(text($(el, '[part="takeaway"]'))).to.equal('Takeaway: Revised.');
      el.practice = uptake;
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal(uptake.title);
      expect(text($(el, '[part="review-badge"]'))).to.equal('Not peer-reviewed');
      expect(await settledLog()).to.deep.equal([]);
    });

    it('lays out right to left in Arabic', async () => {
      const el = await given(unpublished, 'no-related lang="ar"');
      expect($(el, '.root')?.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle($(el, '[part="practice"]') as HTMLElement).direction).to.equal('rtl');
      expect($(el, '[part="title"]')?.getAttribute('lang')).to.equal('en');
      expect(text($(el, '[part="status"]'))).to.equal('جارية');
    });
  });

  describe('accessibility: axe finds nothing in any state or language', () => {
    for (const lang of LANGUAGES) {
      it(`loaded, with related practices and resources (${lang})`, async () => {
        const el = await loaded(`lang="${lang}"`, uptake.id);
        await withRelated(el);
        await until(() => $$(el, '[part="resource"]').length > 0, 'resources');
        await expect(el).to.be.accessible();
        const full = await fixture<GcmPractice>(html`<gcm-practice lang=${lang}></gcm-practice>`);
        full.practice = detailed;
        await until(() => text($(full, '[part="objective"]')).includes(':'), 'labels');
        await withRelated(full);
        await expect(full).to.be.accessible();
      });

      it(`a practice given as a property, with no-related (${lang})`, async () => {
        const el = await given(unpublished, `no-related lang="${lang}"`);
        await until(() => text($(el, '[part="objective"]')).includes(':'), 'labels');
        await expect(el).to.be.accessible();
      });

      it(`loading, not found and error (${lang})`, async () => {
        const loading = await fixture<GcmPractice>(
          html`<gcm-practice lang=${lang} practice-id="pacaraima-committee" api=${hostile('slow')}></gcm-practice>`,
        );
        expect($(loading, '[aria-busy="true"]')).to.exist;
        await expect(loading).to.be.accessible();
        const { apiUrl } = await testEnv();
        const notFound = await fixture<GcmPractice>(
          html`<gcm-practice lang=${lang} practice-id="no-such-practice" api=${apiUrl}></gcm-practice>`,
        );
        await until(() => $(notFound, '[part="not-found"]'), 'not found');
        await expect(notFound).to.be.accessible();
        const failed = await fixture<GcmPractice>(
          html`<gcm-practice lang=${lang} practice-id="x" api=${hostile('500')}></gcm-practice>`,
        );
        await until(() => $(failed, '[part="error"]'), 'error');
        await expect(failed).to.be.accessible();
      });
    }
  });
});
