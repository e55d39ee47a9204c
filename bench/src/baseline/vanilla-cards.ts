/**
 * The floor: a hand-written practice list with no framework, no shadow DOM and
 * no validation, as a partner might write it. It fetches a page (or several)
 * and the labels from the practices API and renders the same fields as
 * `<gcm-practice-card>` — featured mark, title, implementers, places, years,
 * summary, takeaway, objective badges — with `textContent` only: data is
 * never parsed as HTML.
 *
 * Served as its own module to the render benchmark and measured in the size
 * table, minified by esbuild.
 */

interface Practice {
  id: string;
  title: string;
  summary: string;
  takeaway: string | null;
  implementers: { name: string }[];
  countries: string[];
  regions: string[];
  objectives: number[];
  period: { start: number | null; end: number | null };
  featured: boolean;
}

interface Taxonomies {
  objectives: { number: number; shortTitle: string }[];
  regions: { id: string; name: string }[];
  countries: { code: string; name: string }[];
}

interface Labels {
  objectives: Map<number, string>;
  regions: Map<string, string>;
  countries: Map<string, string>;
  list: Intl.ListFormat;
}

const MAX_PAGE_SIZE = 100;
const MAX_PLACES = 4;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The first `count` practices (newest first), in pages of at most 100, and the labels. */
export async function fetchPractices(
  api: string,
  count: number,
): Promise<{ practices: Practice[]; taxonomies: Taxonomies }> {
  const pageSize = Math.min(count, MAX_PAGE_SIZE);
  const pages = Math.ceil(count / pageSize);
  const [taxonomies, ...lists] = await Promise.all([
    getJson<Taxonomies>(`${api}/v1/taxonomies`),
    ...Array.from({ length: pages }, (_, i) =>
      getJson<{ data: Practice[] }>(`${api}/v1/practices?page=${i + 1}&pageSize=${pageSize}`),
    ),
  ]);
  return { practices: lists.flatMap((list) => list.data).slice(0, count), taxonomies };
}

function labelsOf(taxonomies: Taxonomies, locale: string): Labels {
  return {
    objectives: new Map(taxonomies.objectives.map((o) => [o.number, o.shortTitle])),
    regions: new Map(taxonomies.regions.map((r) => [r.id, r.name])),
    countries: new Map(taxonomies.countries.map((c) => [c.code, c.name])),
    list: new Intl.ListFormat(locale, { type: 'conjunction' }),
  };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function period({ start, end }: Practice['period']): string | undefined {
  if (start !== null && end !== null) return start === end ? `${start}` : `${start}–${end}`;
  if (start !== null) return `Since ${start}`;
  if (end !== null) return `Until ${end}`;
  return undefined;
}

function fact(list: HTMLElement, term: string, value: string): void {
  const row = el('div', 'fact');
  row.append(el('dt', '', term), el('dd', '', value));
  list.append(row);
}

/** One practice as an `<li>` card. */
export function renderCard(practice: Practice, labels: Labels): HTMLLIElement {
  const card = el('li', 'practice-card');
  const article = el('article', 'card');
  card.append(article);
  if (practice.featured) article.append(el('p', 'featured', 'Featured practice'));
  const title = el('h3', 'title');
  const link = el('a', '', practice.title);
  link.href = `#practice-${encodeURIComponent(practice.id)}`;
  title.append(link);
  article.append(title);

  const facts = el('dl', 'facts');
  fact(facts, 'Implemented by', labels.list.format(practice.implementers.map((i) => i.name)));
  const places =
    practice.countries.length > 0
      ? practice.countries.map((code) => labels.countries.get(code) ?? code)
      : practice.regions.map((id) => labels.regions.get(id) ?? id);
  if (places.length > 0) {
    const shown =
      places.length > MAX_PLACES + 1
        ? [...places.slice(0, MAX_PLACES), `${places.length - MAX_PLACES} more`]
        : places;
    fact(facts, 'Where', labels.list.format(shown));
  }
  const years = period(practice.period);
  if (years) fact(facts, 'When', years);
  article.append(facts);

  article.append(el('p', 'summary', practice.summary));
  if (practice.takeaway) {
    const takeaway = el('p', 'takeaway');
    takeaway.append(el('strong', '', 'Takeaway:'), ` ${practice.takeaway}`);
    article.append(takeaway);
  }
  const badges = el('ul', 'badges');
  badges.setAttribute('aria-label', 'GCM objectives');
  for (const n of practice.objectives) {
    const badge = el('li', 'badge');
    badge.append(el('span', 'badge-number', String(n)), ` ${labels.objectives.get(n) ?? ''}`);
    badges.append(badge);
  }
  article.append(badges);
  return card;
}

const STYLE = `
.practice-list{list-style:none;margin:0;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))}
.card{border:1px solid #d0d4da;border-radius:.5rem;padding:1rem;height:100%;box-sizing:border-box}
.title{margin:0 0 .5rem;font-size:1.15rem}.title a{color:#0b5cad}
.facts{margin:0 0 .5rem;font-size:.9rem}.fact{display:flex;gap:.25rem}.facts dt{font-weight:600}.facts dd{margin:0}
.badges{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem;padding:0;margin:.5rem 0 0}
.badge{background:#eef3fa;border-radius:1rem;padding:.1rem .5rem;font-size:.8rem}
.badge-number{font-weight:700;color:#0b5cad}.featured{color:#a15c00;margin:0}`;

/** Render `practices` into `container`, replacing what it held. */
export function renderPracticeList(
  container: HTMLElement,
  practices: readonly Practice[],
  taxonomies: Taxonomies,
  locale = document.documentElement.lang || 'en',
): void {
  const labels = labelsOf(taxonomies, locale);
  const style = document.createElement('style');
  style.textContent = STYLE;
  const list = el('ul', 'practice-list');
  for (const practice of practices) list.append(renderCard(practice, labels));
  container.replaceChildren(style, list);
}

/** Fetch the first `count` practices from `api` and render them into `container`. */
export async function showPractices(
  container: HTMLElement,
  { api, count }: { api: string; count: number },
): Promise<void> {
  const { practices, taxonomies } = await fetchPractices(api, count);
  renderPracticeList(container, practices, taxonomies);
}
