import { memoForVersion } from '../db/catalogue-version.js';
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import type { CatalogueQuery, CatalogueSpec } from './catalogue-spec.js';
import { buildConditions, type Condition, TEXT_FIELD, whereClause } from './conditions.js';
import { countFacets, type RawFacets } from './facets.js';

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

function countMatches(db: Db, spec: CatalogueSpec, conditions: Condition[]): number {
  if (conditions.length === 0) {
    return memoForVersion(db, `count:${spec.table}`, () => {
      const row = prepared(db, `SELECT count(*) AS n FROM ${spec.table}`).get() as { n: number };
      return row.n;
    });
  }
  const where = whereClause(conditions);
  const row = prepared(db, `SELECT count(*) AS n FROM ${spec.table} p ${where.sql}`).get(
    ...where.params,
  ) as { n: number };
  return row.n;
}

// The page is chosen over rowids only (the sort indexes cover them), and the
// JSON is read for just those rows afterwards, so a deep OFFSET or a sort in a
// temporary b-tree never drags every matching document along.
function pageRowids(
  db: Db,
  spec: CatalogueSpec,
  query: CatalogueQuery,
  conditions: Condition[],
): number[] {
  const limit = query.pageSize;
  const offset = (query.page - 1) * query.pageSize;
  const text = conditions.find((c) => c.field === TEXT_FIELD);
  let sql: string;
  let params: unknown[];
  if (query.order === 'relevance' && text && typeof query.match === 'string') {
    const where = whereClause(conditions.filter((c) => c !== text));
    const rest = where.sql === '' ? '' : ` AND ${where.sql.slice('WHERE '.length)}`;
    sql = `SELECT p.rowid AS rowid FROM ${spec.ftsTable}
      JOIN ${spec.table} p ON p.rowid = ${spec.ftsTable}.rowid
      WHERE ${spec.ftsTable} MATCH ?${rest}
      ORDER BY ${spec.rank}, p.id LIMIT ? OFFSET ?`;
    params = [query.match, ...where.params, limit, offset];
  } else {
    const order = query.order === 'relevance' ? 'newest' : query.order;
    const where = whereClause(conditions);
    sql = `SELECT p.rowid AS rowid FROM ${spec.table} p ${where.sql}
      ORDER BY ${spec.orders[order]} LIMIT ? OFFSET ?`;
    params = [...where.params, limit, offset];
  }
  return prepared(db, sql)
    .pluck()
    .all(...params) as number[];
}

function readDocuments(db: Db, spec: CatalogueSpec, rowids: number[]): string[] {
  const read = prepared(db, `SELECT json FROM ${spec.table} WHERE rowid = ?`).pluck();
  return rowids.map((rowid) => read.get(rowid) as string);
}

/**
 * One page of a filtered, full-text searched, sorted catalogue, with facet
 * counts. A page past the last one is an error only when there are results:
 * an empty result has one (empty) page.
 */
export function searchCatalogue(db: Db, spec: CatalogueSpec, query: CatalogueQuery): SearchOutcome {
  const conditions = buildConditions(spec, query);
  const total = countMatches(db, spec, conditions);
  const pageCount = Math.ceil(total / query.pageSize);
  if (total > 0 && query.page > pageCount) {
    return { ok: false, reason: 'page-out-of-range', total, pageCount };
  }
  const items = total === 0 ? [] : readDocuments(db, spec, pageRowids(db, spec, query, conditions));
  const facets =
    query.facets.length > 0 ? countFacets(db, spec, conditions, query.facets) : undefined;
  return { ok: true, total, pageCount, items, facets };
}
