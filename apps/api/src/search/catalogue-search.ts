import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import type { Bitset } from './bitset.js';
import { catalogueIndex } from './catalogue-index.js';
import type { CatalogueQuery, CatalogueSpec } from './catalogue-spec.js';
import { countFacets, type RawFacets } from './facets.js';
import { buildFilters } from './filters.js';
import { rankedMatches, textMatches } from './text-search.js';

export type SearchOutcome =
  | {
      ok: true;
      total: number;
      pageCount: number;
      /** The items of the page as stored JSON text, ready to be spliced into the body. */
      items: string[];
      facets: RawFacets | undefined;
    }
  | { ok: false; reason: 'page-out-of-range'; total: number; pageCount: number };

/** Take `limit` rows of `order` that are in `matching`, after skipping `offset` of them. */
function pickInOrder(
  order: Int32Array,
  backwards: boolean,
  matching: Bitset,
  offset: number,
  limit: number,
): number[] {
  const page: number[] = [];
  let skipped = 0;
  const length = order.length;
  for (let i = 0; i < length && page.length < limit; i++) {
    const rowid = order[backwards ? length - 1 - i : i] as number;
    if (!matching.has(rowid)) continue;
    if (skipped < offset) skipped++;
    else page.push(rowid);
  }
  return page;
}

// A row can only be missing if another process replaced it between this
// request's index check and now; leaving it out beats splicing in `undefined`.
function readDocuments(db: Db, spec: CatalogueSpec, rowids: number[]): string[] {
  const read = prepared(db, `SELECT json FROM ${spec.documentTable} WHERE rowid = ?`).pluck();
  return rowids
    .map((rowid) => read.get(rowid) as string | undefined)
    .filter((json): json is string => json !== undefined);
}

/**
 * One page of a filtered, full-text searched, sorted catalogue, with facet
 * counts. A page past the last one is an error only when there are results:
 * an empty result has one (empty) page.
 */
export function searchCatalogue(db: Db, spec: CatalogueSpec, query: CatalogueQuery): SearchOutcome {
  const index = catalogueIndex(db, spec);
  const ranked = query.order === 'relevance' && typeof query.match === 'string';
  const text =
    typeof query.match !== 'string'
      ? query.match
      : ranked
        ? rankedMatches(db, spec, query.match, index.idRank)
        : textMatches(db, spec, query.match);
  const filters = buildFilters(spec, index, query, text);

  const matching = index.all.clone();
  for (const filter of filters) matching.and(filter.rows);
  const total = matching.count();
  const pageCount = Math.ceil(total / query.pageSize);
  if (total > 0 && query.page > pageCount) {
    return { ok: false, reason: 'page-out-of-range', total, pageCount };
  }

  const offset = (query.page - 1) * query.pageSize;
  let rowids: number[] = [];
  if (total > 0) {
    if (ranked && text) {
      rowids = pickInOrder(text, false, matching, offset, query.pageSize);
    } else if (query.order === 'title') {
      rowids = pickInOrder(index.byTitle, false, matching, offset, query.pageSize);
    } else {
      const backwards = query.order !== 'oldest';
      rowids = pickInOrder(index.chronological, backwards, matching, offset, query.pageSize);
    }
  }
  const facets =
    query.facets.length > 0 ? countFacets(db, spec, index, filters, query.facets) : undefined;
  return { ok: true, total, pageCount, items: readDocuments(db, spec, rowids), facets };
}
