import type {
  FacetBucket,
  PracticeFacet,
  PracticeList,
  PracticeQueryInput,
  Taxonomies,
} from '@gcm-practices/contract';
import { MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from '@gcm-practices/contract';
import { listPractices } from '@gcm-practices/sdk';
import { initialState, Task, TaskStatus } from '@lit/task';
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
import { emit, type ResultsDetail } from '../../shared/events.js';
import { countryName, formatNumber, sortByLabel } from '../../shared/format.js';
import { GcmElement } from '../../shared/gcm-element.js';
import { humanize, labelsOf } from '../../shared/labels.js';
import { ListFilters } from '../../shared/list-filters.js';
import { isPageRejected } from '../../shared/list-task.js';
import {
  chosenControls,
  listValues as values,
  validYear as year,
} from '../../shared/list-values.js';
import { renderEmpty, renderSkeleton } from '../../shared/list-view.js';
import { listViewStyles } from '../../shared/list-view.styles.js';
import { loadTask } from '../../shared/load-task.js';
import { msg, str } from '../../shared/localization.js';
import { implementerTypeLabel, resultsLabel, statusLabel } from '../../shared/messages.js';
import { renderPagination } from '../../shared/pagination.js';
import { paginationStyles } from '../../shared/pagination.styles.js';
import { PracticeDialog } from '../../shared/practice-dialog.js';
import { practiceDialogStyles } from '../../shared/practice-dialog.styles.js';
import { base, tokens } from '../../shared/theme.js';
import { UrlState } from '../../shared/url-state.js';
import { styles } from './practices.styles.js';

/** The controls `filters` can list, in the order they are shown. */
export const FILTER_CONTROLS = [
  'search',
  'objective',
  'action',
  'principle',
  'sdg-target',
  'region',
  'country',
  'implementer-type',
  'status',
  'year',
  'sort',
] as const;
export type FilterControl = (typeof FILTER_CONTROLS)[number];

/** The controls shown without a `filters` attribute: the common questions, not every field. */
export const DEFAULT_FILTER_CONTROLS: readonly FilterControl[] = [
  'search',
  'objective',
  'action',
  'region',
  'country',
  'implementer-type',
  'year',
];

/** An order the catalogue can ask for; without one the API puts featured practices first, then the newest (relevance while searching). */
export type PracticeOrder = 'relevance' | 'newest' | 'oldest' | 'title';

function orderOf(sort: string | undefined, searching: boolean): PracticeOrder | undefined {
  if (sort === 'newest' || sort === 'oldest' || sort === 'title') return sort;
  return sort === 'relevance' && searching ? sort : undefined;
}

type ListFilter =
  | 'objective'
  | 'action'
  | 'principle'
  | 'sdgTarget'
  | 'region'
  | 'country'
  | 'implementerType'
  | 'status';
type FilterSelect = Exclude<FilterControl, 'search' | 'year' | 'sort'>;

const FACET_OF: Record<FilterSelect, ListFilter & PracticeFacet> = {
  objective: 'objective',
  action: 'action',
  principle: 'principle',
  'sdg-target': 'sdgTarget',
  region: 'region',
  country: 'country',
  'implementer-type': 'implementerType',
  status: 'status',
};

const isSelect = (c: FilterControl): c is FilterSelect =>
  c !== 'search' && c !== 'year' && c !== 'sort';

/** URL keys for `sync-url`, after the `gcm-` prefix. */
const URL_KEYS = {
  query: 'q',
  objective: 'objective',
  action: 'action',
  principle: 'principle',
  sdgTarget: 'sdg-target',
  region: 'region',
  country: 'country',
  implementerType: 'implementer-type',
  status: 'status',
  yearFrom: 'year-from',
  yearTo: 'year-to',
  sort: 'sort',
  page: 'page',
} as const;
type SyncedKey = keyof typeof URL_KEYS;

const DEFAULT_PAGE_SIZE = 12;

let instances = 0;

/**
 * The embeddable catalogue of the GCM Repository of Practices: search box,
 * filters with counts, result count, cards, pagination, and loading, empty and
 * error states.
 *
 * @summary The Repository's practices, with a search box and filters for visitors. Use it for a page of practices on one theme (an objective, a region, a call for practices) or for the whole catalogue.
 *
 * @tagname gcm-practices
 *
 * @attr api - Base URL of the practices API (else `<meta name="gcm-practices-api">`, else the bundle's default).
 * @attr objective - GCM objective number(s) to show, comma-separated: `10` or `10,11`.
 * @attr action - Objective action id(s): `10a,10b`.
 * @attr principle - Guiding principle id(s): `human-rights,gender-responsive`.
 * @attr sdg-target - SDG target id(s): `8.7,16.2`.
 * @attr status - `planned`, `ongoing` or `completed` (comma-separated for several).
 * @attr sort - `newest`, `oldest`, `title`, or `relevance` (while searching). Without it: featured practices first, then the newest; the best matches while searching.
 * @attr region - Region slug(s): `south-america`.
 * @attr country - ISO 3166-1 alpha-3 code(s): `BRA,VEN`.
 * @attr implementer-type - Implementer type(s): `government`, `civil-society`, …
 * @attr year-from - Practices running in or after this year.
 * @attr year-to - Practices running in or before this year.
 * @attr query - Full-text search.
 * @attr featured - Show featured practices only.
 * @attr campaign - Practices collected through this call for practices (campaign id).
 * @attr page - Page to show (1-based).
 * @attr page-size - Practices per page, 1–100. Default 12.
 * @attr layout - `grid` (default) or `list`.
 * @attr filters - Controls to show, comma-separated, from `search,objective,action,principle,sdg-target,region,country,implementer-type,status,year,sort`; `none` for none. Default `search,objective,action,region,country,implementer-type,year`.
 * @attr sync-url - Keep the filters in the page's query string (`gcm-q`, `gcm-objective`, …) and read them on load, and the practice open in the dialog as `gcm-practice` (opening it adds a history entry, so Back closes it). A value namespaces the keys: `sync-url="a"` → `gcm-a-q`.
 * @attr href-template - Link for each practice title, `{id}` replaced by the id. Without it titles are buttons that fire `gcm-practice-select` and then, unless a listener cancelled it, open the practice in a modal dialog.
 * @attr heading-level - Heading level of the card titles (2–6). Default 3.
 * @attr lang - Language (`en`, `fr`, `es`, `ar`); else the closest ancestor's `lang`, else `<html lang>`.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the system setting.
 *
 * @fires {CustomEvent<ResultsDetail>} gcm-results - A page of results arrived. `detail: { total, page, pageCount, query }`.
 * @fires {CustomEvent<ErrorDetail>} gcm-error - Loading failed. `detail: { error }` (an SDK error; see `isApiError`, `isNetworkError`, …).
 * @fires {CustomEvent<PracticeSelectDetail>} gcm-practice-select - A practice title was activated (bubbles from the card). `detail: { id, practice }`. Cancelable: `preventDefault()` keeps the dialog closed (or stops the link), so a single-page app can route instead.
 *
 * @csspart search - The search form.
 * @csspart search-input - The search field.
 * @csspart search-button - The search button.
 * @csspart filters - The box holding the filter controls.
 * @csspart filter - One filter (label and control).
 * @csspart label - Labels and legends of the controls.
 * @csspart select - A filter's `<select>`.
 * @csspart years - The year range fieldset.
 * @csspart year-input - A year field.
 * @csspart clear-button - The "Clear filters" button.
 * @csspart status - The result count line.
 * @csspart results - The list of cards.
 * @csspart card - Each `<gcm-practice-card>` element.
 * @csspart card-box - A card's box (the card's `card` part).
 * @csspart card-featured - A card's featured mark.
 * @csspart card-title - A card's heading.
 * @csspart card-link - A card's title link or button.
 * @csspart card-facts - A card's implementers, places and years.
 * @csspart card-summary - A card's summary.
 * @csspart card-takeaway - A card's takeaway.
 * @csspart card-badges - A card's list of objective badges.
 * @csspart card-badge - One objective badge.
 * @csspart skeleton - The placeholder list shown while loading.
 * @csspart empty - The "no results" message.
 * @csspart error - The error message.
 * @csspart pagination - The pagination landmark.
 * @csspart page-button - Previous, next and numbered page buttons.
 * @csspart current - The current page's button.
 * @csspart previous - The "Previous" button.
 * @csspart next - The "Next" button.
 * @csspart retry-button - The "Try again" button of the error state.
 * @csspart button - Every button.
 * @csspart sort - The box of the sort control.
 * @csspart dialog - The `<dialog>` showing a practice in full.
 * @csspart close-button - The dialog's close button.
 * @csspart practice - The `<gcm-practice>` element in the dialog.
 *
 * @cssproperty --gcm-color-primary - Buttons, links, badges.
 * @cssproperty --gcm-color-on-primary - Text on primary-coloured buttons.
 * @cssproperty --gcm-color-text - Text colour.
 * @cssproperty --gcm-color-text-muted - Secondary text.
 * @cssproperty --gcm-color-surface - Cards and controls background.
 * @cssproperty --gcm-color-surface-alt - Subtle backgrounds (filters box, skeletons).
 * @cssproperty --gcm-color-border - Borders of cards and controls.
 * @cssproperty --gcm-color-accent - The featured mark.
 * @cssproperty --gcm-color-danger - Error messages.
 * @cssproperty --gcm-color-focus - Focus ring.
 * @cssproperty --gcm-font-family - Font (default: inherited from the page).
 * @cssproperty --gcm-font-size - Base text size, every size inside scaling with it (default `medium`, the visitor's browser setting; the page's own font sizes do not reach inside).
 * @cssproperty --gcm-radius - Corner radius.
 * @cssproperty --gcm-space - Base spacing unit.
 * @cssproperty --gcm-practices-card-min-width - Narrowest card in the grid layout (default 18em).
 * @cssproperty --gcm-practices-gap - Space between cards (default `--gcm-space`).
 * @cssproperty --gcm-practices-filters-background - Background of the filters box.
 */
export class GcmPractices extends GcmElement {
  static override styles = [
    tokens,
    base,
    errorStateStyles,
    controlsStyles,
    listViewStyles,
    paginationStyles,
    practiceDialogStyles,
    styles,
  ];

  /** Address of the practices API; without it, the page's `<meta name="gcm-practices-api">`, else the bundle's default. */
  @property() api: string | undefined;
  /** Show only practices under these GCM objectives: numbers from 1 to 23, comma-separated. */
  @property() objective: string | undefined;
  /** Show only practices under these actions of the objectives, comma-separated (`10e`). */
  @property() action: string | undefined;
  /** Show only practices that follow these guiding principles of the Compact, comma-separated. */
  @property() principle: string | undefined;
  /** Show only practices towards these Sustainable Development Goal targets, comma-separated (`8.7`). */
  @property({ attribute: 'sdg-target' }) sdgTarget: string | undefined;
  /** Show only practices `planned`, `ongoing` or `completed` (comma-separated for several). */
  @property() status: string | undefined;
  /** The order of the practices: `newest`, `oldest` or `title`, or `relevance` (best match first) while searching. Without it, featured practices come first, then the newest. */
  @property() sort: 'newest' | 'oldest' | 'title' | 'relevance' | undefined;
  /** Show only practices in these regions, comma-separated (`south-america`). */
  @property() region: string | undefined;
  /** Show only practices in these countries: ISO 3166-1 alpha-3 codes, comma-separated. */
  @property() country: string | undefined;
  /** Show only practices carried out by these kinds of implementer, comma-separated. */
  @property({ attribute: 'implementer-type' }) implementerType: string | undefined;
  /** Show only practices running in or after this year. */
  @property({ attribute: 'year-from', type: Number }) yearFrom: number | undefined;
  /** Show only practices running in or before this year. */
  @property({ attribute: 'year-to', type: Number }) yearTo: number | undefined;
  /** Start with the practices that match this text, as if a visitor had searched for it. */
  @property() query: string | undefined;
  /** Show only the practices the Hub features. */
  @property({ type: Boolean }) featured = false;
  /** Show only the practices sent in answer to this call for practices (its campaign id). */
  @property() campaign: string | undefined;
  /** The page of results shown first, from 1. */
  @property({ type: Number }) page = 1;
  /** How many practices a page shows, from 1 to 100; 12 by default. */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;
  /** Cards side by side in a grid (`grid`, the default) or one below the other (`list`). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';
  /** The controls visitors can search and filter with, comma-separated, or `none`. */
  @property() filters:
    | 'none'
    | 'search'
    | 'objective'
    | 'action'
    | 'principle'
    | 'sdg-target'
    | 'region'
    | 'country'
    | 'implementer-type'
    | 'status'
    | 'year'
    | 'sort'
    | `${string},${string}`
    | undefined;
  /** Keep the visitor's search and filters in the page address, read again when the page loads; a value keeps apart the addresses of several lists on one page. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;
  /** The address each practice title links to, `{id}` standing for the practice's id. */
  @property({ attribute: 'href-template' }) hrefTemplate: string | undefined;
  /** The heading level of the practice titles, from 2 to 6; 3 by default. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /** An SDK client to use instead of one built from `api`. */
  @property({ attribute: false }) client: PracticesClient | undefined;
  /**
   * Keep the open practice in the query string even without `sync-url`, under this
   * namespace (as `sync-url`'s value would): set by a `<gcm-objective-browser sync-url>`
   * around the catalogue.
   */
  @property({ attribute: false }) syncPractice: string | null = null;

  private readonly data = new DataController(this);
  /** Without `href-template`, a title opens the practice in a dialog. */
  readonly dialog = new PracticeDialog(this, {
    enabled: () => !this.hrefTemplate,
    urlKey: () => {
      const sync = this.syncUrl ?? this.syncPractice;
      if (sync === null) return null;
      const ns = sync.trim();
      return ns ? `gcm-${ns}-practice` : 'gcm-practice';
    },
    client: () => this.data.clientFor(this.locale),
  });
  private readonly uid = `gcm-practices-${++instances}`;
  private readonly urlState = new UrlState<SyncedKey>(this, {
    keys: URL_KEYS,
    numbers: ['yearFrom', 'yearTo', 'page'],
    prefix: 'gcm-',
  });
  /** The visitor's search, filters, order and page. */
  private readonly listFilters = new ListFilters<ListFilter>(
    this,
    () => this.results.status === TaskStatus.COMPLETE,
  );

  /** The labels fetched beside the current list (see `results`). */
  private listLabels: Taxonomies | undefined;

  private readonly results = loadTask(this, {
    task: async ([key, client], { signal }): Promise<PracticeList> => {
      const query = JSON.parse(key) as PracticeQueryInput;
      // The labels come in the same round trip as the list, and the cards wait for them:
      // rendered once with their labels, rather than once without and then all again.
      const [list, labels] = await Promise.all([
        listPractices(client, query, { signal }),
        this.data.taxonomies(client).catch(() => undefined),
      ]);
      this.listLabels = labels;
      if (!signal.aborted) {
        emit<ResultsDetail>(this, 'results', {
          total: list.meta.total,
          page: list.meta.page,
          pageCount: list.meta.pageCount,
          query,
        });
      }
      return list;
    },
    args: () => [this.queryKey(), this.data.clientFor(this.locale)] as const,
    // A page number that no longer exists (a shared link, a smaller catalogue): go to page 1.
    recover: (error) => {
      if (this.page <= 1 || !isPageRejected(error)) return false;
      this.page = 1;
      return true;
    },
  });

  private readonly taxonomyTask = new Task(this, {
    task: ([client]) => this.data.taxonomies(client).catch(() => initialState),
    args: () => [this.data.clientFor(this.locale)] as const,
  });

  /** The controls on show. */
  private get controls(): FilterControl[] {
    if (this.filters === undefined || this.filters === null) return [...DEFAULT_FILTER_CONTROLS];
    return chosenControls(this.filters, FILTER_CONTROLS);
  }

  /** The query sent to the API for the current state. */
  private get apiQuery(): PracticeQueryInput {
    const q: PracticeQueryInput = {
      page: Math.max(1, Math.trunc(this.page) || 1),
      pageSize: Math.min(
        MAX_PAGE_SIZE,
        Math.max(1, Math.trunc(this.pageSize) || DEFAULT_PAGE_SIZE),
      ),
    };
    const text = this.query?.trim();
    if (text) q.q = text.slice(0, MAX_QUERY_LENGTH);
    const objectives = values(this.objective)
      .map(Number)
      .filter((n) => Number.isInteger(n));
    if (objectives.length) q.objective = objectives;
    const actions = values(this.action).map((a) => a.toLowerCase());
    if (actions.length) q.action = actions;
    const principles = values(this.principle);
    if (principles.length) q.principle = principles;
    const targets = values(this.sdgTarget);
    if (targets.length) q.sdgTarget = targets;
    const statuses = values(this.status) as PracticeQueryInput['status'] & string[];
    if (statuses.length) q.status = statuses;
    const regions = values(this.region);
    if (regions.length) q.region = regions;
    const countries = values(this.country).map((c) => c.toUpperCase());
    if (countries.length) q.country = countries;
    const types = values(this.implementerType) as PracticeQueryInput['implementerType'] & string[];
    if (types.length) q.implementerType = types;
    let from = year(this.yearFrom);
    let to = year(this.yearTo);
    if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
    if (from !== undefined) q.yearFrom = from;
    if (to !== undefined) q.yearTo = to;
    if (this.featured) q.featured = true;
    if (this.campaign) q.campaign = this.campaign;
    const order = orderOf(this.sort, Boolean(q.q));
    if (order) q.sort = order;
    const facets = this.controls.flatMap((c) => (isSelect(c) ? [FACET_OF[c]] : []));
    if (facets.length) q.facets = facets;
    return q;
  }

  private queryKey(): string {
    return JSON.stringify(this.apiQuery);
  }

  // ── user actions ──────────────────────────────────────────────────────────

  /** Remove every filter the visitor can change; filters fixed by the page (no control) stay. */
  private clearFilters = (): void => {
    const controls = this.controls;
    if (controls.includes('search')) {
      this.query = undefined;
      this.listFilters.search.clear();
    }
    for (const c of controls) {
      if (c === 'search' || c === 'sort') continue;
      if (c === 'year') {
        this.yearFrom = undefined;
        this.yearTo = undefined;
      } else {
        this[FACET_OF[c]] = undefined;
      }
    }
    this.page = 1;
  };

  /** True when a visitor-controlled filter narrows the results. */
  private get filtered(): boolean {
    return this.controls.some((c) => {
      if (c === 'search') return Boolean(this.query?.trim());
      if (c === 'year') return year(this.yearFrom) !== undefined || year(this.yearTo) !== undefined;
      if (c === 'sort') return false;
      return values(this[FACET_OF[c]]).length > 0;
    });
  }

  // ── rendering ─────────────────────────────────────────────────────────────

  override render() {
    const status = this.results.status;
    const list = this.results.value;
    const loading = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    return html`<div class="root" dir=${this.direction} lang=${this.locale}>
      ${this.renderControls(list)}
      <p class="status" part="status" role="status">${this.statusText()}</p>
      <div
        class="results-region"
        tabindex="-1"
        aria-label=${msg('Practices', { id: 'practices' })}
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
      ${this.dialog.render(this.locale, this.theme)}
    </div>`;
  }

  private statusText(): string {
    switch (this.results.status) {
      case TaskStatus.COMPLETE:
        return resultsLabel(this.locale, this.results.value?.meta.total ?? 0);
      case TaskStatus.ERROR:
        return '';
      default:
        return msg('Loading practices…', { id: 'loading-list' });
    }
  }

  private renderBody(status: TaskStatus, list: PracticeList | undefined) {
    if (status === TaskStatus.ERROR) {
      return renderErrorState(this.results.error, () => this.results.run());
    }
    if (!list || (status !== TaskStatus.COMPLETE && list.data.length === 0)) {
      return renderSkeleton(this.apiQuery.pageSize ?? DEFAULT_PAGE_SIZE);
    }
    if (list.data.length === 0) return this.renderEmpty();
    const taxonomies = (this.taxonomyTask.value as Taxonomies | undefined) ?? this.listLabels;
    // Cards reach the API (for labels) through this element's client, never their own default.
    const client = this.data.clientFor(this.locale);
    return html`<ul
      class=${`results ${this.layout === 'list' ? 'list' : 'grid'}`}
      part="results"
      @gcm-practice-select=${this.dialog.onSelect}
    >
      ${list.data.map(
        (p) => html`<li>
          <gcm-practice-card
            part="card"
            exportparts="card:card-box,title:card-title,link:card-link,badge:card-badge,badges:card-badges,summary:card-summary,takeaway:card-takeaway,featured:card-featured,facts:card-facts"
            .practice=${p}
            .taxonomies=${taxonomies}
            .client=${client}
            href-template=${this.hrefTemplate ?? nothing}
            heading-level=${this.headingLevel}
            theme=${this.theme ?? nothing}
          ></gcm-practice-card>
        </li>`,
      )}
    </ul>`;
  }

  private renderEmpty() {
    return renderEmpty(
      msg('No practices match your search.', { id: 'empty' }),
      this.filtered ? this.clearFilters : undefined,
    );
  }

  private renderControls(list: PracticeList | undefined) {
    const controls = this.controls;
    if (controls.length === 0) return nothing;
    const selects = controls.filter(isSelect);
    return html`<div class="controls">
      ${
        controls.includes('search')
          ? renderSearch({
              id: `${this.uid}-q`,
              label: msg('Search practices', { id: 'search-label' }),
              value: this.listFilters.search.value,
              onInput: this.listFilters.search.input,
              onSubmit: this.listFilters.search.submit,
            })
          : nothing
      }
      ${
        selects.length > 0 || controls.includes('year') || controls.includes('sort')
          ? html`<div class="filters" part="filters" role="group" aria-label=${msg('Filters', { id: 'filters' })}>
            ${selects.map((c) => this.renderFilter(c, list))}
            ${
              controls.includes('year')
                ? renderYears({
                    idPrefix: `${this.uid}-year`,
                    from: year(this.yearFrom),
                    to: year(this.yearTo),
                    onChange: this.listFilters.setYears,
                  })
                : nothing
            }
            ${controls.includes('sort') ? this.renderSort() : nothing}
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

  private renderSort() {
    const searching = Boolean(this.query?.trim());
    const order = orderOf(this.sort, searching);
    const options: SelectOption[] = [
      { value: 'newest', label: msg('Newest first', { id: 'sort-newest' }) },
      { value: 'oldest', label: msg('Oldest first', { id: 'sort-oldest' }) },
      { value: 'title', label: msg('Title (A–Z)', { id: 'sort-title' }) },
    ];
    return html`<div class="sort" part="sort">
      ${renderSelect(this.locale, {
        id: `${this.uid}-sort`,
        label: msg('Sort by', { id: 'sort' }),
        // The API's own order comes first: the best matches, or featured practices then the newest.
        all: searching
          ? msg('Relevance', { id: 'sort-relevance' })
          : msg('Featured first', { id: 'sort-featured' }),
        value: order === 'relevance' ? '' : (order ?? ''),
        options,
        onChange: this.listFilters.setSort,
      })}
    </div>`;
  }

  private renderFilter(control: FilterSelect, list: PracticeList | undefined) {
    const name = FACET_OF[control];
    const value = values(this[name]).join(',');
    const buckets: FacetBucket[] = list?.facets?.[name] ?? [];
    let options: SelectOption[] = buckets.map((b) => ({
      value: b.value,
      label: this.optionLabel(name, b.value, b.label),
      count: b.count,
    }));
    if (
      name === 'country' ||
      name === 'region' ||
      name === 'implementerType' ||
      name === 'principle'
    ) {
      options = sortByLabel(this.locale, options);
    }
    if (value && !options.some((o) => o.value === value)) {
      const label = values(value)
        .map((v) => this.optionLabel(name, v))
        .join(', ');
      options = [{ value, label }, ...options];
    }
    const [label, all] = this.filterText(name);
    return renderSelect(this.locale, {
      id: `${this.uid}-${control}`,
      label,
      all,
      value,
      options,
      onChange: (v) => this.listFilters.setFilter(name, v),
    });
  }

  private filterText(name: ListFilter): [string, string] {
    switch (name) {
      case 'objective':
        return [
          msg('Objective', { id: 'objective' }),
          msg('All objectives', { id: 'all-objectives' }),
        ];
      case 'action':
        return [msg('Action', { id: 'action' }), msg('All actions', { id: 'all-actions' })];
      case 'region':
        return [msg('Region', { id: 'region' }), msg('All regions', { id: 'all-regions' })];
      case 'country':
        return [msg('Country', { id: 'country' }), msg('All countries', { id: 'all-countries' })];
      case 'implementerType':
        return [
          msg('Implementer type', { id: 'type' }),
          msg('All implementer types', { id: 'all-types' }),
        ];
      case 'principle':
        return [
          msg('Guiding principle', { id: 'principle' }),
          msg('All guiding principles', { id: 'all-principles' }),
        ];
      case 'sdgTarget':
        return [
          msg('SDG target', { id: 'sdg-target' }),
          msg('All SDG targets', { id: 'all-targets' }),
        ];
      case 'status':
        return [msg('Status', { id: 'status' }), msg('Any status', { id: 'all-statuses' })];
    }
  }

  private optionLabel(name: ListFilter, value: string, apiLabel?: string): string {
    const labels = labelsOf(this.taxonomyTask.value as Taxonomies | undefined);
    switch (name) {
      case 'objective': {
        const n = Number(value);
        const title = apiLabel ?? labels?.objectives.get(n)?.shortTitle;
        const number = formatNumber(this.locale, n);
        return title ? `${number}. ${title}` : msg(str`Objective ${number}`, { id: 'objective-n' });
      }
      case 'action': {
        const match = /^(\d+)([a-z])$/.exec(value);
        const title = apiLabel ?? labels?.actions.get(value);
        const id = match ? `${formatNumber(this.locale, Number(match[1]))}(${match[2]})` : value;
        return title ? `${id} ${title}` : id;
      }
      case 'country':
        return countryName(this.locale, value, apiLabel ?? labels?.countries.get(value));
      case 'region':
        return apiLabel ?? labels?.regions.get(value) ?? humanize(value);
      case 'implementerType':
        return implementerTypeLabel(value, apiLabel);
      case 'principle':
        return apiLabel ?? humanize(value);
      case 'sdgTarget':
        return apiLabel && apiLabel !== value ? `${value} ${apiLabel}` : value;
      case 'status':
        return statusLabel(value, apiLabel);
    }
  }
}
