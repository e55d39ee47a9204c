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
import { httpUrl } from '../../shared/http-url.js';
import type { GcmPractices } from '../practices/practices.js';
import type { GcmResources, ResourceResultsDetail } from './resources.js';

/** The curated library: the seed's six publications and the Knowledge Uptake piece. */
const LIBRARY_TOTAL = 7;
const KNOWLEDGE_UPTAKE = 'Knowledge Uptake: Trafficking in persons';
const BORNO_TITLE =
  'Assessment of Borno and Adamawa States for the Project on Strengthening Response Mechanisms and Accountability to Gender-Based Violence and Trafficking in Persons in North-East Nigeria';

function items(el: GcmResources): HTMLElement[] {
  return $$(el, '[part="item"]');
}

function titles(el: GcmResources): string[] {
  return $$(el, '[part="item-title"]').map((t) => text(t));
}

function item(el: GcmResources, title: string): HTMLElement {
  const found = items(el).find((i) => text(i.querySelector('[part="item-title"]')) === title);
  if (!found) throw new Error(`no item titled ${title}`);
  return found;
}

/** The item's facts as `{ term: value }`. */
function facts(el: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...el.querySelectorAll('[part="item-facts"] > div')].map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ]),
  );
}

function status(el: GcmResources): string {
  return text($(el, '[part="status"]'));
}

/** Create the element and wait for its first results. */
async function loaded(template: ReturnType<typeof html>): Promise<GcmResources> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('gcm-resources') as GcmResources;
  await settled(el);
  return el;
}

/** Wait until no request is pending and the results have rendered. */
async function settled(el: GcmResources) {
  await el.updateComplete;
  await until(
    () => $(el, '.results-region')?.getAttribute('aria-busy') === 'false',
    'results settled',
  );
  await el.updateComplete;
}

function select(el: GcmResources, control: string): HTMLSelectElement {
  const found = $(el, `select[id$="-${control}"]`);
  if (!found) throw new Error(`no ${control} select`);
  return found as HTMLSelectElement;
}

/** Pick an option as a pointer user would: set the value, fire change. */
function choose(el: GcmResources, control: string, value: string) {
  const s = select(el, control);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
}

function options(el: GcmResources, control: string): string[] {
  return [...select(el, control).options].map((o) => text(o));
}

/** Press Tab until focus lands on `target` (deep), failing after `max` presses. */
async function tabTo(target: Element, max = 40) {
  for (let i = 0; i < max; i++) {
    if (deepActiveElement() === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
}

function currentPage(el: GcmResources): string | null | undefined {
  return $(el, '[aria-current="page"]')?.getAttribute('aria-label');
}

describe('<gcm-resources>', () => {
  describe('with real data', () => {
    it('lists the library, newest first, with a count and one item per publication', async () => {
      const el = await loaded(html`<gcm-resources></gcm-resources>`);
      expect(status(el)).to.equal(`${LIBRARY_TOTAL} publications found`);
      expect(items(el)).to.have.length(LIBRARY_TOTAL);
      const shown = titles(el);
      expect(shown[0]).to.match(/^Framework Document/);
      // The Knowledge Uptake piece gives no year: last when newest come first.
      expect(shown.at(-1)).to.equal(KNOWLEDGE_UPTAKE);
      // Seven fit on one page of ten: no pagination.
      expect($(el, 'nav[part="pagination"]')).to.equal(null);
      expect($(el, '[part="status"]')?.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('shows what the library gives for each publication, and nothing it does not', async () => {
      const el = await loaded(html`<gcm-resources heading-level="4"></gcm-resources>`);
      const beneath = item(
        el,
        'Beneath the Surface - Methodological Issues in Research and Data Collection with Assisted Trafficking Victims',
      );
      expect(facts(beneath)).to.deep.equal({
        Authors: 'Rebecca Surtees and Sarah Craggs',
        Published: '2010',
        Where: 'Worldwide',
      });
      // Names from the API are isolated, so their order survives a right-to-left page.
      expect(beneath.querySelectorAll('dd bdi')).to.have.length(3);
      const heading = beneath.querySelector('[part="item-title"]') as HTMLElement;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('4');
      expect(beneath.getAttribute('aria-labelledby')).to.equal(heading.id);
      // The library lists no address, category, publisher or objective for it.
      expect(beneath.querySelector('a, [part="item-category"], [part="item-badges"]')).to.equal(
        null,
      );
      expect(text(beneath.querySelector('[part="item-summary"]'))).to.contain('NEXUS Institute');

      const hunter = item(
        el,
        'UN.GIFT, Human Trafficking and Business: Good Practices to Prevent and Combat Human Trafficking',
      );
      expect(facts(hunter).Author).to.equal('Philip Hunter');
      expect(facts(item(el, BORNO_TITLE)).Where).to.equal('Nigeria');

      const uptake = item(el, KNOWLEDGE_UPTAKE);
      expect(facts(uptake)).to.deep.equal({});
      const badge = uptake.querySelector('[part="item-badge"]') as HTMLElement;
      expect(text(badge)).to.equal('10 Objective 10: Eradicate trafficking');
      expect(uptake.querySelector('[part="item-badges"]')?.getAttribute('aria-label')).to.equal(
        'GCM objectives',
      );
    });

    it('fires gcm-results with total, page and query', async () => {
      const el = document.createElement('gcm-resources');
      el.setAttribute('page-size', '3');
      el.setAttribute('objective', '10');
      const results = next<ResourceResultsDetail>(el, 'gcm-results');
      document.body.append(el);
      try {
        const { detail } = await results;
        expect(detail.total).to.equal(1);
        expect(detail.page).to.equal(1);
        expect(detail.pageCount).to.equal(1);
        expect(detail.query.objective).to.deep.equal([10]);
        expect(detail.query.pageSize).to.equal(3);
        expect(detail.query.facets).to.deep.equal(['category', 'objective', 'region']);
      } finally {
        el.remove();
      }
    });

    it('filters by the objective, region, category, year and query attributes', async () => {
      const el = await loaded(html`<gcm-resources objective="10" filters="none"></gcm-resources>`);
      expect(titles(el)).to.deep.equal([KNOWLEDGE_UPTAKE]);
      el.objective = undefined;
      el.region = 'west-africa';
      await settled(el);
      expect(titles(el)).to.deep.equal([BORNO_TITLE]);
      el.region = undefined;
      el.yearFrom = 2017;
      el.yearTo = 2019;
      await settled(el);
      expect(status(el)).to.equal('3 publications found');
      el.yearFrom = undefined;
      el.yearTo = undefined;
      el.query = 'children';
      await settled(el);
      expect(status(el)).to.equal('2 publications found');
      el.query = undefined;
      el.category = 'report';
      await settled(el);
      // The library categorises none of its publications.
      expect(status(el)).to.equal('0 publications found');
    });

    it('shows filters with counts, and no category filter while the library has no category', async () => {
      const el = await loaded(html`<gcm-resources></gcm-resources>`);
      expect(options(el, 'region')).to.deep.equal([
        'All regions',
        'Central Africa (1)',
        'West Africa (1)',
        'Worldwide (5)',
      ]);
      expect(options(el, 'objective')).to.deep.equal([
        'All objectives',
        '10. Eradicate trafficking (1)',
      ]);
      expect($(el, 'select[id$="-category"]')).to.equal(null);
      for (const control of $$(el, 'input, select')) {
        const label = shadow(el).querySelector(`label[for="${control.id}"]`);
        expect(text(label), `label of #${control.id}`).not.to.equal('');
      }
      expect(text($(el, 'fieldset legend'))).to.equal('Years');

      // A category the page asks for is shown, so the visitor can remove it.
      const reports = await loaded(html`<gcm-resources category="report"></gcm-resources>`);
      expect(select(reports, 'category').value).to.equal('report');
      expect(text(select(reports, 'category').selectedOptions[0])).to.equal('Report');
      expect(text($(reports, '[part="empty"]'))).to.contain('No publications match your search.');
      ($(reports, '[part="empty"] [part~="clear-button"]') as HTMLButtonElement).click();
      await settled(reports);
      expect(reports.category).to.equal(undefined);
      expect(items(reports)).to.have.length(LIBRARY_TOTAL);
    });

    it('shows the controls listed in filters, or none', async () => {
      const el = await loaded(html`<gcm-resources filters="search,region"></gcm-resources>`);
      expect($(el, 'input[type="search"]')).to.exist;
      expect($$(el, 'select').map((s) => s.id.replace(/^.*-/, ''))).to.deep.equal(['region']);
      expect($(el, '[part="sort"]')).to.equal(null);
      el.filters = 'none';
      await el.updateComplete;
      expect($(el, 'input, select, [part="filters"]')).to.equal(null);
      el.filters = 'sort, YEAR';
      await el.updateComplete;
      expect($$(el, 'select').map((s) => s.id.replace(/^.*-/, ''))).to.deep.equal(['sort']);
      expect($$(el, 'input[type="number"]')).to.have.length(2);
    });

    it('sorts by newest or title, and by relevance while searching', async () => {
      const el = await loaded(html`<gcm-resources></gcm-resources>`);
      const sort = select(el, 'sort');
      expect(sort.value).to.equal('newest');
      expect(options(el, 'sort')).to.deep.equal(['Newest first', 'Title (A–Z)']);
      choose(el, 'sort', 'title');
      await settled(el);
      const byTitle = titles(el);
      expect(byTitle[0]).to.match(/^Anti-Trafficking in Humanitarian Responses/);
      expect(byTitle).to.deep.equal([...byTitle].sort((a, b) => a.localeCompare(b)));
      expect(el.sort).to.equal('title');

      const searching = await loaded(html`<gcm-resources query="trafficking"></gcm-resources>`);
      expect(select(searching, 'sort').value).to.equal('relevance');
      expect(options(searching, 'sort')[0]).to.equal('Relevance');
      const events: ResourceResultsDetail[] = [];
      searching.addEventListener('gcm-results', (e) =>
        events.push((e as CustomEvent<ResourceResultsDetail>).detail),
      );
      choose(searching, 'sort', 'newest');
      await settled(searching);
      expect(events.map((d) => d.query.sort)).to.deep.equal(['newest']);
    });

    it('pages through the library', async () => {
      const el = await loaded(html`<gcm-resources page-size="3"></gcm-resources>`);
      expect(items(el)).to.have.length(3);
      const nav = $(el, 'nav[part="pagination"]') as HTMLElement;
      expect(nav.getAttribute('aria-label')).to.equal('Pages');
      expect(currentPage(el)).to.equal('Page 1');
      const first = titles(el);
      ($(el, '[part~="next"]') as HTMLButtonElement).click();
      await settled(el);
      expect(currentPage(el)).to.equal('Page 2');
      expect(titles(el)).not.to.include(first[0]);
      ($(el, 'button[aria-label="Page 3"]') as HTMLButtonElement).click();
      await settled(el);
      expect(titles(el)).to.deep.equal([KNOWLEDGE_UPTAKE]);
      expect($(el, '[part~="next"]')?.getAttribute('aria-disabled')).to.equal('true');
      // Changing a filter starts again at page 1.
      choose(el, 'region', 'worldwide');
      await settled(el);
      expect(el.page).to.equal(1);
      expect(status(el)).to.equal('5 publications found');
    });

    it('searches after a pause in typing, in one request', async () => {
      const el = await loaded(html`<gcm-resources></gcm-resources>`);
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      let requests = 0;
      el.addEventListener('gcm-results', () => requests++);
      for (const value of ['H', 'Ha', 'Harr', 'Harrowing']) {
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }
      expect(el.query).to.equal(undefined);
      await until(() => el.query === 'Harrowing', 'search applied after the pause');
      await settled(el);
      expect(requests).to.equal(1);
      expect(titles(el)).to.have.length(1);
      expect(titles(el)[0]).to.match(/^Harrowing Journeys/);
    });
  });

  describe('by keyboard alone', () => {
    it('searches, filters, sorts and pages without a pointer', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="before">before</button><gcm-resources page-size="2"></gcm-resources></div>`,
      );
      const el = wrapper.querySelector('gcm-resources') as GcmResources;
      await settled(el);
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();

      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      await tabTo(input);
      await sendKeys({ type: 'trafficking' });
      await sendKeys({ press: 'Enter' });
      await until(() => el.query === 'trafficking', 'search applied');
      await settled(el);
      const found = Number(status(el).split(' ')[0]);
      expect(found).to.be.greaterThan(2);

      const region = select(el, 'region');
      await tabTo(region);
      await sendKeys({ press: 'ArrowDown' });
      await until(() => el.region !== undefined, 'region chosen by keyboard');
      await settled(el);
      expect(region.value).to.equal(el.region);
      expect(Number(status(el).split(' ')[0])).to.be.at.most(found);

      const clear = $(el, '.filters [part~="clear-button"]') as HTMLButtonElement;
      await tabTo(clear);
      await sendKeys({ press: 'Enter' });
      await until(() => el.region === undefined && el.query === undefined, 'cleared');
      await settled(el);

      const sort = select(el, 'sort');
      await tabTo(sort);
      await sendKeys({ press: 'ArrowDown' });
      await until(() => el.sort === 'title', 'sorted by title');
      await settled(el);
      expect(titles(el)[0]).to.match(/^Anti-Trafficking/);

      const nextButton = $(el, '[part~="next"]') as HTMLButtonElement;
      await tabTo(nextButton);
      await sendKeys({ press: 'Enter' });
      await until(() => currentPage(el) === 'Page 2', 'page 2');
      await settled(el);
      // Focus moves to the new results so reading continues from the top.
      await until(() => deepActiveElement() === $(el, '.results-region'), 'focus on results');
      const page1 = $(el, 'button[aria-label="Page 1"]') as HTMLButtonElement;
      await tabTo(page1);
      await sendKeys({ press: 'Space' });
      await until(() => currentPage(el) === 'Page 1', 'back on page 1');
    });
  });

  describe('states', () => {
    it('shows a skeleton with aria-busy while loading', async () => {
      const el = await fixture<GcmResources>(
        html`<gcm-resources api=${hostile('slow')}></gcm-resources>`,
      );
      expect($(el, '.results-region')?.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part~="skeleton"]')?.getAttribute('aria-hidden')).to.equal('true');
      expect(status(el)).to.equal('Loading publications…');
      await expect(el).to.be.accessible();
      await settled(el);
      expect(items(el)).to.have.length(LIBRARY_TOTAL);
    });

    it('shows an empty state with a way out', async () => {
      const el = await loaded(html`<gcm-resources query="zzzzqqqq"></gcm-resources>`);
      expect(status(el)).to.equal('0 publications found');
      expect(text($(el, '[part="empty"]'))).to.contain('No publications match your search.');
      await expect(el).to.be.accessible();
      ($(el, '[part="empty"] [part~="clear-button"]') as HTMLButtonElement).click();
      await settled(el);
      expect(items(el)).to.have.length(LIBRARY_TOTAL);
      // Without visitor filters there is nothing to clear.
      const fixed = await loaded(
        html`<gcm-resources query="zzzzqqqq" filters="region"></gcm-resources>`,
      );
      expect($(fixed, '[part="empty"] button')).to.equal(null);
    });

    it('explains a refused connection and fires gcm-error', async () => {
      const { downUrl } = await testEnv();
      const el = document.createElement('gcm-resources');
      el.api = downUrl;
      const failed = next<{ error: Error }>(el, 'gcm-error');
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail.error.name).to.equal('NetworkError');
        await until(() => $(el, '[part="error"]'), 'error state');
        expect($(el, '[part="error"]')?.getAttribute('role')).to.equal('alert');
        expect(text($(el, '.error-message'))).to.equal(
          'The practices service could not be reached. Check your connection and try again.',
        );
        expect(status(el)).to.equal('');
      } finally {
        el.remove();
      }
    });

    it('explains a server error without rendering its markup, and a body that is not JSON', async () => {
      const el = await fixture<GcmResources>(
        html`<gcm-resources api=${hostile('500')}></gcm-resources>`,
      );
      await until(() => $(el, '[part="error"]'), 'error state');
      expect(text($(el, '.error-message'))).to.equal(
        'The practices service reported an error (500).',
      );
      expect(text($(el, '.error-detail p'))).to.contain('<b>The catalogue</b> is unavailable.');
      expect($(el, '[part="error"] b')).to.equal(null);
      const junk = await fixture<GcmResources>(
        html`<gcm-resources api=${hostile('junk')}></gcm-resources>`,
      );
      await until(() => $(junk, '[part="error"]'), 'error state');
      expect(text($(junk, '.error-message'))).to.equal(
        'The practices service sent an answer this page cannot read.',
      );
    });

    it('recovers with "Try again" once the service is back', async () => {
      await setHostileSwitch(false);
      const el = await fixture<GcmResources>(
        html`<gcm-resources api=${hostile('switch')}></gcm-resources>`,
      );
      await until(() => $(el, '[part="error"]'), 'error state');
      await setHostileSwitch(true);
      try {
        const retry = $(el, '[part~="retry-button"]') as HTMLButtonElement;
        await tabTo(retry);
        await sendKeys({ press: 'Enter' });
        await settled(el);
        expect(status(el)).to.equal(`${LIBRARY_TOTAL} publications found`);
      } finally {
        await setHostileSwitch(false);
      }
    });

    it('reports a malformed api address in its own words', async () => {
      const el = await fixture<GcmResources>(html`<gcm-resources api="http://"></gcm-resources>`);
      await until(() => $(el, '[part="error"]'), 'error state');
      expect(text($(el, '.error-message'))).to.equal(
        'Something went wrong while loading publications.',
      );
    });

    it('renders markup as inert text and links only http(s) addresses', async () => {
      const el = await loaded(html`<gcm-resources api=${hostile('html')}></gcm-resources>`);
      expect(titles(el)).to.deep.equal([
        '<img src=x onerror="window.__gcmHostile = true">Image title',
      ]);
      expect(shadow(el).querySelector('img, b, i, script')).to.equal(null);
      const link = $(el, 'a[part="item-link"]') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('https://example.org/library/report.pdf');
      expect(link.getAttribute('lang')).to.equal('en');
      expect((window as { __gcmHostile?: boolean }).__gcmHostile).to.equal(undefined);
      expect(httpUrl('https://example.org/a')).to.equal('https://example.org/a');
      expect(httpUrl('javascript:alert(1)')).to.equal(undefined);
      expect(httpUrl('data:text/html,x')).to.equal(undefined);
      expect(httpUrl('/relative')).to.equal(undefined);
      expect(httpUrl(null)).to.equal(undefined);
    });

    it('goes back to page 1 when the page asked for does not exist', async () => {
      const el = await loaded(html`<gcm-resources page="99" page-size="3"></gcm-resources>`);
      expect(el.page).to.equal(1);
      expect(items(el)).to.have.length(3);
    });

    it('resumes a request interrupted by moving the element', async () => {
      const el = await fixture<GcmResources>(
        html`<gcm-resources api=${hostile('slow')}></gcm-resources>`,
      );
      const errors: unknown[] = [];
      el.addEventListener('gcm-error', (e) => errors.push(e));
      const parent = el.parentElement as HTMLElement;
      el.remove();
      parent.append(el);
      await settled(el);
      expect(items(el)).to.have.length(LIBRARY_TOTAL);
      expect(errors).to.have.length(0);
    });
  });

  describe('sync-url', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('keeps its filters under its own keys, beside a catalogue that syncs too', async () => {
      const url = new URL(location.href);
      url.searchParams.set('gcm-resources-region', 'west-africa');
      url.searchParams.set('gcm-q', 'Pacaraima');
      history.replaceState(null, '', url);
      const wrapper = await fixture<HTMLElement>(html`<div>
        <gcm-resources sync-url page-size="2"></gcm-resources>
        <gcm-practices sync-url filters="none"></gcm-practices>
      </div>`);
      const el = wrapper.querySelector('gcm-resources') as GcmResources;
      const practices = wrapper.querySelector('gcm-practices') as GcmPractices;
      await settled(el);
      expect(titles(el)).to.deep.equal([BORNO_TITLE]);
      expect(el.query).to.equal(undefined);
      expect(practices.query).to.equal('Pacaraima');
      choose(el, 'region', '');
      await settled(el);
      choose(el, 'sort', 'title');
      await settled(el);
      ($(el, '[part~="next"]') as HTMLButtonElement).click();
      await settled(el);
      const params = new URL(location.href).searchParams;
      expect(params.get('gcm-resources-region')).to.equal(null);
      expect(params.get('gcm-resources-sort')).to.equal('title');
      expect(params.get('gcm-resources-page')).to.equal('2');
      expect(params.get('gcm-q')).to.equal('Pacaraima');
    });

    it('namespaces the keys with its value, and leaves the URL alone without sync-url', async () => {
      const el = await loaded(html`<gcm-resources sync-url="lib" objective="10"></gcm-resources>`);
      choose(el, 'objective', '');
      await settled(el);
      expect(new URL(location.href).searchParams.get('gcm-resources-lib-objective')).to.equal('');
      const again = await loaded(
        html`<gcm-resources sync-url="lib" objective="10"></gcm-resources>`,
      );
      expect(again.objective).to.equal(undefined);
      expect(items(again)).to.have.length(LIBRARY_TOTAL);
      history.replaceState(null, '', original);
      const plain = await loaded(html`<gcm-resources></gcm-resources>`);
      choose(plain, 'region', 'worldwide');
      await settled(plain);
      expect(location.href).to.equal(original);
    });
  });

  describe('languages', () => {
    it('speaks French, Spanish and Arabic, each element its own', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <gcm-resources lang="fr"></gcm-resources>
        <gcm-resources lang="es"></gcm-resources>
        <gcm-resources lang="ar"></gcm-resources>
      </div>`);
      const [fr, es, ar] = [...wrapper.querySelectorAll('gcm-resources')] as GcmResources[];
      await Promise.all([fr, es, ar].map((e) => settled(e as GcmResources)));
      expect(status(fr as GcmResources)).to.equal('7 publications trouvées');
      expect(status(es as GcmResources)).to.equal('7 publicaciones encontradas');
      expect(status(ar as GcmResources)).to.equal('عُثر على 7 منشورات');
      expect(text($(fr as GcmResources, 'label'))).to.equal('Rechercher des publications');
      expect(options(es as GcmResources, 'sort')).to.deep.equal([
        'Más recientes primero',
        'Título (A–Z)',
      ]);
      // Labels the API has in French come in French; the region names it lacks stay English.
      expect(options(fr as GcmResources, 'objective')[1]).to.equal(
        '10. Éradiquer la traite de personnes (1)',
      );
      const beneath = items(fr as GcmResources).find((i) =>
        text(i).includes('Rebecca Surtees'),
      ) as HTMLElement;
      expect(facts(beneath)).to.deep.include({ Auteurs: 'Rebecca Surtees et Sarah Craggs' });
      // English texts are marked as English inside a French element.
      expect(beneath.querySelector('[part="item-summary"]')?.getAttribute('lang')).to.equal('en');
    });

    it('lays Arabic out right to left, English titles isolated', async () => {
      const el = await loaded(html`<gcm-resources lang="ar" page-size="3"></gcm-resources>`);
      const root = $(el, '.root') as HTMLElement;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(root).direction).to.equal('rtl');
      const title = $(el, '[part="item-title"] span') as HTMLElement;
      expect(title.getAttribute('dir')).to.equal('auto');
      expect(title.getAttribute('lang')).to.equal('en');
      const prev = ($(el, '[part~="previous"]') as HTMLElement).getBoundingClientRect();
      const nextButton = ($(el, '[part~="next"]') as HTMLElement).getBoundingClientRect();
      expect(prev.left).to.be.greaterThan(nextButton.left);
      await expect(el).to.be.accessible();
    });

    it('uses plural forms: Arabic has six', async () => {
      const el = await loaded(html`<gcm-resources lang="ar" filters="none"></gcm-resources>`);
      expect(status(el)).to.equal('عُثر على 7 منشورات');
      el.objective = '10';
      await settled(el);
      expect(status(el)).to.equal('عُثر على 1 منشور');
      el.objective = undefined;
      el.query = 'zzzzqqqq';
      await settled(el);
      expect(status(el)).to.equal('لم يُعثر على أي منشور');
    });
  });

  describe('theming', () => {
    it('takes its tokens and exposes its parts', async () => {
      const style = document.createElement('style');
      style.textContent = `
        .themed { --gcm-resources-item-background: rgb(1, 2, 3); --gcm-color-primary: rgb(0, 128, 0); }
        .themed::part(item-title) { letter-spacing: 3px; }`;
      document.head.append(style);
      try {
        const el = await loaded(html`<gcm-resources class="themed"></gcm-resources>`);
        const first = items(el)[0] as HTMLElement;
        expect(getComputedStyle(first).backgroundColor).to.equal('rgb(1, 2, 3)');
        const title = first.querySelector('[part="item-title"]') as HTMLElement;
        expect(getComputedStyle(title).letterSpacing).to.equal('3px');
        const search = $(el, '[part~="search-button"]') as HTMLElement;
        expect(getComputedStyle(search).backgroundColor).to.equal('rgb(0, 128, 0)');
      } finally {
        style.remove();
      }
    });

    it('has a dark scheme, forced colours and targets of at least 24px', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="background: #000; color: #fff"><gcm-resources theme="dark"></gcm-resources></div>`,
      );
      const el = wrapper.querySelector('gcm-resources') as GcmResources;
      await settled(el);
      expect(getComputedStyle(items(el)[0] as Element).backgroundColor).to.equal('rgb(22, 26, 31)');
      await expect(el).to.be.accessible();
      try {
        await emulateMedia({ forcedColors: 'active' });
        expect(getComputedStyle(items(el)[0] as Element).borderTopColor).to.not.equal('');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
      for (const target of $$(el, 'button, select, input')) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
        expect(box.width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      it(`has no violations loaded, paged, empty, in error and while loading, in ${lang}`, async () => {
        const el = await loaded(html`<gcm-resources lang=${lang} page-size="3"></gcm-resources>`);
        await expect(el).to.be.accessible();
        const empty = await loaded(
          html`<gcm-resources lang=${lang} query="zzzzqqqq"></gcm-resources>`,
        );
        await expect(empty).to.be.accessible();
        const { downUrl } = await testEnv();
        const failed = await fixture<GcmResources>(
          html`<gcm-resources lang=${lang} api=${downUrl}></gcm-resources>`,
        );
        await until(() => $(failed, '[part="error"]'), 'error state');
        await expect(failed).to.be.accessible();
        const loading = await fixture<GcmResources>(
          html`<gcm-resources lang=${lang} api=${hostile('slow')}></gcm-resources>`,
        );
        expect($(loading, '.results-region')?.getAttribute('aria-busy')).to.equal('true');
        await expect(loading).to.be.accessible();
      });
    }
  });
});
