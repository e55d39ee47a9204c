import type { ObjectiveWithCount, PracticeList, SdgTarget } from '@gcm-practices/contract';
import { createBaseClient } from '@gcm-practices/sdk';
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
import type { GcmPractices } from '../practices/practices.js';
import {
  type GcmObjectiveBrowser,
  type ObjectiveSelectDetail,
  objectiveNumber,
} from './objective-browser.js';

interface ApiData {
  objectives: ObjectiveWithCount[];
  sdgTargets: SdgTarget[];
}

let apiData: Promise<ApiData> | undefined;

/** What the reference API itself says, to compare the element with. */
function api(): Promise<ApiData> {
  apiData ??= testEnv().then(async ({ apiUrl }) => {
    const [objectives, taxonomies] = await Promise.all([
      fetch(`${apiUrl}/v1/objectives`).then((r) => r.json()),
      fetch(`${apiUrl}/v1/taxonomies`).then((r) => r.json()),
    ]);
    return { objectives: objectives.data, sdgTargets: taxonomies.sdgTargets };
  });
  return apiData;
}

async function apiTotal(query: string): Promise<number> {
  const { apiUrl } = await testEnv();
  const list = (await fetch(`${apiUrl}/v1/practices?${query}`).then((r) =>
    r.json(),
  )) as PracticeList;
  return list.meta.total;
}

/** A tab's accessible name: its one visually hidden text; the visible pieces are aria-hidden. */
function nameOf(t: Element): string | null {
  const hidden = t.querySelectorAll('.visually-hidden');
  const shown = [...t.children].filter((c) => !c.classList.contains('visually-hidden'));
  if (hidden.length !== 1 || shown.some((c) => c.getAttribute('aria-hidden') !== 'true')) {
    throw new Error('a tab is named by one hidden text');
  }
  return text(hidden[0]);
}

function tabs(el: GcmObjectiveBrowser): HTMLButtonElement[] {
  return $$(el, '[role="tab"]') as HTMLButtonElement[];
}

function tab(el: GcmObjectiveBrowser, n: number): HTMLButtonElement {
  const found = tabs(el).find((t) => t.id.endsWith(`-tab-${n}`));
  if (!found) throw new Error(`no tab for objective ${n}`);
  return found;
}

function selectedTabs(el: GcmObjectiveBrowser): number[] {
  return tabs(el)
    .filter((t) => t.getAttribute('aria-selected') === 'true')
    .map((t) => Number(t.id.split('-').pop()));
}

function panel(el: GcmObjectiveBrowser): HTMLElement | null {
  return $(el, '[role="tabpanel"]');
}

function catalogue(el: GcmObjectiveBrowser): GcmPractices | null {
  return $(el, 'gcm-practices') as GcmPractices | null;
}

function actionButtons(el: GcmObjectiveBrowser): HTMLButtonElement[] {
  return $$(el, '[part~="action-button"]') as HTMLButtonElement[];
}

function catalogueStatus(el: GcmObjectiveBrowser): string {
  const c = catalogue(el);
  return c ? text(shadow(c).querySelector('[part="status"]')) : '';
}

/** Wait until the objectives are in, and the panel's catalogue (if any) has its results. */
async function settled(el: GcmObjectiveBrowser) {
  await el.updateComplete;
  await until(() => $(el, '.root')?.getAttribute('aria-busy') === 'false', 'objectives loaded');
  await el.updateComplete;
  const c = catalogue(el);
  if (c) {
    await c.updateComplete;
    await until(
      () => shadow(c).querySelector('.results-region')?.getAttribute('aria-busy') === 'false',
      'practices loaded',
    );
    await c.updateComplete;
  }
}

async function loaded(template: ReturnType<typeof html>): Promise<GcmObjectiveBrowser> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('gcm-objective-browser') as GcmObjectiveBrowser;
  await settled(el);
  return el;
}

function requestsFor(path: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => new URL(name).pathname === path);
}

describe('<gcm-objective-browser>', () => {
  describe('with real data', () => {
    it('lists the 23 objectives with their numbers, short titles and practice counts', async () => {
      const { objectives } = await api();
      const el = await loaded(html`<gcm-objective-browser></gcm-objective-browser>`);
      const list = $(el, '[role="tablist"]') as HTMLElement;
      expect(list.getAttribute('aria-label')).to.equal(
        'Objectives of the Global Compact for Migration',
      );
      expect(list.getAttribute('aria-orientation')).to.equal('vertical');
      expect(tabs(el)).to.have.length(23);
      expect(objectives).to.have.length(23);
      tabs(el).forEach((t, i) => {
        const o = objectives[i] as ObjectiveWithCount;
        expect(text(t.querySelector('[part="tab-number"]'))).to.equal(String(o.number));
        expect(text(t.querySelector('[part="tab-title"]'))).to.equal(o.shortTitle);
        expect(text(t.querySelector('[part="tab-count"]'))).to.equal(String(o.practiceCount));
      });
      expect(nameOf(tab(el, 10))).to.equal('10. Eradicate trafficking, 21 practices');
      expect(nameOf(tab(el, 3))).to.equal('3. Information provision, 1 practice');
      expect(nameOf(tab(el, 2))).to.equal('2. Minimize adverse drivers, 0 practices');
      // Nothing selected: the list alone, with a prompt, and the first tab is the tab stop.
      expect(selectedTabs(el)).to.deep.equal([]);
      expect(panel(el)).to.equal(null);
      expect(text($(el, '[part="hint"]'))).to.equal(
        'Choose an objective to see its actions, SDG targets and practices.',
      );
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, ...Array(22).fill(-1)]);
      await expect(el).to.be.accessible();
    });

    it('shows the selected objective: full title, actions (a)–(j), SDG targets and its practices', async () => {
      const { objectives, sdgTargets } = await api();
      const ten = objectives.find((o) => o.number === 10) as ObjectiveWithCount;
      const el = await loaded(html`<gcm-objective-browser selected="10"></gcm-objective-browser>`);
      expect(selectedTabs(el)).to.deep.equal([10]);
      const selected = tab(el, 10);
      expect(selected.tabIndex).to.equal(0);
      expect(selected.getAttribute('part')).to.equal('tab selected');
      const p = panel(el) as HTMLElement;
      expect(selected.getAttribute('aria-controls')).to.equal(p.id);
      expect(p.getAttribute('aria-labelledby')).to.equal(selected.id);
      expect(tabs(el).filter((t) => t.hasAttribute('aria-controls'))).to.have.length(1);

      const heading = $(el, '[part="heading"]') as HTMLElement;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(text(heading)).to.equal(
        'Objective 10 Prevent, combat and eradicate trafficking in persons in the context of international migration',
      );

      const buttons = actionButtons(el);
      expect(text(buttons[0])).to.equal('All actions');
      expect(
        buttons.slice(1).map((b) => text(b.querySelector('[part="action-letter"]'))),
      ).to.deep.equal(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)']);
      expect(text(buttons[10])).to.equal(`(j) ${ten.actions[9]?.title}`);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
        'true',
        ...Array(10).fill('false'),
      ]);

      await until(() => $$(el, '[part="target"] bdi').length === 6, 'SDG target texts');
      const targets = $$(el, '[part="target"]');
      expect(targets.map((t) => text(t.querySelector('[part="target-id"]')))).to.deep.equal([
        '5.2',
        '8.7',
        '8.8',
        '10.7',
        '16.2',
        '16.3',
      ]);
      const eightSeven = sdgTargets.find((t) => t.id === '8.7') as SdgTarget;
      expect(text(targets[1])).to.equal(`8.7 ${eightSeven.text}`);

      const c = catalogue(el) as GcmPractices;
      expect(c.objective).to.equal('10');
      expect(c.getAttribute('filters')).to.equal('search,country,implementer-type,year');
      expect(catalogueStatus(el)).to.equal(`${ten.practiceCount} practices found`);
      // Headings nest: panel 2, sections 3, practice titles 4.
      expect(
        $$(el, '[part="section-title"]').map((h) => [text(h), h.getAttribute('aria-level')]),
      ).to.deep.equal([
        ['Actions', '3'],
        ['SDG targets', '3'],
        ['Practices', '3'],
      ]);
      const card = shadow(c).querySelector('gcm-practice-card') as Element;
      expect(shadow(card).querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal(
        '4',
      );
      // No objective or action select in the nested catalogue: the browser sets both.
      expect(shadow(c).querySelector('select[id$="-objective"], select[id$="-action"]')).to.equal(
        null,
      );
      await expect(el).to.be.accessible();
    });

    it('omits actions and SDG targets an objective has none of, and still lists its practices', async () => {
      const el = await loaded(html`<gcm-objective-browser selected="3"></gcm-objective-browser>`);
      expect(text($(el, '[part="heading"]'))).to.contain('Objective 3');
      expect($(el, '[part="actions"]')).to.equal(null);
      expect($(el, '[part="targets"]')).to.equal(null);
      expect(catalogueStatus(el)).to.equal('1 practice found');
    });

    it('passes heading-level, page-size, filters, href-template and theme to the catalogue', async () => {
      const el = await loaded(
        html`<gcm-objective-browser
          selected="10"
          heading-level="3"
          page-size="5"
          filters="search,objective,action,region"
          href-template="/practices/{id}"
          theme="dark"
        ></gcm-objective-browser>`,
      );
      expect($(el, '[part="heading"]')?.getAttribute('aria-level')).to.equal('3');
      expect($(el, '[part="section-title"]')?.getAttribute('aria-level')).to.equal('4');
      const c = catalogue(el) as GcmPractices;
      expect(c.getAttribute('filters')).to.equal('search,region');
      expect(c.getAttribute('heading-level')).to.equal('5');
      expect(c.getAttribute('theme')).to.equal('dark');
      expect($$(c, 'gcm-practice-card')).to.have.length(5);
      const card = $$(c, 'gcm-practice-card')[0] as Element;
      await (card as GcmPractices).updateComplete;
      expect(shadow(card).querySelector('a')?.getAttribute('href')).to.match(/^\/practices\//);
      el.filters = 'none';
      await el.updateComplete;
      expect(c.getAttribute('filters')).to.equal('none');
    });
  });

  describe('choosing an objective', () => {
    it('by pointer: selects, fires gcm-objective-select, and loads that objective’s practices', async () => {
      const { objectives } = await api();
      const el = await loaded(html`<gcm-objective-browser></gcm-objective-browser>`);
      const chosen = next<ObjectiveSelectDetail>(document.body, 'gcm-objective-select');
      tab(el, 10).click();
      const event = await chosen;
      expect(event.detail.number).to.equal(10);
      expect(event.detail.objective).to.deep.equal(objectives[9]);
      expect(event.cancelable).to.equal(true);
      expect(event.composed && event.bubbles).to.equal(true);
      await settled(el);
      expect(el.selected).to.equal(10);
      expect(el.getAttribute('selected')).to.equal('10');
      expect(selectedTabs(el)).to.deep.equal([10]);
      expect(catalogueStatus(el)).to.equal('21 practices found');

      tab(el, 3).click();
      await settled(el);
      expect(selectedTabs(el)).to.deep.equal([3]);
      expect(catalogue(el)?.objective).to.equal('3');
      expect(catalogueStatus(el)).to.equal('1 practice found');
    });

    it('keeps the current objective when a listener cancels gcm-objective-select', async () => {
      const el = await loaded(html`<gcm-objective-browser selected="10"></gcm-objective-browser>`);
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('gcm-objective-select', cancel);
      try {
        tab(el, 3).click();
        await el.updateComplete;
        expect(el.selected).to.equal(10);
        expect(selectedTabs(el)).to.deep.equal([10]);
      } finally {
        el.removeEventListener('gcm-objective-select', cancel);
      }
      // Choosing the objective already shown fires nothing.
      let fired = 0;
      el.addEventListener('gcm-objective-select', () => fired++);
      tab(el, 10).click();
      await el.updateComplete;
      expect(fired).to.equal(0);
    });

    it('by keyboard alone: one tab stop, arrows, Home and End move focus, Enter and Space select', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="before">before</button><gcm-objective-browser></gcm-objective-browser></div>`,
      );
      const el = wrapper.querySelector('gcm-objective-browser') as GcmObjectiveBrowser;
      await settled(el);
      const events: number[] = [];
      el.addEventListener('gcm-objective-select', (e) =>
        events.push((e as CustomEvent<ObjectiveSelectDetail>).detail.number),
      );
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(tab(el, 1));

      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(tab(el, 2));
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActiveElement()).to.equal(tab(el, 3));
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowUp' });
      expect(deepActiveElement()).to.equal(tab(el, 1));
      // Wraps at both ends.
      await sendKeys({ press: 'ArrowUp' });
      expect(deepActiveElement()).to.equal(tab(el, 23));
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(tab(el, 1));
      await sendKeys({ press: 'End' });
      expect(deepActiveElement()).to.equal(tab(el, 23));
      await sendKeys({ press: 'Home' });
      expect(deepActiveElement()).to.equal(tab(el, 1));
      // Moving focus does not select (manual activation).
      expect(selectedTabs(el)).to.deep.equal([]);
      expect(events).to.deep.equal([]);

      for (let i = 1; i < 10; i++) await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(tab(el, 10));
      await sendKeys({ press: 'Enter' });
      await until(() => el.selected === 10, 'Enter selects');
      await settled(el);
      expect(selectedTabs(el)).to.deep.equal([10]);
      expect(deepActiveElement(), 'focus stays on the tab').to.equal(tab(el, 10));
      expect(tab(el, 10).tabIndex).to.equal(0);
      expect(tab(el, 1).tabIndex).to.equal(-1);

      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      await until(() => el.selected === 11, 'Space selects');
      expect(events).to.deep.equal([10, 11]);
      await settled(el);

      // Tab leaves the list for the panel; Shift+Tab comes back to the selected tab.
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(panel(el));
      await sendKeys({ press: 'Shift+Tab' });
      expect(deepActiveElement()).to.equal(tab(el, 11));
    });
  });

  describe('action filter', () => {
    it('narrows the practices to one action, and back to all', async () => {
      const el = await loaded(html`<gcm-objective-browser selected="10"></gcm-objective-browser>`);
      // No source links a curated practice to an action yet, so the filter may leave none.
      const expected = await apiTotal('objective=10&action=10e');
      expect(expected).to.be.lessThan(21);
      const letterE = actionButtons(el)[5] as HTMLButtonElement;
      letterE.click();
      await settled(el);
      expect(el.action).to.equal('10e');
      expect(el.getAttribute('action')).to.equal('10e');
      expect(catalogue(el)?.action).to.equal('10e');
      expect(catalogueStatus(el)).to.equal(`${expected} practices found`);
      expect(actionButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
        'false',
        'false',
        'false',
        'false',
        'false',
        'true',
        'false',
        'false',
        'false',
        'false',
        'false',
      ]);
      // The chosen action's full text is shown under the list.
      expect(text($(el, '[part="action-text"]'))).to.match(/^Apply measures .*exploitation$/);

      // Another action, by keyboard.
      const letterH = actionButtons(el)[8] as HTMLButtonElement;
      letterH.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.action === '10h', 'action by keyboard');
      await settled(el);
      expect(catalogueStatus(el)).to.equal(
        `${await apiTotal('objective=10&action=10h')} practices found`,
      );

      // Pressing the chosen action again, or "All actions", shows every practice.
      (actionButtons(el)[8] as HTMLButtonElement).click();
      await settled(el);
      expect(el.action).to.equal(undefined);
      expect(catalogueStatus(el)).to.equal('21 practices found');
      (actionButtons(el)[3] as HTMLButtonElement).click();
      await settled(el);
      (actionButtons(el)[0] as HTMLButtonElement).click();
      await settled(el);
      expect(el.hasAttribute('action')).to.equal(false);
      expect(catalogueStatus(el)).to.equal('21 practices found');
    });

    it('reads the action attribute, ignores an action of another objective, and resets on a new objective', async () => {
      const el = await loaded(
        html`<gcm-objective-browser selected="10" action="10J"></gcm-objective-browser>`,
      );
      expect(catalogue(el)?.action).to.equal('10j');
      expect(catalogueStatus(el)).to.equal(
        `${await apiTotal('objective=10&action=10j')} practices found`,
      );
      el.action = '7a';
      await settled(el);
      expect(catalogue(el)?.action).to.equal(undefined);
      expect(actionButtons(el)[0]?.getAttribute('aria-pressed')).to.equal('true');
      el.action = '10c';
      await settled(el);
      tab(el, 7).click();
      await settled(el);
      expect(el.action).to.equal(undefined);
    });

    it('starts a new action at the first page of practices', async () => {
      const el = await loaded(
        html`<gcm-objective-browser selected="10" page-size="5"></gcm-objective-browser>`,
      );
      const c = catalogue(el) as GcmPractices;
      ($(c, '[part~="next"]') as HTMLButtonElement).click();
      await settled(el);
      expect(c.page).to.equal(2);
      (actionButtons(el)[5] as HTMLButtonElement).click();
      await settled(el);
      expect(c.page).to.equal(1);
      expect(catalogue(el)).to.equal(c);
    });
  });

  describe('invalid selections', () => {
    for (const value of ['0', '24', 'abc', '10.5', '']) {
      it(`shows the list alone for selected="${value}", without asking the API for it`, async () => {
        const el = await loaded(
          html`<gcm-objective-browser selected=${value}></gcm-objective-browser>`,
        );
        expect(tabs(el)).to.have.length(23);
        expect(selectedTabs(el)).to.deep.equal([]);
        expect(panel(el)).to.equal(null);
        expect($(el, '[part="hint"]')).to.exist;
        expect(tab(el, 1).tabIndex).to.equal(0);
        expect(requestsFor(`/v1/objectives/${value}`)).to.deep.equal([]);
        // A valid choice still works.
        tab(el, 10).click();
        await settled(el);
        expect(selectedTabs(el)).to.deep.equal([10]);
      });
    }

    it('accepts only whole numbers from 1 to 23', () => {
      expect([1, 23, '10', ' 7 '].map(objectiveNumber)).to.deep.equal([1, 23, 10, 7]);
      expect(
        [0, 24, -1, 1.5, Number.NaN, '', 'abc', null, undefined, '1e1x'].map(objectiveNumber),
      ).to.deep.equal(Array(10).fill(undefined));
    });
  });

  describe('sync-url', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('opens the objective and action of a shared link', async () => {
      const url = new URL(location.href);
      url.searchParams.set('gcm-objective', '10');
      url.searchParams.set('gcm-action', '10h');
      url.searchParams.set('keep', 'me');
      history.replaceState(null, '', url);
      const el = await loaded(html`<gcm-objective-browser sync-url></gcm-objective-browser>`);
      expect(selectedTabs(el)).to.deep.equal([10]);
      expect(el.action).to.equal('10h');
      expect(actionButtons(el)[8]?.getAttribute('aria-pressed')).to.equal('true');
      expect(catalogueStatus(el)).to.equal(
        `${await apiTotal('objective=10&action=10h')} practices found`,
      );
      expect(new URL(location.href).searchParams.get('keep')).to.equal('me');
    });

    it('writes choices to the query string, and follows back and forward', async () => {
      const el = await loaded(html`<gcm-objective-browser sync-url></gcm-objective-browser>`);
      const start = history.length;
      tab(el, 10).click();
      await settled(el);
      let params = new URL(location.href).searchParams;
      expect(params.get('gcm-objective')).to.equal('10');
      expect(params.has('gcm-action')).to.equal(false);
      (actionButtons(el)[5] as HTMLButtonElement).click();
      await settled(el);
      params = new URL(location.href).searchParams;
      expect(params.get('gcm-action')).to.equal('10e');
      tab(el, 7).click();
      await settled(el);
      params = new URL(location.href).searchParams;
      expect(params.get('gcm-objective')).to.equal('7');
      expect(params.has('gcm-action')).to.equal(false);
      // An objective is a history entry; an action replaces the current one.
      expect(history.length).to.equal(start + 2);

      history.back();
      await until(() => el.selected === 10, 'back to objective 10');
      await settled(el);
      expect(el.action).to.equal('10e');
      expect(selectedTabs(el)).to.deep.equal([10]);
      history.back();
      await until(() => el.selected === undefined, 'back to no selection');
      await el.updateComplete;
      expect(panel(el)).to.equal(null);
      history.forward();
      await until(() => el.selected === 10, 'forward to objective 10');
    });

    it('leaves the page’s own selection out of the URL, and ignores invalid values', async () => {
      const url = new URL(location.href);
      url.searchParams.set('gcm-objective', '24');
      history.replaceState(null, '', url);
      const el = await loaded(
        html`<gcm-objective-browser sync-url selected="10"></gcm-objective-browser>`,
      );
      expect(selectedTabs(el)).to.deep.equal([10]);
      expect(new URL(location.href).searchParams.has('gcm-objective')).to.equal(false);
      expect(requestsFor('/v1/objectives/24')).to.deep.equal([]);
      tab(el, 3).click();
      await settled(el);
      expect(new URL(location.href).searchParams.get('gcm-objective')).to.equal('3');
      tab(el, 10).click();
      await settled(el);
      expect(new URL(location.href).searchParams.has('gcm-objective')).to.equal(false);
      // Removing the page's own action is recorded as an empty value.
      const withAction = await loaded(
        html`<gcm-objective-browser sync-url selected="10" action="10e"></gcm-objective-browser>`,
      );
      (actionButtons(withAction)[0] as HTMLButtonElement).click();
      await settled(withAction);
      expect(new URL(location.href).searchParams.get('gcm-action')).to.equal('');
    });

    it('namespaces the keys with its value, and leaves the URL alone without sync-url', async () => {
      const el = await loaded(html`<gcm-objective-browser sync-url="a"></gcm-objective-browser>`);
      tab(el, 5).click();
      await settled(el);
      const params = new URL(location.href).searchParams;
      expect(params.get('gcm-a-objective')).to.equal('5');
      expect(params.has('gcm-objective')).to.equal(false);
      history.replaceState(null, '', original);
      const plain = await loaded(html`<gcm-objective-browser></gcm-objective-browser>`);
      tab(plain, 5).click();
      await settled(plain);
      expect(location.href).to.equal(original);
    });

    it('under namespaced keys, follows back and forward beside another browser, and back to the page’s own selection', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <gcm-objective-browser sync-url="a" selected="10" action="10e"></gcm-objective-browser>
        <gcm-objective-browser sync-url="b"></gcm-objective-browser>
      </div>`);
      const [a, b] = [
        ...wrapper.querySelectorAll('gcm-objective-browser'),
      ] as GcmObjectiveBrowser[];
      await settled(a as GcmObjectiveBrowser);
      await settled(b as GcmObjectiveBrowser);
      if (!a || !b) throw new Error('two browsers');
      const start = history.length;
      tab(a, 3).click();
      await settled(a);
      tab(b, 7).click();
      await settled(b);
      let params = new URL(location.href).searchParams;
      expect(params.get('gcm-a-objective')).to.equal('3');
      // The page's action 10e, gone with its objective, is recorded as an empty value.
      expect(params.get('gcm-a-action')).to.equal('');
      expect(params.get('gcm-b-objective')).to.equal('7');
      expect(params.has('gcm-objective')).to.equal(false);
      expect(history.length).to.equal(start + 2);

      history.back();
      await until(() => b.selected === undefined, 'b back to no selection');
      await settled(b);
      expect(panel(b)).to.equal(null);
      expect(a.selected).to.equal(3);
      history.back();
      await until(() => a.selected === 10, 'a back to the page’s objective');
      await settled(a);
      expect(a.action).to.equal('10e');
      expect(actionButtons(a)[5]?.getAttribute('aria-pressed')).to.equal('true');
      params = new URL(location.href).searchParams;
      expect(params.has('gcm-a-objective')).to.equal(false);
      expect(params.has('gcm-a-action')).to.equal(false);
      history.forward();
      await until(() => a.selected === 3, 'a forward to objective 3');
      await settled(a);
      expect(a.action).to.equal(undefined);
      expect(selectedTabs(a)).to.deep.equal([3]);
      expect(b.selected).to.equal(undefined);
      // Following the URL writes no entry of its own.
      expect(new URL(location.href).searchParams.get('gcm-a-objective')).to.equal('3');
    });
  });

  describe('states', () => {
    it('says plainly that an objective has no practice yet: no search, no filters, no "no match"', async () => {
      const { objectives } = await api();
      const empty = objectives.find((o) => o.practiceCount === 0);
      if (!empty) throw new Error('the dataset has no objective without practices');
      const el = await loaded(
        html`<gcm-objective-browser selected=${String(empty.number)}></gcm-objective-browser>`,
      );
      expect(text($(el, '[part="empty"]'))).to.equal(
        'The Repository has no practice under this objective yet.',
      );
      expect(catalogue(el)).to.equal(null);
      expect($(el, 'input, [part~="search"]')).to.equal(null);
      expect(text(panel(el))).to.not.contain('match');
      el.setAttribute('lang', 'fr');
      await settled(el);
      expect(text($(el, '[part="empty"]'))).to.equal(
        'Le répertoire ne compte encore aucune pratique pour cet objectif.',
      );
      // Choosing an objective with practices brings the catalogue back.
      tab(el, 10).click();
      await settled(el);
      expect($(el, '[part="empty"]')).to.equal(null);
      expect(catalogueStatus(el)).to.contain('21');
    });

    it('shows a skeleton with aria-busy while loading', async () => {
      const el = await fixture<GcmObjectiveBrowser>(
        html`<gcm-objective-browser api=${hostile('slow')} selected="10"></gcm-objective-browser>`,
      );
      expect($(el, '.root')?.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="skeleton"]')?.getAttribute('aria-hidden')).to.equal('true');
      expect(text($(el, '[role="status"]'))).to.equal('Loading objectives…');
      await expect(el).to.be.accessible();
      await settled(el);
      expect(tabs(el)).to.have.length(23);
      expect(selectedTabs(el)).to.deep.equal([10]);
    });

    it('explains a refused connection and fires gcm-error; the page keeps working', async () => {
      const { downUrl } = await testEnv();
      const el = document.createElement('gcm-objective-browser');
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
        expect($(el, '.root')?.getAttribute('aria-busy')).to.equal('false');
      } finally {
        el.remove();
      }
    });

    it('explains a server error without rendering its markup', async () => {
      const el = await fixture<GcmObjectiveBrowser>(
        html`<gcm-objective-browser api=${hostile('500')}></gcm-objective-browser>`,
      );
      await until(() => $(el, '[part="error"]'), 'error state');
      expect(text($(el, '.error-message'))).to.equal(
        'The practices service reported an error (500).',
      );
      expect(text($(el, '.error-detail p'))).to.contain('<b>The catalogue</b> is unavailable.');
      expect($(el, '[part="error"] b')).to.equal(null);
    });

    it('explains a body that is not JSON', async () => {
      const el = await fixture<GcmObjectiveBrowser>(
        html`<gcm-objective-browser api=${hostile('junk')}></gcm-objective-browser>`,
      );
      await until(() => $(el, '[part="error"]'), 'error state');
      expect(text($(el, '.error-message'))).to.equal(
        'The practices service sent an answer this page cannot read.',
      );
    });

    it('recovers with "Try again" once the service is back', async () => {
      await setHostileSwitch(false);
      const el = await fixture<GcmObjectiveBrowser>(
        html`<gcm-objective-browser api=${hostile('switch')} selected="10"></gcm-objective-browser>`,
      );
      await until(() => $(el, '[part="error"]'), 'error state');
      await setHostileSwitch(true);
      try {
        const retry = $(el, '[part~="retry-button"]') as HTMLButtonElement;
        retry.focus();
        await sendKeys({ press: 'Enter' });
        await settled(el);
        expect(tabs(el)).to.have.length(23);
        expect(selectedTabs(el)).to.deep.equal([10]);
        expect(catalogueStatus(el)).to.equal('21 practices found');
      } finally {
        await setHostileSwitch(false);
      }
    });

    it('renders markup in objective data as inert text', async () => {
      const { apiUrl } = await testEnv();
      const IMG = '<img src=x onerror="window.__gcmHostile = true">';
      // The real API's answer, with markup written into its text fields on the way.
      const client = createBaseClient({
        baseUrl: apiUrl,
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          if (!new URL(response.url).pathname.endsWith('/v1/objectives')) return response;
          const body = (await response.json()) as { data: ObjectiveWithCount[] };
          for (const o of body.data) {
            o.shortTitle = `${IMG}${o.shortTitle}`;
            o.title = `<script>window.__gcmHostile = true</script>${o.title}`;
            for (const a of o.actions) {
              a.title = `<b onmouseover="window.__gcmHostile = true">${a.title}</b>`;
              a.text = `<style>:host{display:none}</style>${a.text}`;
            }
          }
          return new Response(JSON.stringify(body), {
            status: response.status,
            headers: { 'content-type': 'application/json' },
          });
        },
      });
      const el = document.createElement('gcm-objective-browser');
      el.client = client;
      el.selected = 10;
      el.action = '10e';
      document.body.append(el);
      try {
        await settled(el);
        expect(text(tab(el, 10).querySelector('[part="tab-title"]'))).to.equal(
          `${IMG}Eradicate trafficking`,
        );
        expect(text($(el, '[part="heading"] bdi'))).to.match(/^<script>.*<\/script>Prevent/);
        expect(text(actionButtons(el)[5])).to.match(/^\(e\) <b onmouseover=.*<\/b>$/);
        expect(text($(el, '[part="action-text"]'))).to.match(/^<style>/);
        expect($(el, 'img, script, style, b')).to.equal(null);
        expect((window as { __gcmHostile?: boolean }).__gcmHostile).to.equal(undefined);
      } finally {
        el.remove();
      }
    });
  });

  describe('layout', () => {
    async function boxes(width: string) {
      const el = await loaded(
        html`<gcm-objective-browser selected="10" style=${`width: ${width}`}></gcm-objective-browser>`,
      );
      const list = ($(el, '[part="list"]') as HTMLElement).getBoundingClientRect();
      const p = (panel(el) as HTMLElement).getBoundingClientRect();
      return { el, list, panel: p };
    }

    it('offers a select instead of the 23 tabs in a 320px sidebar, the panel right below it', async () => {
      const el = await loaded(
        html`<gcm-objective-browser selected="10" style="width: 320px"></gcm-objective-browser>`,
      );
      const list = $(el, '[part="list"]') as HTMLElement;
      expect(getComputedStyle(list).display).to.equal('none');
      const select = $(el, '[part="picker-select"]') as HTMLSelectElement;
      const picker = select.getBoundingClientRect();
      expect(Math.round(picker.width)).to.equal(320);
      expect(select.value).to.equal('10');
      expect(select.options).to.have.length(23);
      const { objectives } = await api();
      expect(text(select.options[9])).to.equal(nameOf(tab(el, 10)));
      expect(select.labels?.[0]?.textContent?.trim()).to.equal('Objective');
      const p = (panel(el) as HTMLElement).getBoundingClientRect();
      expect(p.top).to.be.at.least(picker.bottom);
      expect(p.top - picker.bottom, 'the panel starts right below the select').to.be.lessThan(60);
      expect(el.scrollWidth, 'nothing overflows').to.be.at.most(320);

      const chosen = next<ObjectiveSelectDetail>(el, 'gcm-objective-select');
      select.value = '3';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect((await chosen).detail.number).to.equal(3);
      await settled(el);
      expect(selectedTabs(el)).to.deep.equal([3]);
      expect(text($(el, '[part="heading"]'))).to.contain(
        objectives.find((o) => o.number === 3)?.title ?? '?',
      );
    });

    it('keeps the select on the shown objective when the page cancels a choice', async () => {
      const el = await loaded(
        html`<gcm-objective-browser selected="10" style="width: 320px"></gcm-objective-browser>`,
      );
      el.addEventListener('gcm-objective-select', (e) => e.preventDefault(), { once: true });
      const select = $(el, '[part="picker-select"]') as HTMLSelectElement;
      select.value = '3';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(select.value).to.equal('10');
      expect(selectedTabs(el)).to.deep.equal([10]);
    });

    it('lays the list out as a grid in a medium width, with the panel below', async () => {
      const { el, list, panel: p } = await boxes('640px');
      expect(getComputedStyle($(el, '[part="picker"]') as Element).display).to.equal('none');
      expect(p.top).to.be.at.least(list.bottom);
      expect(
        getComputedStyle($(el, '[part="list"]') as Element).gridTemplateColumns.split(' ').length,
      ).to.be.greaterThan(1);
    });

    it('puts the list beside the panel on a full-width page, on the start side', async () => {
      const { el, list, panel: p } = await boxes('1100px');
      expect(p.left).to.be.at.least(list.right);
      expect(Math.abs(p.top - list.top)).to.be.lessThan(2);
      el.setAttribute('lang', 'ar');
      await settled(el);
      const listAr = ($(el, '[part="list"]') as HTMLElement).getBoundingClientRect();
      const panelAr = (panel(el) as HTMLElement).getBoundingClientRect();
      expect(listAr.left).to.be.at.least(panelAr.right);
    });
  });

  describe('languages', () => {
    it('speaks French, Spanish and Arabic, and its catalogue follows', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <gcm-objective-browser lang="fr" selected="10"></gcm-objective-browser>
        <gcm-objective-browser lang="es" selected="10"></gcm-objective-browser>
        <gcm-objective-browser lang="ar" selected="10"></gcm-objective-browser>
      </div>`);
      const [fr, es, ar] = [
        ...wrapper.querySelectorAll('gcm-objective-browser'),
      ] as GcmObjectiveBrowser[];
      await Promise.all([fr, es, ar].map((e) => settled(e as GcmObjectiveBrowser)));
      const f = fr as GcmObjectiveBrowser;
      const s = es as GcmObjectiveBrowser;
      const a = ar as GcmObjectiveBrowser;
      // Official French and Spanish wordings from the Hub; no Arabic one is recorded.
      expect(nameOf(tab(f, 10))).to.equal('10. Éradiquer la traite de personnes, 21 pratiques');
      expect(nameOf(tab(s, 10))).to.equal('10. Erradicar la trata de personas, 21 prácticas');
      expect(nameOf(tab(a, 10))).to.equal('10. Eradicate trafficking، 21 ممارسة');
      expect(text($(f, '[part="heading"] .eyebrow'))).to.equal('Objectif 10');
      expect(text($(s, '[part="heading"] .eyebrow'))).to.equal('Objetivo 10');
      expect(text($(a, '[part="heading"] .eyebrow'))).to.equal('الهدف 10');
      expect($$(f, '[part="section-title"]').map(text)).to.deep.equal([
        'Actions',
        'Cibles des ODD',
        'Pratiques',
      ]);
      expect($$(s, '[part="section-title"]').map(text)).to.deep.equal([
        'Acciones',
        'Metas de los ODS',
        'Prácticas',
      ]);
      expect($$(a, '[part="section-title"]').map(text)).to.deep.equal([
        'الإجراءات',
        'غايات أهداف التنمية المستدامة',
        'الممارسات',
      ]);
      expect(text(actionButtons(f)[0])).to.equal('Toutes les actions');
      expect(catalogueStatus(f)).to.equal('21 pratiques trouvées');
      expect(catalogueStatus(s)).to.equal('21 prácticas encontradas');
      expect(catalogueStatus(a)).to.equal('عُثر على 21 ممارسة');
      expect(($(f, '[role="tablist"]') as HTMLElement).getAttribute('aria-label')).to.equal(
        'Objectifs du Pacte mondial sur les migrations',
      );
    });

    it('counts practices with the plural forms of each language (Arabic has six)', async () => {
      const el = await loaded(html`<gcm-objective-browser lang="ar"></gcm-objective-browser>`);
      const count = (n: number) => nameOf(tab(el, n))?.split('، ')[1];
      // The curated objectives hold 0, 1 or 21 practices: the zero, one and many forms.
      expect(count(2)).to.equal('لا توجد ممارسات');
      expect(count(3)).to.equal('ممارسة واحدة');
      expect(count(10)).to.equal('21 ممارسة');
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      const fr = (n: number) => nameOf(tab(el, n))?.split(', ')[1];
      expect([fr(2), fr(3), fr(10)]).to.deep.equal(['0 pratique', '1 pratique', '21 pratiques']);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      const es = (n: number) => nameOf(tab(el, n))?.split(', ')[1];
      expect([es(2), es(3), es(10)]).to.deep.equal(['0 prácticas', '1 práctica', '21 prácticas']);
    });

    it('lays Arabic out right to left, with Left and Right arrows following it', async () => {
      const el = await loaded(
        html`<gcm-objective-browser lang="ar" selected="10"></gcm-objective-browser>`,
      );
      const root = $(el, '.root') as HTMLElement;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(root).direction).to.equal('rtl');
      expect(catalogue(el)?.getAttribute('lang')).to.equal('ar');
      // The number sits on the right of the title.
      const number = (
        tab(el, 10).querySelector('[part="tab-number"]') as Element
      ).getBoundingClientRect();
      const title = (
        tab(el, 10).querySelector('[part="tab-title"]') as Element
      ).getBoundingClientRect();
      expect(number.left).to.be.greaterThan(title.left);
      // English titles keep their word order but line up with the right-hand edge.
      expect(getComputedStyle(tab(el, 10).querySelector('bdi') as Element).textAlign).to.equal(
        'right',
      );
      tab(el, 10).focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActiveElement()).to.equal(tab(el, 11));
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActiveElement()).to.equal(tab(el, 9));
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(tab(el, 10));
      expect(text($(el, '[part="action-letter"]'))).to.equal('(a)');
    });

    it('follows <html lang>', async () => {
      document.documentElement.lang = 'es';
      try {
        const el = await loaded(html`<gcm-objective-browser></gcm-objective-browser>`);
        expect(text($(el, '[part="hint"]'))).to.equal(
          'Elija un objetivo para ver sus acciones, sus metas de los ODS y sus prácticas.',
        );
        document.documentElement.lang = 'fr';
        await until(
          () => text($(el, '[part="hint"]')).startsWith('Choisissez'),
          'follows <html lang>',
        );
      } finally {
        document.documentElement.lang = 'en';
      }
    });
  });

  describe('theming', () => {
    it('applies --gcm-* and --gcm-objective-browser-* properties', async () => {
      const el = await loaded(html`<gcm-objective-browser selected="10"></gcm-objective-browser>`);
      const selected = tab(el, 10);
      const before = getComputedStyle(selected).backgroundColor;
      el.style.setProperty('--gcm-color-primary', 'rgb(0, 128, 0)');
      expect(getComputedStyle(selected).backgroundColor).to.equal('rgb(0, 128, 0)');
      expect(before).not.to.equal('rgb(0, 128, 0)');
      el.style.setProperty('--gcm-objective-browser-selected-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(selected).backgroundColor).to.equal('rgb(1, 2, 3)');
      // The catalogue inherits the page's tokens too.
      const c = catalogue(el) as GcmPractices;
      expect(getComputedStyle($(c, '[part~="search-button"]') as Element).backgroundColor).to.equal(
        'rgb(0, 128, 0)',
      );
    });

    it('exposes parts, including the catalogue’s', async () => {
      const style = document.createElement('style');
      style.textContent = `
        .themed::part(tab) { letter-spacing: 2px; }
        .themed::part(selected) { letter-spacing: 3px; }
        .themed::part(catalogue-status) { color: rgb(1, 2, 3); }`;
      document.head.append(style);
      try {
        const el = await loaded(
          html`<gcm-objective-browser class="themed" selected="10"></gcm-objective-browser>`,
        );
        expect(getComputedStyle(tab(el, 1)).letterSpacing).to.equal('2px');
        expect(getComputedStyle(tab(el, 10)).letterSpacing).to.equal('3px');
        const c = catalogue(el) as GcmPractices;
        expect(getComputedStyle($(c, '[part="status"]') as Element).color).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });

    it('has a dark scheme that passes axe, and forced-colors support', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="background: #000; color: #fff"><gcm-objective-browser selected="10" theme="dark"></gcm-objective-browser></div>`,
      );
      const el = wrapper.querySelector('gcm-objective-browser') as GcmObjectiveBrowser;
      await settled(el);
      expect(getComputedStyle(tab(el, 1)).backgroundColor).to.equal('rgb(22, 26, 31)');
      expect(catalogue(el)?.getAttribute('theme')).to.equal('dark');
      await expect(el).to.be.accessible();
      const selected = tab(el, 10);
      try {
        await emulateMedia({ forcedColors: 'active' });
        expect(getComputedStyle(selected).backgroundColor).not.to.equal(
          getComputedStyle(tab(el, 1)).backgroundColor,
        );
        (actionButtons(el)[1] as HTMLButtonElement).click();
        await el.updateComplete;
        expect(getComputedStyle(actionButtons(el)[1] as Element).outlineStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('shows a visible focus ring and keeps targets at least 24px', async () => {
      const el = await loaded(
        html`<gcm-objective-browser selected="10" style="width: 480px"></gcm-objective-browser>`,
      );
      tab(el, 10).focus();
      await sendKeys({ press: 'ArrowDown' });
      const ring = getComputedStyle(tab(el, 11));
      expect(ring.outlineStyle).to.equal('solid');
      expect(Number.parseFloat(ring.outlineWidth)).to.be.at.least(2);
      for (const target of [...tabs(el), ...actionButtons(el)]) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.id || text(target)).to.be.at.least(24);
        expect(box.width, target.id || text(target)).to.be.at.least(24);
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en', 'ar']) {
      it(`has no violations with nothing selected, selected, filtered and in error, in ${lang}`, async () => {
        const none = await loaded(
          html`<gcm-objective-browser lang=${lang}></gcm-objective-browser>`,
        );
        await expect(none).to.be.accessible();
        const el = await loaded(
          html`<gcm-objective-browser lang=${lang} selected="10" action="10e"></gcm-objective-browser>`,
        );
        await until(() => $$(el, '[part="target"] bdi').length === 6, 'SDG target texts');
        await expect(el).to.be.accessible();
        const { downUrl } = await testEnv();
        const failed = await fixture<GcmObjectiveBrowser>(
          html`<gcm-objective-browser lang=${lang} api=${downUrl}></gcm-objective-browser>`,
        );
        await until(() => $(failed, '[part="error"]'), 'error state');
        await expect(failed).to.be.accessible();
      });

      it(`has no violations while loading, in ${lang}`, async () => {
        const el = await fixture<GcmObjectiveBrowser>(
          html`<gcm-objective-browser lang=${lang} api=${hostile('slow')}></gcm-objective-browser>`,
        );
        expect($(el, '.root')?.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
      });
    }
  });
});
