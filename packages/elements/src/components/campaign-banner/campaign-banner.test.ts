import type { Campaign } from '@gcm-practices/contract';
import { campaigns } from '@gcm-practices/dataset';
import { createBaseClient } from '@gcm-practices/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  $,
  deepActiveElement,
  hostile,
  next,
  shadow,
  testEnv,
  text,
  until,
} from '../../../test/helpers.js';
import '../../define/campaign-banner.js';
import type {
  CampaignActionDetail,
  CampaignDismissDetail,
  GcmCampaignBanner,
} from './campaign-banner.js';
import { DISMISS_KEY_PREFIX } from './dismissal.js';

const WORLD_DAY = 'world-day-against-trafficking';
const CALL = 'call-for-practices-2024';

/** A banner attached with its attributes; resolves once it has loaded or failed. */
async function banner(attrs: Record<string, string>): Promise<GcmCampaignBanner> {
  const el = document.createElement('gcm-campaign-banner');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.append(el);
  await settled(el);
  return el;
}

/** Wait until the campaign request has answered and the banner rendered what it got. */
async function settled(el: GcmCampaignBanner) {
  await el.updateComplete; // the request starts with the first update
  const task = (el as unknown as { task: { taskComplete: Promise<unknown> } }).task;
  await task.taskComplete.catch(() => {});
  await el.updateComplete;
}

const visible = (el: GcmCampaignBanner) => el.matches(':state(visible)');

/** Nothing on screen: no box, no content in the shadow root. */
function expectNothing(el: GcmCampaignBanner) {
  expect(visible(el), 'visible state').to.equal(false);
  expect(getComputedStyle(el).display).to.equal('none');
  expect(el.getBoundingClientRect().height).to.equal(0);
  expect(shadow(el).querySelector('section')).to.equal(null);
}

const countdown = (el: GcmCampaignBanner) => text($(el, '[part="countdown"]'));

function clearDismissals() {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(DISMISS_KEY_PREFIX)) localStorage.removeItem(key);
  }
}

describe('<gcm-campaign-banner>', () => {
  beforeEach(clearDismissals);
  after(clearDismissals);

  describe('an awareness day, across a table of dates', () => {
    const table: [now: string, countdown: string | null][] = [
      ['2026-06-04', null], // weeks before the promotion window
      ['2026-07-01', null], // the day before the window opens
      ['2026-07-02', 'in 28 days'],
      ['2026-07-18', 'in 12 days'],
      ['2026-07-29', 'tomorrow'],
      ['2026-07-30', 'today'],
      ['2026-07-31', null], // over; the next occurrence is not promoted until July 2027
      ['2026-12-31', null],
    ];
    for (const [now, expected] of table) {
      it(`on ${now}: ${expected ?? 'nothing'}`, async () => {
        const el = await banner({ campaign: WORLD_DAY, now });
        if (expected === null) {
          expectNothing(el);
          return;
        }
        expect(visible(el)).to.equal(true);
        expect(countdown(el)).to.equal(expected);
        expect(text($(el, '[part="title"]'))).to.equal(
          'World Day Against Trafficking in Persons 2026',
        );
        const time = $(el, 'time') as HTMLTimeElement;
        expect(time.dateTime).to.equal('2026-07-30');
        expect(text(time)).to.equal('July 30, 2026');
        expect(el.matches(expected === 'today' ? ':state(today)' : ':state(countdown)')).to.equal(
          true,
        );
      });
    }

    it('capitalises the countdown on screen', async () => {
      const el = await banner({ campaign: WORLD_DAY, now: '2026-07-29' });
      const pill = $(el, '[part="countdown"]') as HTMLElement;
      expect(getComputedStyle(pill, '::first-letter').textTransform).to.equal('uppercase');
    });

    it('shows the theme line when the occurrence has one, and the call to action', async () => {
      const el = await banner({ campaign: `${WORLD_DAY}-2024`, now: '2024-07-10' });
      expect(text($(el, '[part="theme"]'))).to.equal(
        'Leave No Child Behind in the Fight Against Human Trafficking',
      );
      const link = $(el, '[part="action"]') as HTMLAnchorElement;
      expect(link.href).to.equal('https://www.un.org/en/observances/end-human-trafficking-day');
      expect(text(link)).to.equal('About the World Day Against Trafficking in Persons');
      const none = await banner({ campaign: WORLD_DAY, now: '2026-07-10' });
      expect($(none, '[part="theme"]'), 'no theme recorded for 2026').to.equal(null);
    });

    it('names the occurrence or the series, and rolls a past yearly occurrence over to the next', async () => {
      const own = await banner({ campaign: `${WORLD_DAY}-2026`, now: '2026-07-18' });
      expect(text($(own, '[part="title"]'))).to.contain('2026');
      const later = await banner({ campaign: `${WORLD_DAY}-2027`, now: '2026-07-18' });
      expectNothing(later);
      const rolled = await banner({ campaign: `${WORLD_DAY}-2025`, now: '2026-07-18' });
      expect(text($(rolled, '[part="title"]'))).to.contain('2026');
      const unknown = await banner({ campaign: 'no-such-campaign', now: '2026-07-18' });
      expectNothing(unknown);
    });
  });

  describe('a call for practices', () => {
    const table: [now: string, countdown: string | null][] = [
      ['2024-05-26', '29 days left'], // the sources give no opening day
      ['2024-05-27', '28 days left'],
      ['2024-06-01', '23 days left'],
      ['2024-06-23', '1 day left'],
      ['2024-06-24', 'Last day today'],
      ['2024-06-25', null], // closed
    ];
    for (const [now, expected] of table) {
      it(`on ${now}: ${expected ?? 'nothing'}`, async () => {
        const el = await banner({ campaign: CALL, now });
        if (expected === null) {
          expectNothing(el);
          return;
        }
        expect(countdown(el)).to.equal(expected);
        expect(text($(el, '[part="when"]'))).to.equal(`Deadline: June 24, 2024 ${expected}`);
        expect(el.matches(expected.startsWith('Last') ? ':state(last-day)' : ':state(open)')).to.be
          .true;
        expect(text($(el, '[part="action"]'))).to.equal(
          'How to submit a practice to the Migration Network Hub',
        );
      });
    }
  });

  describe('without a campaign: what the API says is current', () => {
    const table: [now: string, title: string | null][] = [
      [
        '2024-06-01',
        'Call for Practices: Preventing, combating and eradicating trafficking in persons',
      ],
      ['2024-07-10', 'World Day Against Trafficking in Persons 2024'],
      ['2026-07-18', 'World Day Against Trafficking in Persons 2026'],
      ['2025-01-15', null],
    ];
    for (const [now, title] of table) {
      it(`on ${now}: ${title ?? 'nothing'}`, async () => {
        const el = await banner({ now });
        if (title === null) expectNothing(el);
        else expect(text($(el, '[part="title"]'))).to.equal(title);
      });
    }
  });

  describe('time zones', () => {
    const lateOn29 = '2026-07-29T23:30:00Z';

    it('is already the day in Tokyo and still the day before in Los Angeles', async () => {
      const tokyo = await banner({ campaign: WORLD_DAY, now: lateOn29, 'time-zone': 'Asia/Tokyo' });
      expect(countdown(tokyo)).to.equal('today');
      const la = await banner({
        campaign: WORLD_DAY,
        now: lateOn29,
        'time-zone': 'America/Los_Angeles',
      });
      expect(countdown(la)).to.equal('tomorrow');
    });

    it("asks the API for the visitor's date, not the UTC one", async () => {
      // 20:00 UTC on the call's deadline is already the next day in Kiritimati (UTC+14).
      const at = '2024-06-24T20:00:00Z';
      const la = await banner({ now: at, 'time-zone': 'America/Los_Angeles' });
      expect(countdown(la)).to.equal('Last day today');
      const kiritimati = await banner({ now: at, 'time-zone': 'Pacific/Kiritimati' });
      expectNothing(kiritimati);
    });

    it("falls back to the visitor's zone for an unknown one, without failing", async () => {
      const instant = new Date(lateOn29);
      const expected = instant.getDate() === 30 ? 'today' : 'tomorrow';
      let failed = false;
      document.addEventListener('gcm-error', () => (failed = true), { once: true });
      const el = await banner({ campaign: WORLD_DAY, now: lateOn29, 'time-zone': 'Mars/Olympus' });
      expect(countdown(el)).to.equal(expected);
      expect(failed).to.equal(false);
    });

    it('follows changes of now and time-zone', async () => {
      const el = await banner({ campaign: WORLD_DAY, now: '2026-07-18' });
      el.now = lateOn29;
      el.timeZone = 'Asia/Tokyo';
      await el.updateComplete;
      expect(countdown(el)).to.equal('today');
      el.now = '2026-08-01';
      await el.updateComplete;
      expectNothing(el);
    });
  });

  describe('dismissal', () => {
    it('hides the banner, remembers it per occurrence and fires gcm-campaign-dismiss', async () => {
      const el = await banner({ campaign: WORLD_DAY, now: '2026-07-18' });
      const fired = next<CampaignDismissDetail>(el, 'gcm-campaign-dismiss');
      ($(el, '[part="dismiss"]') as HTMLButtonElement).click();
      const event = await fired;
      expect(event.detail.campaign.id).to.equal(`${WORLD_DAY}-2026`);
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expectNothing(el);
      expect(localStorage.getItem(`${DISMISS_KEY_PREFIX}${WORLD_DAY}-2026`)).to.equal('2026-07-18');

      // A new page view: the same occurrence stays dismissed, by series or by id, with or without campaign…
      expectNothing(await banner({ campaign: WORLD_DAY, now: '2026-07-29' }));
      expectNothing(await banner({ campaign: `${WORLD_DAY}-2026`, now: '2026-07-30' }));
      expectNothing(await banner({ now: '2026-07-20' }));
      // …and next year's day shows again.
      const nextYear = await banner({ campaign: WORLD_DAY, now: '2027-07-18' });
      expect(text($(nextYear, '[part="title"]'))).to.contain('2027');
    });

    it('has an accessible name, a 24 px target at least, and works from the keyboard', async () => {
      for (const [lang, name] of [
        ['en', 'Dismiss banner'],
        ['fr', 'Masquer la bannière'],
        ['es', 'Cerrar el aviso'],
        ['ar', 'إغلاق الإعلان'],
      ] as const) {
        const el = await banner({ campaign: CALL, now: '2024-06-01', lang });
        const button = $(el, '[part="dismiss"]') as HTMLButtonElement;
        expect(button.getAttribute('aria-label')).to.equal(name);
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
      const wrapper = await fixture<HTMLElement>(html`<div>
        <a href="#before">Before</a>
        <gcm-campaign-banner campaign=${CALL} now="2024-06-01"></gcm-campaign-banner>
        <p>Some text</p>
        <button type="button" disabled>Disabled</button>
        <button type="button" id="after">After</button>
      </div>`);
      const el = wrapper.querySelector('gcm-campaign-banner') as GcmCampaignBanner;
      await settled(el);
      ($(el, '[part="dismiss"]') as HTMLButtonElement).focus();
      const fired = next(el, 'gcm-campaign-dismiss');
      await sendKeys({ press: 'Enter' });
      await fired;
      await el.updateComplete;
      expectNothing(el);
      expect(deepActiveElement()?.id, 'focus moves on to what follows the banner').to.equal(
        'after',
      );
    });

    it('sends focus back to what precedes the banner when nothing follows it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <a href="#before" id="before">Before</a>
        <gcm-campaign-banner campaign=${CALL} now="2024-06-02"></gcm-campaign-banner>
      </div>`);
      const el = wrapper.querySelector('gcm-campaign-banner') as GcmCampaignBanner;
      await settled(el);
      ($(el, '[part="dismiss"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expectNothing(el);
      expect(deepActiveElement()?.id).to.equal('before');
    });
  });

  describe('call to action', () => {
    it('action-href points a call at the page holding the form; awareness days keep theirs', async () => {
      const el = await banner({ campaign: CALL, now: '2024-06-01', 'action-href': '/share.html' });
      const link = $(el, '[part="action"]') as HTMLAnchorElement;
      expect(link.href).to.equal(new URL('/share.html', location.href).href);
      expect(text(link)).to.equal('Submit a practice');
      const fr = await banner({
        campaign: CALL,
        now: '2024-06-01',
        'action-href': '/share.html',
        lang: 'fr',
      });
      expect(text($(fr, '[part="action"]'))).to.equal('Soumettre une pratique');
      const unsafe = await banner({
        campaign: CALL,
        now: '2024-06-01',
        'action-href': 'javascript:alert(1)',
      });
      expect(($(unsafe, '[part="action"]') as HTMLAnchorElement).href).to.equal(
        'https://migrationnetwork.un.org/hub/repository-of-practices',
      );
      const day = await banner({
        campaign: WORLD_DAY,
        now: '2026-07-18',
        'action-href': '/share.html',
      });
      expect(($(day, '[part="action"]') as HTMLAnchorElement | null)?.href ?? null).to.not.equal(
        new URL('/share.html', location.href).href,
      );
    });

    it('fires a cancelable gcm-campaign-action; cancelling stops the navigation', async () => {
      const el = await banner({ campaign: CALL, now: '2024-06-01' });
      const link = $(el, '[part="action"]') as HTMLAnchorElement;
      const cancel = (e: Event) => e.preventDefault();
      let prevented: boolean | undefined;
      const record = (e: Event) => {
        prevented = e.defaultPrevented;
        e.preventDefault(); // the test page must not navigate away
      };
      document.addEventListener('gcm-campaign-action', cancel);
      document.addEventListener('click', record);
      try {
        const fired = next<CampaignActionDetail>(el, 'gcm-campaign-action');
        link.click();
        const event = await fired;
        expect(event.detail.url).to.equal(
          'https://migrationnetwork.un.org/hub/repository-of-practices',
        );
        expect(event.detail.campaign.id).to.equal(CALL);
        expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
        expect(prevented, 'cancelled: no navigation').to.equal(true);

        document.removeEventListener('gcm-campaign-action', cancel);
        const again = next(el, 'gcm-campaign-action');
        link.click();
        await again;
        expect(prevented, 'not cancelled: the link navigates').to.equal(false);

        // A modified click (new tab) is reported but does what the visitor asked.
        document.addEventListener('gcm-campaign-action', cancel);
        const modified = next(el, 'gcm-campaign-action');
        link.dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }),
        );
        await modified;
        expect(prevented).to.equal(false);
      } finally {
        document.removeEventListener('gcm-campaign-action', cancel);
        document.removeEventListener('click', record);
      }
    });
  });

  describe('when the API fails', () => {
    async function failing(api: string, client?: ReturnType<typeof createBaseClient>) {
      const el = document.createElement('gcm-campaign-banner');
      el.setAttribute('api', api);
      el.setAttribute('now', '2026-07-18');
      if (client) el.client = client;
      const failed = next<{ error: Error }>(el, 'gcm-error');
      const container = await fixture<HTMLElement>(html`<div></div>`);
      container.append(el);
      const event = await failed;
      await el.updateComplete;
      expectNothing(el);
      expect(shadow(el).children.length, 'no error box, no retry button').to.equal(0);
      return event.detail.error;
    }

    it('renders nothing and reports gcm-error when the API is down', async () => {
      const { downUrl } = await testEnv();
      const error = await failing(downUrl);
      expect(error.name).to.match(/Network/);
    });

    it('renders nothing and reports gcm-error on a 500', async () => {
      const error = (await failing(hostile('500'))) as Error & { status?: number };
      expect(error.status).to.equal(500);
    });

    it('renders nothing and reports gcm-error on junk', async () => {
      await failing(hostile('junk'));
    });

    it('renders nothing and reports gcm-error on a timeout', async () => {
      const client = createBaseClient({ baseUrl: hostile('slow'), timeout: 200, retry: false });
      const error = await failing(hostile('slow'), client);
      expect(error.name).to.match(/Timeout/);
    });

    it('takes no space while loading', async () => {
      const el = document.createElement('gcm-campaign-banner');
      el.setAttribute('api', hostile('slow'));
      el.setAttribute('now', '2026-07-18');
      const container = await fixture<HTMLElement>(html`<div></div>`);
      container.append(el);
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      expect(container.getBoundingClientRect().height).to.equal(0);
      await until(() => visible(el), 'loaded');
      expect(container.getBoundingClientRect().height).to.be.greaterThan(40);
    });
  });

  describe('data is text', () => {
    const template = campaigns.find((c) => c.id === `${WORLD_DAY}-2026`) as Campaign;
    const serving = (list: unknown) =>
      createBaseClient({
        baseUrl: 'https://campaigns.example.org',
        retry: false,
        fetch: async () =>
          new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }),
      });
    const listOf = (data: unknown[]) => {
      const self = 'https://campaigns.example.org/v1/campaigns';
      return {
        data,
        meta: { total: data.length, page: 1, pageSize: 100, pageCount: 1 },
        links: { self, first: self, last: self, prev: null, next: null },
        facets: {},
      };
    };

    it('renders markup in titles, themes and labels as inert text', async () => {
      const el = document.createElement('gcm-campaign-banner');
      el.setAttribute('now', '2026-07-18');
      el.client = serving(
        listOf([
          {
            ...template,
            title: '<img src=x onerror="window.__gcmHostile = true">Hostile day',
            theme: '<style>:host{display:none}</style>theme',
            callToAction: { label: '<b>bold</b> label', url: 'https://example.org/' },
          },
        ]),
      );
      const container = await fixture<HTMLElement>(html`<div></div>`);
      container.append(el);
      await settled(el);
      expect(shadow(el).querySelector('img, style, b')).to.equal(null);
      expect(text($(el, '[part="title"]'))).to.contain('<img src=x');
      expect(text($(el, '[part="theme"]'))).to.equal('<style>:host{display:none}</style>theme');
      expect(getComputedStyle(el).display).to.equal('block');
      expect((window as { __gcmHostile?: boolean }).__gcmHostile).to.equal(undefined);
    });

    it('refuses a call to action that is not an http(s) link', async () => {
      const el = document.createElement('gcm-campaign-banner');
      el.setAttribute('now', '2026-07-18');
      el.client = serving(
        listOf([{ ...template, callToAction: { label: 'Go', url: 'javascript:alert(1)' } }]),
      );
      const failed = next(el, 'gcm-error');
      const container = await fixture<HTMLElement>(html`<div></div>`);
      container.append(el);
      await failed;
      await el.updateComplete;
      expectNothing(el);
    });
  });

  describe('languages', () => {
    it('speaks French', async () => {
      const day = await banner({ campaign: WORLD_DAY, now: '2026-07-18', lang: 'fr' });
      expect(countdown(day)).to.equal('dans 12 jours');
      expect(text($(day, 'time'))).to.equal('30 juillet 2026');
      const tomorrow = await banner({ campaign: WORLD_DAY, now: '2026-07-29', lang: 'fr' });
      expect(countdown(tomorrow)).to.equal('demain');
      const call = await banner({ campaign: CALL, now: '2024-06-01', lang: 'fr' });
      expect(text($(call, '[part="when"]'))).to.equal(
        'Date limite : 24 juin 2024 23 jours restants',
      );
      const one = await banner({ campaign: CALL, now: '2024-06-23', lang: 'fr' });
      expect(countdown(one)).to.equal('1 jour restant');
      const last = await banner({ campaign: CALL, now: '2024-06-24', lang: 'fr' });
      expect(countdown(last)).to.equal('Clôture aujourd’hui');
    });

    it('speaks Spanish', async () => {
      const day = await banner({ campaign: WORLD_DAY, now: '2026-07-18', lang: 'es' });
      expect(countdown(day)).to.equal('dentro de 12 días');
      expect(text($(day, 'time'))).to.equal('30 de julio de 2026');
      const today = await banner({ campaign: WORLD_DAY, now: '2026-07-30', lang: 'es' });
      expect(countdown(today)).to.equal('hoy');
      const call = await banner({ campaign: CALL, now: '2024-06-01', lang: 'es' });
      expect(text($(call, '[part="when"]'))).to.equal(
        'Fecha límite: 24 de junio de 2024 Quedan 23 días',
      );
      const one = await banner({ campaign: CALL, now: '2024-06-23', lang: 'es' });
      expect(countdown(one)).to.equal('Queda 1 día');
      const last = await banner({ campaign: CALL, now: '2024-06-24', lang: 'es' });
      expect(countdown(last)).to.equal('Hoy es el último día');
    });

    // Digits are Intl's for `ar` (Latin in current CLDR), as everywhere else in the kit.
    it('speaks Arabic, right to left, with relative days and dates from Intl', async () => {
      const day = await banner({ campaign: WORLD_DAY, now: '2026-07-18', lang: 'ar' });
      const box = $(day, '[part="banner"]') as HTMLElement;
      expect(box.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(box).direction).to.equal('rtl');
      expect(countdown(day)).to.equal('خلال 12 يومًا');
      expect(text($(day, 'time'))).to.equal('30 يوليو 2026');
      expect($(day, '[part="title"]')?.getAttribute('dir'), 'English data isolated').to.equal(
        'auto',
      );
      const tomorrow = await banner({ campaign: WORLD_DAY, now: '2026-07-29', lang: 'ar' });
      expect(countdown(tomorrow)).to.equal('غدًا');
      const forms: [string, string][] = [
        ['2024-06-23', 'بقي يوم واحد'],
        ['2024-06-22', 'بقي يومان'],
        ['2024-06-19', 'بقيت 5 أيام'],
        ['2024-06-01', 'بقي 23 يومًا'],
        ['2024-06-24', 'اليوم هو آخر يوم'],
      ];
      for (const [now, expected] of forms) {
        const el = await banner({ campaign: CALL, now, lang: 'ar' });
        expect(countdown(el), now).to.equal(expected);
      }
      const call = await banner({ campaign: CALL, now: '2024-06-01', lang: 'ar' });
      expect(text($(call, '[part="when"]'))).to.match(/^الموعد النهائي: 24 يونيو 2024 /);
    });

    it('follows a change of lang on an ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="es">
        <gcm-campaign-banner campaign=${WORLD_DAY} now="2026-07-29"></gcm-campaign-banner>
      </div>`);
      const el = wrapper.querySelector('gcm-campaign-banner') as GcmCampaignBanner;
      await settled(el);
      expect(countdown(el)).to.equal('mañana');
      wrapper.setAttribute('lang', 'fr');
      await until(() => countdown(el) === 'demain', 're-rendered in French');
    });
  });

  describe('appearance', () => {
    it('reads the shared tokens and its own, and has an urgent variant', async () => {
      const el = await banner({ campaign: CALL, now: '2024-06-01' });
      const box = $(el, '[part="banner"]') as HTMLElement;
      el.style.setProperty('--gcm-color-surface-alt', 'rgb(250, 240, 230)');
      expect(getComputedStyle(box).backgroundColor).to.equal('rgb(250, 240, 230)');
      el.style.setProperty('--gcm-campaign-banner-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(box).backgroundColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--gcm-campaign-banner-radius', '0px');
      expect(getComputedStyle(box).borderTopLeftRadius).to.equal('0px');

      const urgent = await banner({ campaign: CALL, now: '2024-06-24', variant: 'urgent' });
      const red = $(urgent, '[part="banner"]') as HTMLElement;
      expect(getComputedStyle(red).backgroundColor).to.equal('rgb(168, 35, 27)');
      expect(getComputedStyle(red).color).to.equal('rgb(255, 255, 255)');
      expect(red.getAttribute('role'), 'not a live alert').to.equal(null);
      expect(red.localName).to.equal('section');
      expect(red.getAttribute('aria-labelledby')).to.equal('title');
    });

    it('animates its entrance only without prefers-reduced-motion', async () => {
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
        const moving = await banner({ campaign: CALL, now: '2024-06-01' });
        expect(
          getComputedStyle($(moving, '[part="banner"]') as HTMLElement).animationName,
        ).to.equal('gcm-banner-in');
        await emulateMedia({ reducedMotion: 'reduce' });
        const still = await banner({ campaign: CALL, now: '2024-06-01' });
        expect(getComputedStyle($(still, '[part="banner"]') as HTMLElement).animationName).to.equal(
          'none',
        );
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('switches to system colours in forced-colors mode', async () => {
      try {
        await emulateMedia({ forcedColors: 'active' });
        const el = await banner({ campaign: CALL, now: '2024-06-01' });
        const box = $(el, '[part="banner"]') as HTMLElement;
        expect(getComputedStyle(box).borderTopStyle).to.equal('solid');
        expect(
          getComputedStyle($(el, '[part="countdown"]') as HTMLElement).borderTopStyle,
        ).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('accessibility', () => {
    const states: [string, Record<string, string>][] = [
      ['countdown', { campaign: WORLD_DAY, now: '2026-07-18' }],
      ['today', { campaign: `${WORLD_DAY}-2024`, now: '2024-07-30' }],
      ['open', { campaign: CALL, now: '2024-06-01' }],
      ['last day, urgent', { campaign: CALL, now: '2024-06-24', variant: 'urgent' }],
      ['countdown, dark', { campaign: WORLD_DAY, now: '2026-07-29', theme: 'dark' }],
      [
        'open, dark and urgent',
        { campaign: CALL, now: '2024-06-10', theme: 'dark', variant: 'urgent' },
      ],
    ];
    for (const lang of ['en', 'ar']) {
      for (const [name, attrs] of states) {
        it(`has no axe violations (${name}, ${lang})`, async () => {
          const el = await banner({ ...attrs, lang });
          expect(visible(el)).to.equal(true);
          // The banner fades in from transparent, and axe checks no contrast of text it sees as
          // invisible: wait until it is fully shown.
          await Promise.all(
            shadow(el)
              .getAnimations()
              .map((a) => a.finished),
          );
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
