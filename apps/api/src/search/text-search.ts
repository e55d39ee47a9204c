import { catalogueVersion } from '../db/catalogue-version.js';
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import type { CatalogueSpec } from './catalogue-spec.js';

interface CachedText {
  /** Matching rowids in FTS order. */
  rowids: Int32Array;
  /** The same rowids best first, once a relevance sort has asked for them. */
  ranked: Int32Array | null;
}

/**
 * Paging through a search or toggling its facets repeats the same text; the
 * rows matching the last few texts are kept so that only the first request
 * pays for the FTS5 lookup and for ranking every match.
 */
const MAX_CACHED = 32;
const caches = new WeakMap<Db, Map<string, CachedText>>();

function rank(db: Db, spec: CatalogueSpec, expression: string, idRank: Uint32Array): Int32Array {
  const rows = prepared(
    db,
    `SELECT rowid, bm25(${spec.ftsTable}, ${spec.ftsWeights.join(', ')}) AS score
     FROM ${spec.ftsTable} WHERE ${spec.ftsTable} MATCH ? ORDER BY score`,
  )
    .raw()
    .all(expression) as [number, number][];
  // SQLite has sorted by score; only runs of equal scores still need the id order.
  const ranked = new Int32Array(rows.length);
  const byId = (a: number, b: number) => (idRank[a] as number) - (idRank[b] as number);
  for (let start = 0; start < rows.length; ) {
    const score = (rows[start] as [number, number])[1];
    let end = start + 1;
    while (end < rows.length && (rows[end] as [number, number])[1] === score) end++;
    if (end - start === 1) {
      ranked[start] = (rows[start] as [number, number])[0];
    } else {
      const run = rows.slice(start, end).map((row) => row[0]);
      ranked.set(run.sort(byId), start);
    }
    start = end;
  }
  return ranked;
}

function cached(
  db: Db,
  spec: CatalogueSpec,
  expression: string,
  idRank: Uint32Array | null,
): CachedText {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${spec.ftsTable}\u0000${catalogueVersion(db)}\u0000${expression}`;
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key);
  } else if (idRank) {
    // Ranking reads every match anyway: no separate unranked query.
    const ranked = rank(db, spec, expression, idRank);
    entry = { rowids: ranked, ranked };
  } else {
    const rowids = prepared(db, `SELECT rowid FROM ${spec.ftsTable} WHERE ${spec.ftsTable} MATCH ?`)
      .pluck()
      .all(expression) as number[];
    entry = { rowids: Int32Array.from(rowids), ranked: null };
  }
  if (idRank && !entry.ranked) entry.ranked = rank(db, spec, expression, idRank);
  cache.set(key, entry);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
  return entry;
}

/** Rowids of the items matching an FTS5 expression, in no particular order. */
export function textMatches(db: Db, spec: CatalogueSpec, expression: string): Int32Array {
  return cached(db, spec, expression, null).rowids;
}

/**
 * The matching rowids by relevance: bm25 (lower is better), ties broken by
 * id so equal scores still come in a stable order.
 */
export function rankedMatches(
  db: Db,
  spec: CatalogueSpec,
  expression: string,
  idRank: Uint32Array,
): Int32Array {
  return cached(db, spec, expression, idRank).ranked as Int32Array;
}

/** For measurements that must not be flattered by the cache. */
export function clearTextMatchCache(db: Db): void {
  caches.delete(db);
}
