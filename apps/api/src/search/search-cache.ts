import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger.js';
import type { CatalogueStore } from '../store/catalogue-store.js';
import type { Bitset } from './bitset.js';
import { buildCatalogueIndex, type CatalogueIndex } from './catalogue-index.js';
import {
  type CatalogueName,
  type CatalogueQuery,
  type CatalogueSpec,
  isRanked,
  type SearchPage,
} from './catalogue-spec.js';
import { countFacets } from './facets.js';
import { buildFilters } from './filters.js';
import { textQueryKey } from './text-query.js';

/** Take `limit` rows of `order` that are in `matching`, after skipping `offset` of them. */
function pickInOrder(order: Int32Array, matching: Bitset, offset: number, limit: number): number[] {
  const page: number[] = [];
  let skipped = 0;
  const length = order.length;
  for (let i = 0; i < length && page.length < limit; i++) {
    const rowid = order[i] as number;
    if (!matching.has(rowid)) continue;
    if (skipped < offset) skipped++;
    else page.push(rowid);
  }
  return page;
}

/**
 * The in-memory search index as a cache in front of a store: when the index
 * is of the store's current catalogue version, filters, sorts, pages and
 * facets are answered from memory and only the full-text matches and the
 * page's documents come from the store; otherwise the store answers in SQL
 * while a new index is built in the background, a chunk at a time. So a
 * catalogue change is served at once, by the store, even before the index
 * catches up.
 */
export class SearchCache {
  readonly #store: CatalogueStore;
  readonly #logger: Logger;
  readonly #indexes = new Map<CatalogueName, CatalogueIndex>();
  readonly #building = new Map<CatalogueName, Promise<CatalogueIndex | undefined>>();
  /**
   * Paging through a search or toggling its facets repeats the same text; the
   * rows matching the last few texts are kept so that only the first request
   * pays for the full-text lookup and for ranking every match.
   */
  readonly #texts = new LRUCache<string, Promise<Int32Array>>({ max: 32 });
  #closed = false;

  constructor(store: CatalogueStore, logger: Logger) {
    this.#store = store;
    this.#logger = logger;
  }

  /** The index for the version, or undefined (and a build started) when it is not ready. */
  #index(spec: CatalogueSpec, version: string): CatalogueIndex | undefined {
    const index = this.#indexes.get(spec.name);
    if (index?.version === version) return index;
    void this.build(spec);
    return undefined;
  }

  /** Build the index of the catalogue as it is now, unless a build is already running. */
  build(spec: CatalogueSpec): Promise<CatalogueIndex | undefined> {
    const running = this.#building.get(spec.name);
    if (running) return running;
    const started = performance.now();
    const build = buildCatalogueIndex(spec, this.#store.indexChunks(spec.name))
      .then(
        (index) => {
          if (this.#closed) return undefined;
          this.#indexes.set(spec.name, index);
          this.#logger.debug('search index built', {
            catalogue: spec.name,
            version: index.version,
            ms: Math.round(performance.now() - started),
          });
          return index;
        },
        (error: unknown) => {
          if (!this.#closed)
            this.#logger.warn('search index build failed', { catalogue: spec.name, error });
          return undefined;
        },
      )
      .finally(() => this.#building.delete(spec.name));
    this.#building.set(spec.name, build);
    return build;
  }

  async #text(spec: CatalogueSpec, query: CatalogueQuery, version: string) {
    if (query.text === undefined || query.text === null) return query.text;
    const ranked = isRanked(query);
    const key = `${spec.name}\u0000${version}\u0000${ranked}\u0000${textQueryKey(query.text)}`;
    // The promise is kept, not its result, so that requests arriving while a
    // text is being ranked wait for that ranking instead of each starting one.
    let rowids = this.#texts.get(key);
    if (!rowids) {
      rowids = this.#store.textMatches(spec.name, query.text, ranked);
      this.#texts.set(key, rowids);
      rowids.catch(() => this.#texts.delete(key));
    }
    return rowids;
  }

  /** One page with its total and facets: from memory when the index is current, else from the store. */
  async search(spec: CatalogueSpec, query: CatalogueQuery, version: string): Promise<SearchPage> {
    const index = this.#index(spec, version);
    if (!index) return this.#store.search(spec.name, query);
    const text = await this.#text(spec, query, version);
    const filters = buildFilters(spec, index, query, text);
    const matching = index.all.clone();
    for (const filter of filters) matching.and(filter.rows);
    const total = matching.count();
    const offset = (query.page - 1) * query.pageSize;
    let rowids: number[] = [];
    if (offset < total) {
      const order =
        isRanked(query) && text
          ? text
          : query.order === 'title'
            ? index.byTitle
            : query.order === 'oldest'
              ? index.oldest
              : query.order === 'featured-first'
                ? index.featuredFirst
                : index.newest;
      rowids = pickInOrder(order, matching, offset, query.pageSize);
    }
    const facets = query.facets.length > 0 ? countFacets(index, filters, query.facets) : undefined;
    const items = rowids.length === 0 ? [] : await this.#store.documents(spec.name, rowids);
    return { total, items, facets };
  }

  /** Forget the remembered text matches (for measurements that must not be flattered). */
  forgetTexts(): void {
    this.#texts.clear();
  }

  /** Forget everything and build nothing more (the store is closing). */
  close(): void {
    this.#closed = true;
    this.#indexes.clear();
    this.#texts.clear();
  }
}
