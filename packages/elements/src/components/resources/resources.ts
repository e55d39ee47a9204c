import type {
  FacetBucket,
  Resource,
  ResourceList,
  ResourceQueryInput,
  Taxonomies,
} from '@gcm-practices/contract';
import { MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from '@gcm-practices/contract';
import { listResources } from '@gcm-practices/sdk';
import { TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  renderSearch,
  renderSelect,
  renderYears,
  type SelectOption,
} from '../../shared/controls.js';
import { controlsStyles } from '../../shared/controls.styles.js';
import { DataController, type PracticesClient } from '../../shared/data-controller.js';
import { renderErrorState } from '../../shared/error-state.js';
import { errorStateStyles } from '../../shared/error-state.styles.js';
import { emit } from '../../shared/events.js';
import {
  countryName,
  formatNumber,
  formatYear,
  listFormat,
  plural,
  sortByLabel,
} from '../../shared/format.js';
import { GcmElement } from '../../shared/gcm-element.js';
import { httpUrl } from '../../shared/http-url.js';
import { humanize, type Labels, labelsOf } from '../../shared/labels.js';
import { ListFilters } from '../../shared/list-filters.js';
import { isPageRejected } from '../../shared/list-task.js';
import { chosenControls, listValues, validYear } from '../../shared/list-values.js';
import { renderEmpty, renderSkeleton } from '../../shared/list-view.js';
import { listViewStyles } from '../../shared/list-view.styles.js';
import { loadTask } from '../../shared/load-task.js';
import type { Locale } from '../../shared/locale.js';
import { msg, str } from '../../shared/localization.js';
import { renderObjectiveBadges } from '../../shared/objective-badges.js';
import { objectiveBadgeStyles } from '../../shared/objective-badges.styles.js';
import { renderPagination } from '../../shared/pagination.js';
import { paginationStyles } from '../../shared/pagination.styles.js';
import { base, tokens } from '../../shared/theme.js';
import { UrlState } from '../../shared/url-state.js';
import { categoryLabel, resourceResultsLabel } from './resource-messages.js';
import { styles } from './resources.styles.js';

/** The controls `filters` can list. */
export const RESOURCE_FILTER_CONTROLS = [
  'search',
  'category',
  'objective',
  'region',
  'year',
  'sort',
] as const;
export type ResourceFilterControl = (typeof RESOURCE_FILTER_CONTROLS)[number];

/** The orders a visitor can choose; `relevance` only while searching. */
export type ResourceOrder = 'relevance' | 'newest' | 'title';

/** Detail of `gcm-results` from `<gcm-resources>`. */
export interface ResourceResultsDetail {
  total: number;
  page: number;
  pageCount: number;
  /** The query sent to the API. */
  query: ResourceQueryInput;
}

type ListFilter = 'category' | 'objective' | 'region';
const LIST_FILTERS: readonly ListFilter[] = ['category', 'objective', 'region'];

/** URL keys for `sync-url`, after the `gcm-resources-` prefix. */
const URL_KEYS = {
  query: 'q',
  category: 'category',
  objective: 'objective',
  region: 'region',
  yearFrom: 'year-from',
  yearTo: 'year-to',
  sort: 'sort',
  page: 'page',
} as const;
type SyncedKey = keyof typeof URL_KEYS;

const DEFAULT_PAGE_SIZE = 10;

let instances = 0;

/** The order to ask for: the visitor's, else the API's default (relevance while searching, newest otherwise). */
function orderOf(sort: string | undefined, searching: boolean): ResourceOrder | undefined {
  if (sort === 'newest' || sort === 'title') return sort;
  return sort === 'relevance' && searching ? sort : undefined;
}

/**
 * The Migration Network Hub's resource library on a partner site: publications with a
 * search box, filters with counts, a sort order, a result count and pages, and loading,
 * empty and error states. Each publication shows its title (a link when the library gives
 * an address), authors, publishers, year, category, places, summary and GCM objectives.
 *
 * @summary The Migration Network Hub's library of publications (guidance, research, reports, training), with a search box and filters for visitors. Use it for a page of reading on a theme, an objective or a region.
 *
 * @tagname gcm-resources
 *
 * @attr api - Base URL of the practices API (else `<meta name="gcm-practices-api">`, else the bundle's default).
 * @attr objective - GCM objective number(s), comma-separated: `10` or `10,11`.
 * @attr category - Category (or categories): `guidance`, `research`, `report`, `assessment`, `brochure`, `policy-brief`, `training`.
 * @attr region - Region slug(s): `worldwide`, `west-africa`.
 * @attr year-from - Publications from this year on.
 * @attr year-to - Publications up to this year.
 * @attr query - Full-text search.
 * @attr sort - `newest` (the default without a search), `title`, or `relevance` (the default while searching).
 * @attr page - Page to show (1-based).
 * @attr page-size - Publications per page, 1–100. Default 10.
 * @attr filters - Controls to show, comma-separated: `search,category,objective,region,year,sort` (the default), or `none`.
 * @attr sync-url - Keep the filters in the page's query string (`gcm-resources-q`, `gcm-resources-region`, …) and read them on load. A value namespaces the keys: `sync-url="a"` → `gcm-resources-a-q`. The keys never meet those of `<gcm-practices>`, so both can sync on one page.
 * @attr heading-level - Heading level of the publication titles (2–6). Default 3.
 * @attr lang - Language (`en`, `fr`, `es`, `ar`); else the closest ancestor's `lang`, else `<html lang>`.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the system setting.
 *
 * @fires {CustomEvent<ResourceResultsDetail>} gcm-results - A page of results arrived. `detail: { total, page, pageCount, query }`.
 * @fires {CustomEvent<ErrorDetail>} gcm-error - Loading failed. `detail: { error }` (an SDK error; see `isApiError`, `isNetworkError`, …).
 *
 * @csspart search - The search form.
 * @csspart search-input - The search field.
 * @csspart search-button - The search button.
 * @csspart filters - The box holding the filter controls.
 * @csspart filter - One filter (label and control), and the sort control.
 * @csspart label - Labels and legends of the controls.
 * @csspart select - A filter's `<select>`, and the sort order's.
 * @csspart years - The year range fieldset.
 * @csspart year-input - A year field.
 * @csspart clear-button - The "Clear filters" button.
 * @csspart sort - The box of the sort control.
 * @csspart status - The result count line.
 * @csspart results - The list of publications.
 * @csspart item - One publication.
 * @csspart item-category - A publication's category.
 * @csspart item-title - A publication's heading.
 * @csspart item-link - The title's link, when the publication has an address.
 * @csspart item-facts - A publication's authors, publishers, year and places.
 * @csspart item-summary - A publication's summary.
 * @csspart item-badges - A publication's list of objective badges.
 * @csspart item-badge - One objective badge.
 * @csspart skeleton - The placeholder list shown while loading.
 * @csspart empty - The "no results" message.
 * @csspart error - The error message.
 * @csspart retry-button - The "Try again" button of the error state.
 * @csspart pagination - The pagination landmark.
 * @csspart page-button - Previous, next and numbered page buttons.
 * @csspart current - The current page's button.
 * @csspart previous - The "Previous" button.
 * @csspart next - The "Next" button.
 * @csspart button - Every button.
 *
 * @cssproperty --gcm-color-primary - Buttons, links, badge numbers.
 * @cssproperty --gcm-color-on-primary - Text on primary-coloured buttons.
 * @cssproperty --gcm-color-text - Text colour.
 * @cssproperty --gcm-color-text-muted - Secondary text.
 * @cssproperty --gcm-color-surface - Publications and controls background.
 * @cssproperty --gcm-color-surface-alt - Subtle backgrounds (filters box, skeletons).
 * @cssproperty --gcm-color-border - Borders of publications and controls.
 * @cssproperty --gcm-color-danger - Error messages.
 * @cssproperty --gcm-color-focus - Focus ring.
 * @cssproperty --gcm-font-family - Font (default: inherited from the page).
 * @cssproperty --gcm-font-size - Base text size, every size inside scaling with it (default `medium`, the visitor's browser setting; the page's own font sizes do not reach inside).
 * @cssproperty --gcm-radius - Corner radius.
 * @cssproperty --gcm-space - Base spacing unit.
 * @cssproperty --gcm-resources-gap - Space between publications (default `--gcm-space`).
 * @cssproperty --gcm-resources-filters-background - Background of the filters box.
 * @cssproperty --gcm-resources-item-background - A publication's background (default `--gcm-color-surface`).
 * @cssproperty --gcm-resources-item-border - A publication's border (default `1px solid` the border colour).
 * @cssproperty --gcm-resources-item-padding - A publication's padding (default `--gcm-space`).
 * @cssproperty --gcm-resources-title-color - Title colour (default `--gcm-color-primary` for links, the text colour otherwise).
 * @cssproperty --gcm-resources-summary-lines - Lines of summary shown before it is cut (default 4).
 * @cssproperty --gcm-resources-badge-background - Objective badge background.
 * @cssproperty --gcm-resources-badge-color - Objective badge text colour.
 */
export class GcmResources extends GcmElement {
  static override styles = [
    tokens,
    base,
    errorStateStyles,
    controlsStyles,
    listViewStyles,
    paginationStyles,
    objectiveBadgeStyles,
    styles,
  ];

  /** Address of the practices API; without it, the page's `<meta name="gcm-practices-api">`, else the bundle's default. */
  @property() api: string | undefined;
  /** Show only publications on these GCM objectives: numbers from 1 to 23, comma-separated. */
  @property() objective: string | undefined;
  /** Show only publications of these categories, comma-separated (`guidance`, `research`, …). */
  @property() category: string | undefined;
  /** Show only publications on these regions, comma-separated (`west-africa`). */
  @property() region: string | undefined;
  /** Show only publications from this year on. */
  @property({ attribute: 'year-from', type: Number }) yearFrom: number | undefined;
  /** Show only publications up to this year. */
  @property({ attribute: 'year-to', type: Number }) yearTo: number | undefined;
  /** Start with the publications that match this text, as if a visitor had searched for it. */
  @property() query: string | undefined;
  /** The order of the publications: `newest` or `title`, or `relevance` (best match first) while searching. Without it, the newest first, the best match while searching. */
  @property() sort: 'newest' | 'title' | 'relevance' | undefined;
  /** The page of results shown first, from 1. */
  @property({ type: Number }) page = 1;
  /** How many publications a page shows, from 1 to 100; 10 by default. */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;
  /** The controls visitors can search and filter with, comma-separated, or `none`. */
  @property() filters:
    | 'none'
    | 'search'
    | 'category'
    | 'objective'
    | 'region'
    | 'year'
    | 'sort'
    | `${string},${string}`
    | undefined;
  /** Keep the visitor's search and filters in the page address, read again when the page loads; a value keeps apart the addresses of several lists on one page. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;
  /** The heading level of the publication titles, from 2 to 6; 3 by default. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /** An SDK client to use instead of one built from `api`. */
  @property({ attribute: false }) client: PracticesClient | undefined;

  private readonly data = new DataController(this);
  private readonly uid = `gcm-resources-${++instances}`;
  private readonly urlState = new UrlState<SyncedKey>(this, {
    keys: URL_KEYS,
    numbers: ['yearFrom', 'yearTo', 'page'],
    prefix: 'gcm-resources-',
  });
  /** The visitor's search, filters, order and page. */
  private readonly listFilters = new ListFilters<ListFilter>(
    this,
    () => this.results.status === TaskStatus.COMPLETE,
  );

  /** The labels fetched beside the current list (objective titles, region names). */
  private labels: Labels | undefined;

  private readonly results = loadTask(this, {
    task: async ([key, client], { signal }): Promise<ResourceList> => {
      const query = JSON.parse(key) as ResourceQueryInput;
      // Labels come in the list's round trip, so each publication renders once, complete.
      const [list, taxonomies] = await Promise.all([
        listResources(client, query, { signal }),
        this.data.taxonomies(client).catch(() => undefined),
      ]);
      this.labels = labelsOf(taxonomies as Taxonomies | undefined);
      if (!signal.aborted) {
        emit<ResourceResultsDetail>(this, 'results', {
          total: list.meta.total,
          page: list.meta.page,
          pageCount: list.meta.pageCount,
          query,
        });
      }
      return list;
    },
    args: () => [JSON.stringify(this.apiQuery), this.data.clientFor(this.locale)] as const,
    // A page that no longer exists (a shared link, a smaller library): go to page 1.
    recover: (error) => {
      if (this.page <= 1 || !isPageRejected(error)) return false;
      this.page = 1;
      return true;
    },
  });

  /** The controls on show. */
  private get controls(): ResourceFilterControl[] {
    return chosenControls(this.filters, RESOURCE_FILTER_CONTROLS);
  }

  /** The query sent to the API for the current state. */
  private get apiQuery(): ResourceQueryInput {
    const q: ResourceQueryInput = {
      page: Math.max(1, Math.trunc(this.page) || 1),
      pageSize: Math.min(
        MAX_PAGE_SIZE,
        Math.max(1, Math.trunc(this.pageSize) || DEFAULT_PAGE_SIZE),
      ),
    };
    const text = this.query?.trim();
    if (text) q.q = text.slice(0, MAX_QUERY_LENGTH);
    const objectives = listValues(this.objective)
      .map(Number)
      .filter((n) => Number.isInteger(n));
    if (objectives.length) q.objective = objectives;
    const categories = listValues(this.category) as NonNullable<ResourceQueryInput['category']>;
    if (categories.length) q.category = categories;
    const regions = listValues(this.region);
    if (regions.length) q.region = regions;
    let from = validYear(this.yearFrom);
    let to = validYear(this.yearTo);
    if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
    if (from !== undefined) q.yearFrom = from;
    if (to !== undefined) q.yearTo = to;
    const order = orderOf(this.sort, Boolean(q.q));
    if (order) q.sort = order;
    const facets = LIST_FILTERS.filter((f) => this.controls.includes(f));
    if (facets.length) q.facets = facets;
    return q;
  }

  // ── visitor actions ───────────────────────────────────────────────────────

  /** Remove every filter the visitor can change; filters fixed by the page (no control) stay. */
  private clearFilters = (): void => {
    for (const c of this.controls) {
      if (c === 'search') {
        this.query = undefined;
        this.listFilters.search.clear();
      } else if (c === 'year') {
        this.yearFrom = undefined;
        this.yearTo = undefined;
      } else if (c !== 'sort') {
        this[c] = undefined;
      }
    }
    this.page = 1;
  };

  /** True when a visitor-controlled filter narrows the results. */
  private get filtered(): boolean {
    return this.controls.some((c) => {
      if (c === 'search') return Boolean(this.query?.trim());
      if (c === 'year') {
        return validYear(this.yearFrom) !== undefined || validYear(this.yearTo) !== undefined;
      }
      return c !== 'sort' && listValues(this[c]).length > 0;
    });
  }

  // ── rendering ─────────────────────────────────────────────────────────────

  override render() {
    const status = this.results.status;
    const list = this.results.value;
    const loading = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    return html`<div class="root" dir=${this.direction} lang=${this.locale}>
      ${this.renderControls(list)}
      <div class="bar">
        <p class="status" part="status" role="status">${this.statusText()}</p>
        ${this.controls.includes('sort') ? this.renderSort() : nothing}
      </div>
      <div
        class="results-region"
        tabindex="-1"
        aria-label=${msg('Publications', { id: 'resources' })}
        role="region"
        aria-busy=${loading ? 'true' : 'false'}
      >
        ${this.renderBody(status, list)}
      </div>
      ${
        status === TaskStatus.COMPLETE && list
          ? renderPagination(
              this.locale,
              list.meta.page,
              list.meta.pageCount,
              this.listFilters.goToPage,
            )
          : nothing
      }
    </div>`;
  }

  private statusText(): string {
    switch (this.results.status) {
      case TaskStatus.COMPLETE:
        return resourceResultsLabel(this.locale, this.results.value?.meta.total ?? 0);
      case TaskStatus.ERROR:
        return '';
      default:
        return msg('Loading publications…', { id: 'resources-loading' });
    }
  }

  private renderBody(status: TaskStatus, list: ResourceList | undefined) {
    if (status === TaskStatus.ERROR) {
      return renderErrorState(
        this.results.error,
        () => this.results.run(),
        msg('Something went wrong while loading publications.', { id: 'resources-error-unknown' }),
      );
    }
    if (!list || (status !== TaskStatus.COMPLETE && list.data.length === 0)) {
      return renderSkeleton(this.apiQuery.pageSize ?? DEFAULT_PAGE_SIZE);
    }
    if (list.data.length === 0) {
      return renderEmpty(
        msg('No publications match your search.', { id: 'resources-empty' }),
        this.filtered ? this.clearFilters : undefined,
      );
    }
    return html`<ul class="results" part="results">
      ${list.data.map((r) => html`<li>${this.renderItem(r)}</li>`)}
    </ul>`;
  }

  private renderItem(r: Resource) {
    const locale = this.locale;
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    const titleId = `${this.uid}-${r.id}`;
    const url = httpUrl(r.url);
    const places =
      r.countries.length > 0
        ? r.countries.map((code) => {
            return countryName(locale, code, this.labels?.countries.get(code));
          })
        : r.regions.map((id) => this.labels?.regions.get(id) ?? humanize(id));
    const facts: [string, unknown][] = [];
    if (r.authors.length > 0) {
      facts.push([
        plural(locale, r.authors.length, {
          one: () => msg('Author', { id: 'resources-author-one' }),
          other: () => msg('Authors', { id: 'resources-author-other' }),
        }),
        isolated(locale, r.authors),
      ]);
    }
    if (r.publishers.length > 0) {
      facts.push([
        plural(locale, r.publishers.length, {
          one: () => msg('Publisher', { id: 'resources-publisher-one' }),
          other: () => msg('Publishers', { id: 'resources-publisher-other' }),
        }),
        isolated(locale, r.publishers),
      ]);
    }
    if (r.year !== null) {
      facts.push([msg('Published', { id: 'resources-published' }), formatYear(locale, r.year)]);
    }
    if (places.length > 0) {
      facts.push([msg('Where', { id: 'where' }), isolated(locale, places)]);
    }
    return html`<article class="item" part="item" aria-labelledby=${titleId}>
      ${
        r.category
          ? html`<p class="category" part="item-category">${categoryLabel(r.category)}</p>`
          : nothing
      }
      <div class="title" part="item-title" role="heading" aria-level=${level} id=${titleId}>
        ${
          url
            ? html`<a part="item-link" href=${url} lang=${r.lang} dir="auto">${r.title}</a>`
            : html`<span lang=${r.lang} dir="auto">${r.title}</span>`
        }
      </div>
      ${
        facts.length > 0
          ? html`<dl class="facts" part="item-facts">
            ${facts.map(
              ([term, value]) => html`<div>
                <dt>${term}</dt>
                <dd>${value}</dd>
              </div>`,
            )}
          </dl>`
          : nothing
      }
      <p class="summary" part="item-summary" lang=${r.lang} dir="auto">${r.summary}</p>
      ${
        r.objectives.length > 0
          ? renderObjectiveBadges(
              locale,
              r.objectives,
              (n) => this.labels?.objectives.get(n)?.shortTitle,
              { list: 'item-badges', badge: 'item-badge' },
            )
          : nothing
      }
    </article>`;
  }

  private renderControls(list: ResourceList | undefined) {
    const controls = this.controls;
    const selects = LIST_FILTERS.filter((f) => controls.includes(f));
    const showFilters = selects.length > 0 || controls.includes('year');
    if (!controls.includes('search') && !showFilters) return nothing;
    return html`<div class="controls">
      ${
        controls.includes('search')
          ? renderSearch({
              id: `${this.uid}-q`,
              label: msg('Search publications', { id: 'resources-search-label' }),
              value: this.listFilters.search.value,
              onInput: this.listFilters.search.input,
              onSubmit: this.listFilters.search.submit,
            })
          : nothing
      }
      ${
        showFilters
          ? html`<div class="filters" part="filters" role="group" aria-label=${msg('Filters', { id: 'filters' })}>
            ${selects.map((f) => this.renderFilter(f, list))}
            ${
              controls.includes('year')
                ? renderYears({
                    idPrefix: `${this.uid}-year`,
                    from: validYear(this.yearFrom),
                    to: validYear(this.yearTo),
                    onChange: this.listFilters.setYears,
                  })
                : nothing
            }
            ${
              this.filtered
                ? html`<button class="button clear" part="button clear-button" type="button" @click=${this.clearFilters}>
                  ${msg('Clear filters', { id: 'clear' })}
                </button>`
                : nothing
            }
          </div>`
          : nothing
      }
    </div>`;
  }

  private renderFilter(name: ListFilter, list: ResourceList | undefined) {
    const value = listValues(this[name]).join(',');
    const buckets: FacetBucket[] = list?.facets?.[name] ?? [];
    // The library may use no category at all: a select with nothing to choose is left out.
    if (name === 'category' && buckets.length === 0 && !value) return nothing;
    let options: SelectOption[] = buckets.map((b) => ({
      value: b.value,
      label: this.optionLabel(name, b.value, b.label),
      count: b.count,
    }));
    if (name !== 'objective') options = sortByLabel(this.locale, options);
    if (value && !options.some((o) => o.value === value)) {
      const label = listValues(value)
        .map((v) => this.optionLabel(name, v))
        .join(', ');
      options = [{ value, label }, ...options];
    }
    const [label, all] =
      name === 'category'
        ? [msg('Category', { id: 'category' }), msg('All categories', { id: 'all-categories' })]
        : name === 'objective'
          ? [msg('Objective', { id: 'objective' }), msg('All objectives', { id: 'all-objectives' })]
          : [msg('Region', { id: 'region' }), msg('All regions', { id: 'all-regions' })];
    return renderSelect(this.locale, {
      id: `${this.uid}-${name}`,
      label,
      all,
      value,
      options,
      onChange: (v) => this.listFilters.setFilter(name, v),
    });
  }

  private optionLabel(name: ListFilter, value: string, apiLabel?: string): string {
    if (name === 'category') return categoryLabel(value);
    if (name === 'region') return apiLabel ?? this.labels?.regions.get(value) ?? humanize(value);
    const n = Number(value);
    const title = apiLabel ?? this.labels?.objectives.get(n)?.shortTitle;
    const number = formatNumber(this.locale, n);
    return title ? `${number}. ${title}` : msg(str`Objective ${number}`, { id: 'objective-n' });
  }

  private renderSort() {
    const searching = Boolean(this.query?.trim());
    const value = orderOf(this.sort, searching) ?? (searching ? 'relevance' : 'newest');
    const options: SelectOption[] = [
      { value: 'newest', label: msg('Newest first', { id: 'sort-newest' }) },
      { value: 'title', label: msg('Title (A–Z)', { id: 'sort-title' }) },
    ];
    if (searching) {
      options.unshift({ value: 'relevance', label: msg('Relevance', { id: 'sort-relevance' }) });
    }
    return html`<div class="sort" part="sort">
      ${renderSelect(this.locale, {
        id: `${this.uid}-sort`,
        label: msg('Sort by', { id: 'sort' }),
        value,
        options,
        onChange: this.listFilters.setSort,
      })}
    </div>`;
  }
}

/**
 * Join names the way the language does ("A, B and C", "A وB"), each name isolated so
 * English names keep their order inside Arabic text.
 */
function isolated(locale: Locale, names: string[]) {
  return listFormat(locale)
    .formatToParts(names)
    .map((part) => (part.type === 'element' ? html`<bdi>${part.value}</bdi>` : part.value));
}
