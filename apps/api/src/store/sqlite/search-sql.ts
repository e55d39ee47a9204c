import {
  type CatalogueName,
  type CatalogueQuery,
  isRanked,
  type RawFacets,
  type SearchPage,
  sortBuckets,
} from '../../search/catalogue-spec.js';
import type { TextTerm } from '../../search/text-query.js';
import { type CatalogueTables, dateOrderTerms, TABLES } from '../catalogue-tables.js';
import type { Db } from './open.js';
import { prepared } from './statements.js';

/**
 * Search in SQL alone: what the SQLite store answers when the in-memory index
 * is off or not yet rebuilt after a change. The same answers as the index,
 * to the order of ties (tested against it and against PostgreSQL).
 */

export const FTS_TABLES: Record<CatalogueName, string> = {
  practices: 'practice_fts',
  resources: 'resource_fts',
};

/** The terms as an FTS5 expression: each a quoted phrase (never syntax), the prefix ones starred. */
export function ftsExpression(text: readonly TextTerm[]): string {
  return text.map((t) => (t.prefix ? `"${t.term}"*` : `"${t.term}"`)).join(' ');
}

/** bm25() with the catalogue's weights for columns a–d. */
export function bm25(catalogue: CatalogueName): string {
  const w = TABLES[catalogue].textWeights;
  return `bm25(${FTS_TABLES[catalogue]}, ${w.A}, ${w.B}, ${w.C}, ${w.D})`;
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/** A wire value as stored: featured is 0/1, objective numbers and years are integers. */
function stored(field: string, value: string): string | number {
  if (field === 'featured') return value === 'true' ? 1 : 0;
  return field === 'objective' || field === 'year' ? Number(value) : value;
}

function wire(field: string, value: unknown): string {
  if (field === 'featured') return value === 1 ? 'true' : 'false';
  return String(value);
}

interface Where {
  terms: string[];
  params: (string | number)[];
}

/** The query's conditions on `p`, leaving out one field's (for its facet). */
function conditions(
  catalogue: CatalogueName,
  query: CatalogueQuery,
  except: string | undefined,
  { withText = true } = {},
): Where {
  const tables = TABLES[catalogue];
  const where: Where = { terms: [], params: [] };
  if (withText && except !== '_q' && query.text !== undefined) {
    if (query.text === null) {
      where.terms.push('0');
    } else {
      where.terms.push(
        `p.rowid IN (SELECT rowid FROM ${FTS_TABLES[catalogue]} WHERE ${FTS_TABLES[catalogue]} MATCH ?)`,
      );
      where.params.push(ftsExpression(query.text));
    }
  }
  for (const [field, values] of Object.entries(query.filters)) {
    if (values.length === 0 || field === except) continue;
    const column = tables.fields[field];
    if (!column) throw new Error(`no column for field ${field}`);
    const unique = [...new Set(values)].map((v) => stored(field, v));
    if (column.kind === 'join') {
      where.terms.push(
        `p.rowid IN (SELECT ${column.owner} FROM ${column.table} WHERE value IN (${placeholders(unique.length)}))`,
      );
    } else {
      where.terms.push(`p.${column.column} IN (${placeholders(unique.length)})`);
    }
    where.params.push(...unique);
  }
  const yearField = catalogue === 'resources' ? 'year' : '_years';
  if ((query.yearFrom !== undefined || query.yearTo !== undefined) && except !== yearField) {
    where.terms.push(`p.${tables.years.start} <= ? AND p.${tables.years.end} >= ?`);
    where.params.push(query.yearTo ?? 9999, query.yearFrom ?? 0);
  }
  return where;
}

const whereClause = (where: Where, joiner = 'WHERE') =>
  where.terms.length === 0 ? '' : `${joiner} ${where.terms.join(' AND ')}`;

function orderBy(tables: CatalogueTables, order: CatalogueQuery['order']): string {
  if (order === 'title') return 'p.title COLLATE NOCASE, p.id';
  return dateOrderTerms(
    tables,
    order === 'oldest' || order === 'featured-first' ? order : 'newest',
  );
}

function facetCounts(db: Db, catalogue: CatalogueName, query: CatalogueQuery): RawFacets {
  const tables = TABLES[catalogue];
  const facets: RawFacets = {};
  for (const field of new Set(query.facets)) {
    const column = tables.fields[field];
    if (!column) throw new Error(`no column for facet ${field}`);
    const where = conditions(catalogue, query, field);
    const filtered = whereClause(where);
    const sql =
      column.kind === 'join'
        ? filtered === ''
          ? `SELECT value, count(*) FROM ${column.table} GROUP BY value`
          : `SELECT v.value, count(*) FROM ${column.table} v
             WHERE v.${column.owner} IN (SELECT p.rowid FROM ${tables.table} p ${filtered})
             GROUP BY v.value`
        : `SELECT p.${column.column}, count(*) FROM ${tables.table} p
           ${whereClause({ terms: [...where.terms, `p.${column.column} IS NOT NULL`], params: [] })}
           GROUP BY p.${column.column}`;
    const rows = prepared(db, sql)
      .raw()
      .all(...where.params) as [unknown, number][];
    facets[field] = sortBuckets(
      rows.map(([value, count]) => ({ value: wire(field, value), count })),
    );
  }
  return facets;
}

export function searchInSql(db: Db, catalogue: CatalogueName, query: CatalogueQuery): SearchPage {
  const tables = TABLES[catalogue];
  const where = conditions(catalogue, query, undefined);
  const total = prepared(db, `SELECT count(*) FROM ${tables.table} p ${whereClause(where)}`)
    .pluck()
    .get(...where.params) as number;
  const offset = (query.page - 1) * query.pageSize;
  let items: string[] = [];
  if (offset < total) {
    // The page's rowids first, then their documents: joining the documents
    // before LIMIT/OFFSET would read one for every row skipped on a deep page.
    let page: string;
    let params: (string | number)[];
    if (isRanked(query) && query.text) {
      const fts = FTS_TABLES[catalogue];
      const others = conditions(catalogue, query, undefined, { withText: false });
      page = `SELECT f.rowid, row_number() OVER (ORDER BY ${bm25(catalogue)}, p.id) AS position
              FROM ${fts} f JOIN ${tables.table} p ON p.rowid = f.rowid
              WHERE ${fts} MATCH ? ${whereClause(others, 'AND')}
              ORDER BY ${bm25(catalogue)}, p.id LIMIT ? OFFSET ?`;
      params = [ftsExpression(query.text), ...others.params, query.pageSize, offset];
    } else {
      const order = orderBy(tables, query.order);
      page = `SELECT p.rowid, row_number() OVER (ORDER BY ${order}) AS position
              FROM ${tables.table} p ${whereClause(where)}
              ORDER BY ${order} LIMIT ? OFFSET ?`;
      params = [...where.params, query.pageSize, offset];
    }
    items = prepared(
      db,
      `WITH page AS (${page})
       SELECT d.json FROM page JOIN ${tables.documents} d ON d.rowid = page.rowid
       ORDER BY page.position`,
    )
      .pluck()
      .all(...params) as string[];
  }
  const facets = query.facets.length > 0 ? facetCounts(db, catalogue, query) : undefined;
  return { total, items, facets };
}

/** Rowids matching the text; ranked: by bm25 then id. */
export function textMatchesInSql(
  db: Db,
  catalogue: CatalogueName,
  text: readonly TextTerm[],
  ranked: boolean,
): Int32Array {
  const fts = FTS_TABLES[catalogue];
  const sql = ranked
    ? `SELECT f.rowid FROM ${fts} f JOIN ${TABLES[catalogue].table} p ON p.rowid = f.rowid
       WHERE ${fts} MATCH ? ORDER BY ${bm25(catalogue)}, p.id`
    : `SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?`;
  return Int32Array.from(prepared(db, sql).pluck().all(ftsExpression(text)) as number[]);
}
