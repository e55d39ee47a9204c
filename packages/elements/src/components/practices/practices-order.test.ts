import type { PracticeList } from '@gcm-practices/contract';
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, shadow, testEnv, text, until } from '../../../test/helpers.js';
import '../../define.js';
import type { GcmPracticeCard } from '../practice-card/practice-card.js';
import type { GcmPractices } from './practices.js';

/** The catalogue's controls beyond the default set: sort, principle, SDG target, status. */

async function catalogue(template: ReturnType<typeof html>): Promise<GcmPractices> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('gcm-practices') as GcmPractices;
  await settled(el);
  return el;
}

async function settled(el: GcmPractices) {
  await el.updateComplete;
  await until(
    () => $(el, '.results-region')?.getAttribute('aria-busy') === 'false',
    'results settled',
  );
  await el.updateComplete;
}

function ids(el: GcmPractices): string[] {
  return ($$(el, 'gcm-practice-card') as GcmPracticeCard[]).map((c) => c.practice?.id ?? '');
}

function select(el: GcmPractices, control: string): HTMLSelectElement {
  const found = $(el, `select[id$="-${control}"]`);
  if (!found) throw new Error(`no ${control} select`);
  return found as HTMLSelectElement;
}

async function choose(el: GcmPractices, control: string, value: string) {
  const s = select(el, control);
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await settled(el);
}

/** What the API answers for the same query, to compare the element with. */
async function api(query: string): Promise<PracticeList> {
  const { apiUrl } = await testEnv();
  return (await fetch(`${apiUrl}/v1/practices?${query}`)).json() as Promise<PracticeList>;
}

describe('<gcm-practices>: sort, principle, SDG target and status controls', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('keeps the default set of controls short', async () => {
    const el = await catalogue(html`<gcm-practices objective="10"></gcm-practices>`);
    for (const control of ['principle', 'sdg-target', 'status', 'sort']) {
      expect($(el, `select[id$="-${control}"]`), control).to.equal(null);
    }
    expect($(el, 'select[id$="-country"]')).to.exist;
  });

  it('sorts by newest, oldest and title, and offers relevance while searching', async () => {
    const el = await catalogue(
      html`<gcm-practices objective="10" filters="search,sort" page-size="50"></gcm-practices>`,
    );
    const sort = select(el, 'sort');
    expect([...sort.options].map((o) => text(o))).to.deep.equal([
      'Featured first',
      'Newest first',
      'Oldest first',
      'Title (A–Z)',
    ]);
    expect(ids(el)).to.deep.equal((await api('objective=10&pageSize=50')).data.map((p) => p.id));
    for (const order of ['newest', 'oldest', 'title']) {
      await choose(el, 'sort', order);
      expect(el.sort).to.equal(order);
      expect(ids(el), order).to.deep.equal(
        (await api(`objective=10&pageSize=50&sort=${order}`)).data.map((p) => p.id),
      );
    }
    el.query = 'trafficking';
    await settled(el);
    expect(text(select(el, 'sort').options[0])).to.equal('Relevance');
  });

  it('filters by status, guiding principle and SDG target, with counts from the API', async () => {
    const el = await catalogue(
      html`<gcm-practices filters="principle,sdg-target,status" page-size="50"></gcm-practices>`,
    );
    const status = select(el, 'status');
    expect(text(status.labels?.[0])).to.equal('Status');
    const ongoing = [...status.options].find((o) => o.value === 'ongoing');
    const expected = await api('status=ongoing&pageSize=50');
    expect(text(ongoing)).to.equal(`Ongoing (${expected.meta.total})`);
    await choose(el, 'status', 'ongoing');
    expect(ids(el)).to.deep.equal(expected.data.map((p) => p.id));
    expect(text(select(el, 'principle').labels?.[0])).to.equal('Guiding principle');
    expect(text(select(el, 'sdg-target').labels?.[0])).to.equal('SDG target');
  });

  it('reads principle, sdg-target, status and sort from attributes and keeps them in the URL', async () => {
    const el = await catalogue(
      html`<gcm-practices sync-url filters="status,sort" page-size="50"></gcm-practices>`,
    );
    await choose(el, 'status', 'ongoing');
    await choose(el, 'sort', 'title');
    const params = new URL(location.href).searchParams;
    expect(params.get('gcm-status')).to.equal('ongoing');
    expect(params.get('gcm-sort')).to.equal('title');
    const again = await catalogue(
      html`<gcm-practices sync-url filters="status,sort" page-size="50"></gcm-practices>`,
    );
    expect(again.status).to.equal('ongoing');
    expect(again.sort).to.equal('title');
    expect(ids(again)).to.deep.equal(
      (await api('status=ongoing&sort=title&pageSize=50')).data.map((p) => p.id),
    );
    const fixed = await catalogue(
      html`<gcm-practices status="completed" filters="none" page-size="50"></gcm-practices>`,
    );
    const completed = await api('status=completed&pageSize=50');
    expect(completed.meta.total).to.be.greaterThan(0);
    expect(ids(fixed)).to.deep.equal(completed.data.map((p) => p.id));
    const none = await catalogue(
      html`<gcm-practices sdg-target="8.7" principle="human-rights" filters="none"></gcm-practices>`,
    );
    expect(ids(none)).to.deep.equal(
      (await api('sdgTarget=8.7&principle=human-rights')).data.map((p) => p.id),
    );
  });

  it('has no axe violations with every control shown, in each language', async () => {
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      const el = await catalogue(
        html`<gcm-practices lang=${lang} filters="search,principle,sdg-target,status,sort" objective="10"></gcm-practices>`,
      );
      expect(shadow(el).querySelectorAll('select').length).to.equal(4);
      await expect(el).to.be.accessible();
    }
  });
});
