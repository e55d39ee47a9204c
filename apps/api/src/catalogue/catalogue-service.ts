import type {
  CampaignQuery,
  Locale,
  Objective,
  ObjectiveWithCount,
  PracticeQuery,
  ResourceQuery,
  Taxonomies,
} from '@gcm-practices/contract';
import { type Logger, silentLogger } from '../logger.js';
import { utcDateOf } from '../search/campaign-day.js';
import {
  type CatalogueQuery,
  type CatalogueSpec,
  PRACTICES,
  RESOURCES,
  type SearchPage,
} from '../search/catalogue-spec.js';
import { practiceSearch, resourceSearch } from '../search/list-queries.js';
import { SearchCache } from '../search/search-cache.js';
import type { CatalogueStore } from '../store/catalogue-store.js';
import { VersionedMemo } from './versioned-memo.js';

export type ListOutcome =
  | { ok: true; total: number; items: string[]; facets?: SearchPage['facets'] }
  | { ok: false; reason: 'page-out-of-range'; total: number; pageCount: number };

export const EMPTY_TAXONOMIES: Taxonomies = {
  objectives: [],
  actions: [],
  principles: [],
  sdgTargets: [],
  regions: [],
  countries: [],
  implementerTypes: [],
};

export interface CatalogueServiceOptions {
  /** Answer searches from the in-memory index when it is current (see search-cache.ts). */
  searchCache: boolean;
  logger?: Logger;
}

/**
 * The catalogue as the routes read it: the store, with what is derived from
 * it cached per catalogue version. Holds no state another process could not
 * rebuild from the store.
 */
export class CatalogueService {
  readonly store: CatalogueStore;
  readonly searchCache: SearchCache | undefined;
  readonly #memo = new VersionedMemo();

  constructor(
    store: CatalogueStore,
    { searchCache, logger = silentLogger }: CatalogueServiceOptions,
  ) {
    this.store = store;
    this.searchCache = searchCache ? new SearchCache(store, logger) : undefined;
  }

  /** Build the search indexes now, so the first visitors do not pay for it. */
  async warmUp(): Promise<void> {
    await Promise.all([this.searchCache?.build(PRACTICES), this.searchCache?.build(RESOURCES)]);
  }

  async memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.#memo.get(await this.store.version(), key, compute);
  }

  async #search(spec: CatalogueSpec, query: CatalogueQuery): Promise<ListOutcome> {
    const version = await this.store.version();
    const page = this.searchCache
      ? await this.searchCache.search(spec, query, version)
      : await this.store.search(spec.name, query);
    const pageCount = Math.ceil(page.total / query.pageSize);
    // An empty result has one (empty) page; past the last page of a result is an error.
    if (page.total > 0 && query.page > pageCount) {
      return { ok: false, reason: 'page-out-of-range', total: page.total, pageCount };
    }
    return { ok: true, total: page.total, items: page.items, facets: page.facets };
  }

  searchPractices(query: PracticeQuery): Promise<ListOutcome> {
    return this.#search(PRACTICES, practiceSearch(query));
  }

  searchResources(query: ResourceQuery): Promise<ListOutcome> {
    return this.#search(RESOURCES, resourceSearch(query));
  }

  async listCampaigns(query: CampaignQuery, now?: Date): Promise<ListOutcome> {
    const offset = (query.page - 1) * query.pageSize;
    const page = await this.store.listCampaigns({
      active: query.active,
      day: utcDateOf(query.at, now),
      kinds: [...new Set(query.kind ?? [])],
      series: query.series,
      objectives: [...new Set(query.objective ?? [])],
      limit: query.pageSize,
      offset,
    });
    const pageCount = Math.ceil(page.total / query.pageSize);
    if (page.total > 0 && query.page > pageCount) {
      return { ok: false, reason: 'page-out-of-range', total: page.total, pageCount };
    }
    return { ok: true, total: page.total, items: page.items };
  }

  /** The taxonomies with their labels in `locale`; English where a store has no copy in it. */
  taxonomiesJson(locale: Locale = 'en'): Promise<string> {
    return this.memo(
      `taxonomies-json:${locale}`,
      async () =>
        (await this.store.taxonomiesJson(locale)) ??
        (await this.store.taxonomiesJson('en')) ??
        JSON.stringify(EMPTY_TAXONOMIES),
    );
  }

  taxonomies(locale: Locale = 'en'): Promise<Taxonomies> {
    return this.memo(
      `taxonomies:${locale}`,
      async () => JSON.parse(await this.taxonomiesJson(locale)) as Taxonomies,
    );
  }

  /** The objectives with their labels in `locale` (English where a store has no copy in it). */
  objectives(locale: Locale = 'en'): Promise<ObjectiveWithCount[]> {
    return this.memo(`objectives:${locale}`, async () => {
      const [localized, counts] = await Promise.all([
        this.store.objectivesJson(locale),
        this.store.practiceCountsByObjective(),
      ]);
      const documents =
        localized.length > 0 || locale === 'en' ? localized : await this.store.objectivesJson('en');
      return documents.map((json) => {
        const objective = JSON.parse(json) as Objective;
        return { ...objective, practiceCount: counts.get(objective.number) ?? 0 };
      });
    });
  }

  practiceCount(): Promise<number> {
    return this.memo('practice-count', () => this.store.practiceCount());
  }

  close(): void {
    this.searchCache?.close();
  }
}
