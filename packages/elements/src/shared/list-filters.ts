import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SearchDraft } from './search-draft.js';

/** A list element (the catalogue, the resource library) and the filters the visitor changes. */
export type ListFiltersHost<F extends string> = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  query: string | undefined;
  yearFrom: number | undefined;
  yearTo: number | undefined;
  sort: string | undefined;
  page: number;
} & { [name in F]: string | undefined };

/**
 * The visitor's changes to a list: the search box's draft, a filter, the years and the order,
 * each starting again at the first page; and a page chosen in the pagination, after which
 * focus moves to the results once they have arrived, as the button pressed may be gone.
 */
export class ListFilters<F extends string> implements ReactiveController {
  /** What is typed in the search box, applied to `query` after a pause. */
  readonly search: SearchDraft;
  #focusResults = false;

  /** `shown`: whether the results of the current query are on show. */
  constructor(
    private readonly host: ListFiltersHost<F>,
    private readonly shown: () => boolean,
  ) {
    host.addController(this);
    this.search = new SearchDraft(host, (text) => {
      host.query = text;
      host.page = 1;
    });
  }

  hostUpdated(): void {
    if (this.#focusResults && this.shown()) {
      this.#focusResults = false;
      this.host.renderRoot.querySelector<HTMLElement>('.results-region')?.focus();
    }
  }

  setFilter(name: F, value: string): void {
    (this.host as Record<F, string | undefined>)[name] = value || undefined;
    this.host.page = 1;
  }

  setYears = (from: number | undefined, to: number | undefined): void => {
    this.host.yearFrom = from;
    this.host.yearTo = to;
    this.host.page = 1;
  };

  setSort = (value: string): void => {
    this.host.sort = value || undefined;
    this.host.page = 1;
  };

  goToPage = (page: number): void => {
    this.host.page = page;
    this.#focusResults = true;
  };
}
