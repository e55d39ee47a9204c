import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  deepActiveElement,
  hostile,
  next,
  setHostileSwitch,
  shadow,
  testEnv,
  text,
  until,
} from '../../../test/helpers.js';
import '../../define.js';
import type { PracticeSelectDetail, ResultsDetail } from '../../shared/events.js';
import { pageWindow } from '../../shared/pagination.js';
import type { GcmPracticeCard } from '../practice-card/practice-card.js';
import type { GcmPractices } from './practices.js';

/** Objective 10 holds 21 practices in the curated dataset. */
const OBJECTIVE_10_TOTAL = 21;

function cards(el: GcmPractices): GcmPracticeCard[] {
  return $$(el, 'gcm-practice-card') as GcmPracticeCard[];
}

function titles(el: GcmPractices): string[] {
  return cards(el).map((c) => text(shadow(c).querySelector('[part="title"]')));
}

function status(el: GcmPractices): string {
  return text($(el, '[part="status"]'));
}

/** Create the element and wait for its first results. */
async function loaded(template: ReturnType<typeof html>): Promise<GcmPractices> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('gcm-practices') as GcmPractices;
  await settled(el);
  return el;
}

/** Wait until no request is pending and the cards have rendered. */
async function settled(el: GcmPractices) {
  // Let a pending property change start its request first.
  await el.updateComplete;
  await until(
    () => $(el, '.results-region')?.getAttribute('aria-busy') === 'false',
    'results settled',
  );
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

function select(el: GcmPractices, control: string): HTMLSelectElement {
  const found = $(el, `select[id$="-${control}"]`);
  if (!found) throw new Error(`no ${control} select`);
  return found as HTMLSelectElement;
}

/** Pick an option as a pointer user would: set the value, fire change. */
function choose(el: GcmPractices, control: string, value: string) {
  const s = select(el, control);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
}

function optionValues(el: GcmPractices, control: string): string[] {
  return [...select(el, control).options].map((o) => o.value);
}

/** Press Tab until focus lands on `target` (deep), failing after `max` presses. */
async function tabTo(target: Element, max = 40) {
  for (let i = 0; i < max; i++) {
    if (deepActiveElement() === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
}

describe('<gcm-practices>', () => {
  describe('with real data', () => {
    it('lists objective 10 practices with a count, cards and pagination', async () => {
      const el = await loaded(html`<gcm-practices objective="10"></gcm-practices>`);
      expect(status(el)).to.equal(`${OBJECTIVE_10_TOTAL} practices found`);
      expect(cards(el)).to.have.length(12);
      expect(titles(el).every((t) => t.length > 0)).to.equal(true);
      const nav = $(el, 'nav[part="pagination"]') as HTMLElement;
      expect(nav.getAttribute('aria-label')).to.equal('Pages');
      expect($(el, '[aria-current="page"]')?.getAttribute('aria-label')).to.equal('Page 1');
      await expect(el).to.be.accessible();
    });

    it('announces the result count politely', async () => {
      const el = await loaded(html`<gcm-practices objective="10" filters="none"></gcm-practices>`);
      const live = $(el, '[part="status"]') as HTMLElement;
      expect(live.getAttribute('role')).to.equal('status');
      expect(status(el)).to.equal('21 practices found');
    });

    it('fires gcm-results with total, page and query', async () => {
      const el = document.createElement('gcm-practices');
      el.setAttribute('objective', '10');
      el.setAttribute('page-size', '5');
      const results = next<ResultsDetail>(el, 'gcm-results');
      document.body.append(el);
      try {
        const { detail } = await results;
        expect(detail.total).to.equal(OBJECTIVE_10_TOTAL);
        expect(detail.page).to.equal(1);
        expect(detail.pageCount).to.equal(5);
        expect(detail.query.objective).to.deep.equal([10]);
        expect(detail.query.pageSize).to.equal(5);
      } finally {
        el.remove();
      }
    });

    it('honours page-size and page', async () => {
      const el = await loaded(
        html`<gcm-practices objective="10" page-size="5" page="5"></gcm-practices>`,
      );
      expect(cards(el)).to.have.length(1);
      expect($(el, '[aria-current="page"]')?.getAttribute('aria-label')).to.equal('Page 5');
    });

    it('filters by the country, region, action, implementer-type and year attributes', async () => {
      const el = await loaded(html`<gcm-practices country="BRA" filters="none"></gcm-practices>`);
      expect(status(el)).to.equal('2 practices found');
      for (const c of cards(el)) {
        expect(text(shadow(c).querySelector('[part="places"]'))).to.contain('Brazil');
      }
      el.country = undefined;
      el.region = 'south-east-asia';
      await settled(el);
      expect(status(el)).to.equal('3 practices found');
      el.region = undefined;
      // No source links a curated practice to an action: the filter leaves none.
      el.action = '10e';
      await settled(el);
      expect(status(el)).to.equal('0 practices found');
      el.action = undefined;
      el.implementerType = 'government';
      await settled(el);
      const governments = cards(el).length;
      expect(governments).to.be.greaterThan(0);
      el.implementerType = undefined;
      el.yearFrom = 2014;
      el.yearTo = 2016;
      await settled(el);
      expect(titles(el).some((t) => t.startsWith('PROTECT'))).to.equal(true);
    });

    it('searches with the query attribute', async () => {
      const el = await loaded(html`<gcm-practices query="Pacaraima"></gcm-practices>`);
      expect(titles(el)).to.deep.equal(['Pacaraima Committee']);
      expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('Pacaraima');
    });

    it('shows featured practices only with featured, and a campaign with campaign', async () => {
      const el = await loaded(html`<gcm-practices featured filters="none"></gcm-practices>`);
      expect(cards(el).length).to.be.greaterThan(0);
      for (const c of cards(el)) expect(shadow(c).querySelector('[part="featured"]')).to.exist;
      el.featured = false;
      el.campaign = 'call-for-practices-2024';
      await settled(el);
      expect(titles(el)).to.include('Pacaraima Committee');
    });

    it('shows the controls listed in filters, or none', async () => {
      const el = await loaded(html`<gcm-practices filters="search,country"></gcm-practices>`);
      expect($(el, 'input[type="search"]')).to.exist;
      expect($$(el, 'select')).to.have.length(1);
      expect(select(el, 'country')).to.exist;
      el.filters = 'none';
      await el.updateComplete;
      expect($(el, 'input, select')).to.equal(null);
      el.filters = undefined;
      await settled(el);
      expect($$(el, 'select')).to.have.length(5);
      expect($$(el, 'input[type="number"]')).to.have.length(2);
      const legend = $(el, 'fieldset legend');
      expect(text(legend)).to.equal('Years');
    });

    it('labels every control and shows facet counts in the options', async () => {
      const el = await loaded(html`<gcm-practices objective="10"></gcm-practices>`);
      for (const control of $$(el, 'input, select')) {
        const label = shadow(el).querySelector(`label[for="${control.id}"]`);
        expect(text(label), `label of #${control.id}`).not.to.equal('');
      }
      const objective = select(el, 'objective');
      expect(objective.value).to.equal('10');
      expect(optionValues(el, 'objective').slice(0, 2)).to.deep.equal(['', '10']);
      expect(text(objective.selectedOptions[0])).to.equal('10. Eradicate trafficking (21)');
      const countries = [...select(el, 'country').options].map((o) => text(o));
      expect(countries[0]).to.equal('All countries');
      expect(countries).to.include('Brazil (2)');
    });

    it("names each country one way, the API's United Nations short name, in its filter and on its cards", async () => {
      const el = await loaded(
        html`<gcm-practices country="VNM,LAO,MMR" page-size="100"></gcm-practices>`,
      );
      const { apiUrl } = await testEnv();
      const taxonomies = await fetch(`${apiUrl}/v1/taxonomies`).then((r) => r.json());
      const un = new Map<string, string>(
        taxonomies.countries.map((c: { code: string; name: string }) => [c.code, c.name]),
      );
      const options = [...select(el, 'country').options];
      for (const code of ['VNM', 'LAO', 'MMR']) {
        const option = options.find((o) => o.value === code);
        expect(text(option), code).to.match(
          new RegExp(`^${un.get(code)?.replace(/[()]/g, '\\$&')} \\(\\d+\\)$`),
        );
      }
      const places = cards(el).map((c) => text(shadow(c).querySelector('[part="places"]')));
      expect(places.join(' | ')).to.contain('Viet Nam');
      expect(places.join(' | ')).to.not.match(/Vietnam|Laos\b|Burma/);
    });

    it('keeps several values of one filter attribute as a single choice', async () => {
      const el = await loaded(html`<gcm-practices objective="10,7"></gcm-practices>`);
      const objective = select(el, 'objective');
      expect(objective.value).to.equal('10,7');
      expect(text(objective.selectedOptions[0])).to.equal(
        '10. Eradicate trafficking, 7. Reduce vulnerabilities',
      );
      expect(status(el)).to.equal(`${OBJECTIVE_10_TOTAL} practices found`);
    });

    it('lays cards out as a grid or a list', async () => {
      const el = await loaded(
        html`<gcm-practices objective="10" style="width: 1000px"></gcm-practices>`,
      );
      const list = $(el, '[part="results"]') as HTMLElement;
      expect(el.getAttribute('layout')).to.equal('grid');
      expect(getComputedStyle(list).gridTemplateColumns.split(' ').length).to.be.greaterThan(1);
      el.layout = 'list';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('list');
      expect(
        getComputedStyle($(el, '[part="results"]') as HTMLElement).gridTemplateColumns.split(' '),
      ).to.have.length(1);
    });

    it('passes href-template to the cards and lets gcm-practice-select bubble out', async () => {
      const el = await loaded(
        html`<gcm-practices query="Pacaraima" filters="none"></gcm-practices>`,
      );
      const card = cards(el)[0] as GcmPracticeCard;
      const selected = next<PracticeSelectDetail>(document.body, 'gcm-practice-select');
      (shadow(card).querySelector('button[part="link"]') as HTMLButtonElement).click();
      const event = await selected;
      expect(event.detail.id).to.equal('pacaraima-committee');
      expect(event.target).to.equal(el);
      el.hrefTemplate = '/practices/{id}';
      await el.updateComplete;
      await card.updateComplete;
      expect(shadow(card).querySelector('a')?.getAttribute('href')).to.equal(
        '/practices/pacaraima-committee',
      );
    });
  });

  describe('by pointer', () => {
    it('filters with a select, clears filters, and pages with buttons', async () => {
      const el = await loaded(html`<gcm-practices objective="10"></gcm-practices>`);
      choose(el, 'country', 'BRA');
      await settled(el);
      expect(status(el)).to.equal('2 practices found');
      expect(select(el, 'country').value).to.equal('BRA');
      ($(el, '[part~="clear-button"]') as HTMLButtonElement).click();
      await settled(el);
      expect(el.objective).to.equal(undefined);
      expect(select(el, 'country').value).to.equal('');

      choose(el, 'objective', '10');
      await settled(el);
      const firstPage = titles(el);
      ($(el, '[part~="next"]') as HTMLButtonElement).click();
      await settled(el);
      expect($(el, '[aria-current="page"]')?.getAttribute('aria-label')).to.equal('Page 2');
      expect(cards(el)).to.have.length(OBJECTIVE_10_TOTAL - 12);
      expect(titles(el)).not.to.include(firstPage[0]);
      expect($(el, '[part~="next"]')?.getAttribute('aria-disabled')).to.equal('true');
      ($(el, 'button[aria-label="Page 1"]') as HTMLButtonElement).click();
      await settled(el);
      expect(titles(el)).to.deep.equal(firstPage);
    });

    it('searches after a pause in typing, in one request', async () => {
      const el = await loaded(html`<gcm-practices objective="10"></gcm-practices>`);
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      let requests = 0;
      el.addEventListener('gcm-results', () => requests++);
      const typing = performance.now();
      // Keystrokes as fast as they come: each one restarts the pause.
      for (const value of ['P', 'Pa', 'Pac', 'Paca', 'Pacaraima']) {
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }
      expect(el.query).to.equal(undefined);
      await until(() => el.query === 'Pacaraima', 'search applied after the pause');
      // Not before the 300 ms pause; a busy machine can only make it later.
      expect(performance.now() - typing).to.be.at.least(300);
      await settled(el);
      expect(requests).to.equal(1);
      expect(el.query).to.equal('Pacaraima');
      expect(titles(el)).to.deep.equal(['Pacaraima Committee']);
    });
  });

  describe('by keyboard alone', () => {
    it('searches, filters and pages without a pointer', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="before">before</button><gcm-practices objective="10"></gcm-practices></div>`,
      );
      const el = wrapper.querySelector('gcm-practices') as GcmPractices;
      await settled(el);
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();

      // Search: Tab into the field, type, press Enter.
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      await tabTo(input);
      await sendKeys({ type: 'trafficking' });
      await sendKeys({ press: 'Enter' });
      await until(() => el.query === 'trafficking', 'search applied');
      await settled(el);
      const found = Number(status(el).split(' ')[0]);
      expect(found).to.be.greaterThan(0);

      // Filter: Tab to the country select, choose the next option with the arrow key.
      const country = select(el, 'country');
      await tabTo(country);
      await sendKeys({ press: 'ArrowDown' });
      await until(() => el.country !== undefined, 'country chosen by keyboard');
      await settled(el);
      expect(country.value).to.equal(el.country);
      expect(Number(status(el).split(' ')[0])).to.be.at.most(found);

      // Clear with Enter on the "Clear filters" button.
      const clear = $(el, '.filters [part~="clear-button"]') as HTMLButtonElement;
      await tabTo(clear);
      await sendKeys({ press: 'Enter' });
      await until(() => el.country === undefined && el.query === undefined, 'cleared');
      await settled(el);

      // Back to objective 10 with the keyboard, then page.
      const objective = select(el, 'objective');
      objective.focus();
      while (objective.value !== '10') await sendKeys({ press: 'ArrowDown' });
      await until(() => el.objective === '10', 'objective chosen');
      await settled(el);
      const next = $(el, '[part~="next"]') as HTMLButtonElement;
      await tabTo(next);
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '[aria-current="page"]')?.getAttribute('aria-label') === 'Page 2');
      await settled(el);
      // Focus moves to the new results so reading continues from the top.
      await until(() => deepActiveElement() === $(el, '.results-region'), 'focus on results');
      const page1 = $(el, 'button[aria-label="Page 1"]') as HTMLButtonElement;
      await tabTo(page1);
      await sendKeys({ press: 'Space' });
      await until(() => $(el, '[aria-current="page"]')?.getAttribute('aria-label') === 'Page 1');
    });
  });

  describe('states', () => {
    it('shows a skeleton with aria-busy while loading', async () => {
      const el = await fixture<GcmPractices>(
        html`<gcm-practices api=${hostile('slow')} objective="10"></gcm-practices>`,
      );
      const region = $(el, '.results-region') as HTMLElement;
      expect(region.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part~="skeleton"]')?.getAttribute('aria-hidden')).to.equal('true');
      expect(status(el)).to.equal('Loading practices…');
      await expect(el).to.be.accessible();
      await settled(el);
      expect(cards(el)).to.have.length(12);
    });

    it('shows an empty state with a way out', async () => {
      const el = await loaded(html`<gcm-practices query="zzzzqqqq"></gcm-practices>`);
      expect(status(el)).to.equal('0 practices found');
      expect(text($(el, '[part="empty"]'))).to.contain('No practices match your search.');
      await expect(el).to.be.accessible();
      ($(el, '[part="empty"] [part~="clear-button"]') as HTMLButtonElement).click();
      await settled(el);
      expect(cards(el).length).to.be.greaterThan(0);
    });

    it('explains a refused connection and fires gcm-error', async () => {
      const { downUrl } = await testEnv();
      const el = document.createElement('gcm-practices');
      el.api = downUrl;
      const failed = next<{ error: Error }>(el, 'gcm-error');
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail.error.name).to.equal('NetworkError');
        await until(() => $(el, '[part="error"]'), 'error state');
        expect(text($(el, '.error-message'))).to.equal(
          'The practices service could not be reached. Check your connection and try again.',
        );
      } finally {
        el.remove();
      }
    });

    it('explains a server error without rendering its markup', async () => {
      const el = await fixture<GcmPractices>(
        html`<gcm-practices api=${hostile('500')}></gcm-practices>`,
      );
      await until(() => $(el, '[part="error"]'), 'error state');
      expect(text($(el, '.error-message'))).to.equal(
        'The practices service reported an error (500).',
      );
      expect(text($(el, '.error-detail p'))).to.contain('<b>The catalogue</b> is unavailable.');
      expect($(el, '[part="error"] b')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('explains a body that is not JSON', async () => {
      const el = await fixture<GcmPractices>(
        html`<gcm-practices api=${hostile('junk')}></gcm-practices>`,
      );
      await until(() => $(el, '[part="error"]'), 'error state');
      expect(text($(el, '.error-message'))).to.equal(
        'The practices service sent an answer this page cannot read.',
      );
    });

    it('recovers with "Try again" once the service is back', async () => {
      await setHostileSwitch(false);
      const el = await fixture<GcmPractices>(
        html`<gcm-practices api=${hostile('switch')} objective="10"></gcm-practices>`,
      );
      await until(() => $(el, '[part="error"]'), 'error state');
      await setHostileSwitch(true);
      try {
        const retry = $(el, '[part~="retry-button"]') as HTMLButtonElement;
        retry.focus();
        await sendKeys({ press: 'Enter' });
        await settled(el);
        expect(status(el)).to.equal(`${OBJECTIVE_10_TOTAL} practices found`);
        expect(cards(el)).to.have.length(12);
      } finally {
        await setHostileSwitch(false);
      }
    });

    it('renders markup in titles and summaries as inert text', async () => {
      const el = await loaded(html`<gcm-practices api=${hostile('html')}></gcm-practices>`);
      expect(titles(el)).to.deep.equal([
        '<img src=x onerror="window.__gcmHostile = true">Image title',
        '<script>window.__gcmHostile = true</script>Script title',
      ]);
      const roots = [shadow(el), ...cards(el).map((c) => shadow(c))];
      for (const root of roots) {
        expect(root.querySelector('img, script, style, b, i, a[href^="javascript"]')).to.equal(
          null,
        );
      }
      const summary = shadow(cards(el)[0] as Element).querySelector('[part="summary"]');
      expect(text(summary)).to.equal(
        '<b onmouseover="window.__gcmHostile = true">bold</b> summary & <i>more</i>',
      );
      expect((window as { __gcmHostile?: boolean }).__gcmHostile).to.equal(undefined);
    });

    it('aborts a stale request when the filters change again', async () => {
      const el = await fixture<GcmPractices>(
        html`<gcm-practices api=${hostile('slow')} objective="10" filters="none"></gcm-practices>`,
      );
      const events: ResultsDetail[] = [];
      el.addEventListener('gcm-results', (e) =>
        events.push((e as CustomEvent<ResultsDetail>).detail),
      );
      await until(
        () => $(el, '.results-region')?.getAttribute('aria-busy') === 'true',
        'first request in flight',
      );
      el.country = 'BRA';
      await settled(el);
      expect(events.map((d) => d.query.country)).to.deep.equal([['BRA']]);
      expect(status(el)).to.equal('2 practices found');
    });

    it('reports a malformed api address instead of breaking', async () => {
      const el = await fixture<GcmPractices>(html`<gcm-practices api="http://"></gcm-practices>`);
      await until(() => $(el, '[part="error"]'), 'error state');
      expect(text($(el, '.error-message'))).to.equal(
        'Something went wrong while loading practices.',
      );
      expect(text($(el, '.error-detail p'))).to.contain('baseUrl');
    });

    it('resumes a request interrupted by moving the element', async () => {
      const el = await fixture<GcmPractices>(
        html`<gcm-practices api=${hostile('slow')} objective="10"></gcm-practices>`,
      );
      const errors: unknown[] = [];
      el.addEventListener('gcm-error', (e) => errors.push(e));
      const parent = el.parentElement as HTMLElement;
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      parent.append(el);
      await settled(el);
      expect(cards(el)).to.have.length(12);
      expect(errors).to.have.length(0);
    });

    it('goes back to page 1 when the page asked for does not exist', async () => {
      const el = await loaded(html`<gcm-practices objective="10" page="99"></gcm-practices>`);
      expect(el.page).to.equal(1);
      expect(cards(el)).to.have.length(12);
    });
  });

  describe('sync-url', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('reads filters from the query string and writes changes back', async () => {
      const url = new URL(location.href);
      url.searchParams.set('gcm-q', 'Pacaraima');
      url.searchParams.set('keep', 'me');
      history.replaceState(null, '', url);
      const el = await loaded(html`<gcm-practices sync-url></gcm-practices>`);
      expect(titles(el)).to.deep.equal(['Pacaraima Committee']);
      ($(el, 'input[type="search"]') as HTMLInputElement).value = '';
      ($(el, 'form') as HTMLFormElement).requestSubmit();
      choose(el, 'country', 'BRA');
      await settled(el);
      const params = new URL(location.href).searchParams;
      expect(params.get('gcm-q')).to.equal(null);
      expect(params.get('gcm-country')).to.equal('BRA');
      expect(params.get('keep')).to.equal('me');
    });

    it('namespaces the keys with its value and leaves the URL alone without it', async () => {
      const el = await loaded(html`<gcm-practices sync-url="a" objective="10"></gcm-practices>`);
      ($(el, '[part~="next"]') as HTMLButtonElement).click();
      await settled(el);
      let params = new URL(location.href).searchParams;
      expect(params.get('gcm-a-page')).to.equal('2');
      // The page's own objective="10" is not repeated in the URL…
      expect(params.get('gcm-a-objective')).to.equal(null);
      // …but removing it is recorded, and read back by a fresh element.
      choose(el, 'objective', '');
      await settled(el);
      params = new URL(location.href).searchParams;
      expect(params.get('gcm-a-objective')).to.equal('');
      expect(params.get('gcm-a-page')).to.equal(null);
      const again = await loaded(html`<gcm-practices sync-url="a" objective="10"></gcm-practices>`);
      expect(again.objective).to.equal(undefined);
      expect(status(again)).to.equal(status(el));
      history.replaceState(null, '', original);
      const plain = await loaded(html`<gcm-practices objective="10"></gcm-practices>`);
      choose(plain, 'country', 'BRA');
      await settled(plain);
      expect(location.href).to.equal(original);
    });
  });

  describe('languages', () => {
    it('speaks French, Spanish and Arabic, each element its own', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <gcm-practices lang="fr" objective="10"></gcm-practices>
        <gcm-practices lang="es" objective="10"></gcm-practices>
        <gcm-practices lang="ar" objective="10"></gcm-practices>
        <gcm-practices objective="10"></gcm-practices>
      </div>`);
      const [fr, es, ar, en] = [...wrapper.querySelectorAll('gcm-practices')] as GcmPractices[];
      await Promise.all([fr, es, ar, en].map((e) => settled(e as GcmPractices)));
      expect(status(fr as GcmPractices)).to.equal('21 pratiques trouvées');
      expect(status(es as GcmPractices)).to.equal('21 prácticas encontradas');
      expect(status(ar as GcmPractices)).to.equal('عُثر على 21 ممارسة');
      expect(status(en as GcmPractices)).to.equal('21 practices found');
      expect(text($(fr as GcmPractices, 'label'))).to.equal('Rechercher des pratiques');
      expect(text($(es as GcmPractices, '[part~="next"]'))).to.equal('Siguiente›');
      // Cards follow their catalogue's language.
      const frCard = cards(fr as GcmPractices)[0] as GcmPracticeCard;
      expect(text(shadow(frCard).querySelector('dt'))).to.equal('Mis en œuvre par');
      const arCard = cards(ar as GcmPractices)[0] as GcmPracticeCard;
      expect(text(shadow(arCard).querySelector('dt'))).to.equal('الجهة المنفذة');
    });

    it('lays Arabic out right to left', async () => {
      const el = await loaded(html`<gcm-practices lang="ar" objective="10"></gcm-practices>`);
      const root = $(el, '.root') as HTMLElement;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(root.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(root).direction).to.equal('rtl');
      const card = cards(el)[0] as GcmPracticeCard;
      expect(
        getComputedStyle(shadow(card).querySelector('[part="card"]') as Element).direction,
      ).to.equal('rtl');
      // Start of the row is on the right: Previous sits right of Next.
      const prev = ($(el, '[part~="previous"]') as HTMLElement).getBoundingClientRect();
      const nextButton = ($(el, '[part~="next"]') as HTMLElement).getBoundingClientRect();
      expect(prev.left).to.be.greaterThan(nextButton.left);
      await expect(el).to.be.accessible();
    });

    it('uses plural forms: Arabic has six', async () => {
      const el = await loaded(
        html`<gcm-practices lang="ar" country="BRA" filters="none"></gcm-practices>`,
      );
      expect(status(el)).to.equal('عُثر على 2 ممارسة');
      el.country = 'VEN';
      await settled(el);
      expect(status(el)).to.equal('عُثر على 1 ممارسة');
      el.country = undefined;
      el.region = 'south-east-asia';
      await settled(el);
      expect(status(el)).to.equal('عُثر على 3 ممارسات');
      el.region = undefined;
      el.query = 'zzzzqqqq';
      await settled(el);
      expect(status(el)).to.equal('لم يُعثر على أي ممارسة');
    });

    it('follows <html lang> and changes language when it changes', async () => {
      const html_ = document.documentElement;
      html_.lang = 'es';
      try {
        const el = await loaded(
          html`<gcm-practices objective="10" filters="none"></gcm-practices>`,
        );
        expect(status(el)).to.equal('21 prácticas encontradas');
        html_.lang = 'fr';
        await until(() => status(el) === '21 pratiques trouvées', 'follows <html lang>');
      } finally {
        html_.lang = 'en';
      }
    });
  });

  describe('theming', () => {
    it('applies --gcm-color-primary inside the shadow root', async () => {
      const el = await loaded(html`<gcm-practices objective="10"></gcm-practices>`);
      const button = $(el, '[part~="search-button"]') as HTMLElement;
      const before = getComputedStyle(button).backgroundColor;
      el.style.setProperty('--gcm-color-primary', 'rgb(0, 128, 0)');
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 128, 0)');
      expect(before).not.to.equal('rgb(0, 128, 0)');
      // The cards inherit it too.
      const card = cards(el)[0] as GcmPracticeCard;
      const number = shadow(card).querySelector('[part="badge-number"]') as Element;
      expect(getComputedStyle(number).backgroundColor).to.equal('rgb(0, 128, 0)');
    });

    it('exposes parts to ::part() styling, including the cards’ exported parts', async () => {
      const style = document.createElement('style');
      style.textContent = `
        .themed::part(status) { color: rgb(1, 2, 3); }
        .themed::part(card-title) { letter-spacing: 3px; }`;
      document.head.append(style);
      try {
        const el = await loaded(
          html`<gcm-practices class="themed" objective="10"></gcm-practices>`,
        );
        expect(getComputedStyle($(el, '[part="status"]') as Element).color).to.equal(
          'rgb(1, 2, 3)',
        );
        const card = cards(el)[0] as GcmPracticeCard;
        const title = shadow(card).querySelector('[part="title"]') as Element;
        expect(getComputedStyle(title).letterSpacing).to.equal('3px');
      } finally {
        style.remove();
      }
    });

    it('is not broken by page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = 'button, select, input, li { display: none !important; color: red; }';
      document.head.append(style);
      try {
        const el = await loaded(html`<gcm-practices objective="10"></gcm-practices>`);
        expect(getComputedStyle($(el, 'select') as Element).display).not.to.equal('none');
        expect(getComputedStyle($(el, '.results > li') as Element).display).not.to.equal('none');
      } finally {
        style.remove();
      }
    });

    it('has light, dark and auto schemes', async () => {
      // A dark page, as a partner choosing theme="dark" would have.
      const wrapper = await fixture<HTMLElement>(
        html`<div style="background: #000; color: #fff"><gcm-practices objective="10" theme="dark"></gcm-practices></div>`,
      );
      const el = wrapper.querySelector('gcm-practices') as GcmPractices;
      await settled(el);
      const input = $(el, 'input[type="search"]') as Element;
      expect(getComputedStyle(input).backgroundColor).to.equal('rgb(22, 26, 31)');
      const card = cards(el)[0] as GcmPracticeCard;
      expect(card.getAttribute('theme')).to.equal('dark');
      await expect(el).to.be.accessible();
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(input).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('follows the system colour scheme with theme="auto"', async () => {
      const el = await loaded(html`<gcm-practices objective="10" theme="auto"></gcm-practices>`);
      const input = $(el, 'input[type="search"]') as Element;
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(getComputedStyle(input).backgroundColor).to.equal('rgb(22, 26, 31)');
        await emulateMedia({ colorScheme: 'light' });
        expect(getComputedStyle(input).backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'no-preference' });
      }
    });

    it('uses system colours in forced-colors mode', async () => {
      const el = await loaded(html`<gcm-practices objective="10"></gcm-practices>`);
      const card = cards(el)[0] as GcmPracticeCard;
      const badge = shadow(card).querySelector('[part="badge"]') as Element;
      try {
        await emulateMedia({ forcedColors: 'active' });
        expect(getComputedStyle(badge).borderTopStyle).to.equal('solid');
        const current = $(el, '[aria-current="page"]') as Element;
        expect(getComputedStyle(current).outlineStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
      expect(getComputedStyle(badge).borderTopStyle).to.equal('none');
    });

    it('shows a visible focus ring and keeps targets at least 24px', async () => {
      const el = await loaded(html`<gcm-practices objective="10"></gcm-practices>`);
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      input.focus();
      // Back to the input from the next control: a keyboard focus, without leaving the page
      // (Shift+Tab from the first control gives the focus to Firefox's own toolbar).
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      const ring = getComputedStyle(input);
      expect(ring.outlineStyle).to.equal('solid');
      expect(Number.parseFloat(ring.outlineWidth)).to.be.at.least(2);
      for (const target of $$(el, 'button, select, input')) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
        expect(box.width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en', 'ar']) {
      it(`has no violations loaded, empty and in error, in ${lang}`, async () => {
        const el = await loaded(html`<gcm-practices lang=${lang} objective="10"></gcm-practices>`);
        await expect(el).to.be.accessible();
        const empty = await loaded(
          html`<gcm-practices lang=${lang} query="zzzzqqqq"></gcm-practices>`,
        );
        await expect(empty).to.be.accessible();
        const { downUrl } = await testEnv();
        const failed = await fixture<GcmPractices>(
          html`<gcm-practices lang=${lang} api=${downUrl}></gcm-practices>`,
        );
        await until(() => $(failed, '[part="error"]'), 'error state');
        await expect(failed).to.be.accessible();
      });

      it(`has no violations while loading, in ${lang}`, async () => {
        const el = await fixture<GcmPractices>(
          html`<gcm-practices lang=${lang} api=${hostile('slow')}></gcm-practices>`,
        );
        expect($(el, '.results-region')?.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
      });
    }
  });

  it('pageWindow keeps the ends, the neighbours and gaps', () => {
    expect(pageWindow(1, 1)).to.deep.equal([1]);
    expect(pageWindow(1, 0)).to.deep.equal([]);
    expect(pageWindow(1, 5)).to.deep.equal([1, 2, 'gap', 5]);
    expect(pageWindow(3, 5)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(pageWindow(10, 20)).to.deep.equal([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pageWindow(20, 20)).to.deep.equal([1, 'gap', 19, 20]);
  });
});
