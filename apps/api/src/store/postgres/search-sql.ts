import type pg from 'pg';
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

/**
 * Search in SQL on PostgreSQL: the same answers as SQLite and as the
 * in-memory index — totals, facet counts, and the order of every page,
 * ties included.
 */

/** The terms as a tsquery: all must match, prefix terms with `:*`. Terms are letters, digits and marks only. */
export function tsquery(text: readonly TextTerm[]): string {
  return text.map(termQuery).join(' & ');
}

const termQuery = (t: TextTerm) => `'${t.term}'${t.prefix ? ':*' : ''}`;

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function stored(field: string, values: readonly string[]): { value: unknown; type: string } {
  const unique = [...new Set(values)];
  if (field === 'featured') return { value: unique.map((v) => v === 'true'), type: 'bool[]' };
  if (field === 'objective' || field === 'year')
    return { value: unique.map(Number), type: 'int[]' };
  return { value: unique, type: 'text[]' };
}

/** The query's conditions on `p`, leaving out one field's (for its facet). */
function conditions(
  catalogue: CatalogueName,
  query: CatalogueQuery,
  params: Params,
  except?: string,
): string[] {
  const tables = TABLES[catalogue];
  const terms: string[] = [];
  if (except !== '_q' && query.text !== undefined) {
    terms.push(
      query.text === null
        ? 'false'
        : `p.rowid IN (SELECT rowid FROM ${tables.text} WHERE fts @@ ${params.add(tsquery(query.text))}::tsquery)`,
    );
  }
  for (const [field, values] of Object.entries(query.filters)) {
    if (values.length === 0 || field === except) continue;
    const column = tables.fields[field];
    if (!column) throw new Error(`no column for field ${field}`);
    const { value, type } = stored(field, values);
    const list = `${params.add(value)}::${type}`;
    terms.push(
      column.kind === 'join'
        ? `p.rowid IN (SELECT ${column.owner} FROM ${column.table} WHERE value = ANY(${list}))`
        : `p.${column.column} = ANY(${list})`,
    );
  }
  const yearField = catalogue === 'resources' ? 'year' : '_years';
  if ((query.yearFrom !== undefined || query.yearTo !== undefined) && except !== yearField) {
    terms.push(
      `p.${tables.years.start} <= ${params.add(query.yearTo ?? 9999)}::int AND p.${tables.years.end} >= ${params.add(query.yearFrom ?? 0)}::int`,
    );
  }
  return terms;
}

const where = (terms: string[]) => (terms.length === 0 ? '' : `WHERE ${terms.join(' AND ')}`);

function orderBy(tables: CatalogueTables, order: CatalogueQuery['order']): string {
  if (order === 'title') return 'p.title_key, p.id';
  return dateOrderTerms(
    tables,
    order === 'oldest' || order === 'featured-first' ? order : 'newest',
  );
}

/**
 * SQLite FTS5's bm25(), computed the same way to the last bit: k1 = 1.2,
 * b = 0.75, IDF = ln((N − n + 0.5) / (n + 0.5)) floored at 1e-6, term
 * frequency = the sum of the weights of the matching positions, document
 * length = all its terms, and the per-term scores added in query order. The
 * rows to rank are `matched` (rowid, id, fts, fts_length); yields
 * `ranked (rowid, id, score)`, lower scores first like bm25().
 */
function rankedCte(catalogue: CatalogueName, text: readonly TextTerm[], params: Params): string {
  const w = TABLES[catalogue].textWeights;
  const terms = params.add(text.map((t) => t.term));
  const prefixes = params.add(text.map((t) => t.prefix));
  const queries = params.add(text.map(termQuery));
  const name = params.add(catalogue);
  return `
    stats AS (
      SELECT items, terms::float8 / items::float8 AS avgdl
      FROM text_statistics WHERE catalogue = ${name}
    ),
    terms AS (
      SELECT t.i, t.term, t.prefix,
             ln(((s.items - hits.n)::float8 + 0.5::float8) / (hits.n::float8 + 0.5::float8)) AS idf
      FROM unnest(${terms}::text[], ${prefixes}::bool[], ${queries}::text[])
             WITH ORDINALITY AS t(term, prefix, query, i)
      CROSS JOIN stats s
      CROSS JOIN LATERAL (
        SELECT count(*) AS n FROM ${TABLES[catalogue].text} x WHERE x.fts @@ t.query::tsquery
      ) hits
    ),
    frequencies AS (
      SELECT m.rowid, t.i,
             sum(CASE w.weight WHEN 'A' THEN ${w.A} WHEN 'B' THEN ${w.B} WHEN 'C' THEN ${w.C} ELSE ${w.D} END)::float8 AS f,
             min(CASE WHEN t.idf <= 0 THEN 1e-6::float8 ELSE t.idf END) AS idf
      FROM matched m
      CROSS JOIN LATERAL unnest(m.fts) AS u(lexeme, positions, weights)
      JOIN terms t ON u.lexeme = t.term OR (t.prefix AND starts_with(u.lexeme, t.term))
      CROSS JOIN LATERAL unnest(u.weights) AS w(weight)
      GROUP BY m.rowid, t.i
    ),
    ranked AS (
      SELECT m.rowid, m.id,
             -1.0::float8 * sum(
               f.idf * ((f.f * (1.2::float8 + 1.0::float8)) /
                 (f.f + 1.2::float8 * ((1::float8 - 0.75::float8) +
                   0.75::float8 * m.fts_length::float8 / s.avgdl)))
               ORDER BY f.i) AS score
      FROM matched m JOIN frequencies f ON f.rowid = m.rowid CROSS JOIN stats s
      GROUP BY m.rowid, m.id, m.fts_length, s.avgdl
    )`;
}

async function facetCounts(
  client: pg.ClientBase,
  catalogue: CatalogueName,
  query: CatalogueQuery,
): Promise<RawFacets> {
  const tables = TABLES[catalogue];
  const facets: RawFacets = {};
  for (const field of new Set(query.facets)) {
    const column = tables.fields[field];
    if (!column) throw new Error(`no column for facet ${field}`);
    const params = new Params();
    const terms = conditions(catalogue, query, params, field);
    const sql =
      column.kind === 'join'
        ? terms.length === 0
          ? `SELECT value, count(*)::int AS count FROM ${column.table} GROUP BY value`
          : `SELECT v.value, count(*)::int AS count FROM ${column.table} v
             WHERE v.${column.owner} IN (SELECT p.rowid FROM ${tables.table} p ${where(terms)})
             GROUP BY v.value`
        : `SELECT p.${column.column} AS value, count(*)::int AS count FROM ${tables.table} p
           ${where([...terms, `p.${column.column} IS NOT NULL`])}
           GROUP BY p.${column.column}`;
    const { rows } = await client.query<{ value: unknown; count: number }>(sql, params.values);
    facets[field] = sortBuckets(
      rows.map((row) => ({ value: String(row.value), count: row.count })),
    );
  }
  return facets;
}

/** One page, its total and its facets, read in one snapshot (the caller's transaction). */
export async function searchInSql(
  client: pg.ClientBase,
  catalogue: CatalogueName,
  query: CatalogueQuery,
): Promise<SearchPage> {
  const tables = TABLES[catalogue];
  const counted = new Params();
  const { rows: totals } = await client.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM ${tables.table} p ${where(conditions(catalogue, query, counted))}`,
    counted.values,
  );
  const total = totals[0]?.total ?? 0;
  const offset = (query.page - 1) * query.pageSize;
  let items: string[] = [];
  if (offset < total) {
    const params = new Params();
    const terms = conditions(catalogue, query, params);
    let sql: string;
    // The page's rowids first, then their documents: joining the documents
    // before LIMIT/OFFSET would read one for every row skipped on a deep page.
    if (isRanked(query) && query.text) {
      sql = `WITH matched AS (
               SELECT p.rowid, p.id, t.fts, t.fts_length
               FROM ${tables.table} p JOIN ${tables.text} t ON t.rowid = p.rowid ${where(terms)}
             ), ${rankedCte(catalogue, query.text, params)},
             page AS (
               SELECT rowid, row_number() OVER (ORDER BY score, id) AS position FROM ranked
               ORDER BY score, id LIMIT ${params.add(query.pageSize)} OFFSET ${params.add(offset)}
             )
             SELECT d.json FROM page JOIN ${tables.documents} d ON d.rowid = page.rowid
             ORDER BY page.position`;
    } else {
      sql = `WITH page AS (
               SELECT p.rowid, row_number() OVER (ORDER BY ${orderBy(tables, query.order)}) AS position
               FROM ${tables.table} p ${where(terms)}
               ORDER BY ${orderBy(tables, query.order)}
               LIMIT ${params.add(query.pageSize)} OFFSET ${params.add(offset)}
             )
             SELECT d.json FROM page JOIN ${tables.documents} d ON d.rowid = page.rowid
             ORDER BY page.position`;
    }
    const { rows } = await client.query<{ json: string }>(sql, params.values);
    items = rows.map((row) => row.json);
  }
  const facets = query.facets.length > 0 ? await facetCounts(client, catalogue, query) : undefined;
  return { total, items, facets };
}

/** Rowids matching the text; ranked: by BM25 then id. */
export async function textMatchesInSql(
  client: pg.ClientBase,
  catalogue: CatalogueName,
  text: readonly TextTerm[],
  ranked: boolean,
): Promise<Int32Array> {
  const params = new Params();
  const tables = TABLES[catalogue];
  const match = `t.fts @@ ${params.add(tsquery(text))}::tsquery`;
  const sql = ranked
    ? `WITH matched AS (
         SELECT p.rowid, p.id, t.fts, t.fts_length
         FROM ${tables.text} t JOIN ${tables.table} p ON p.rowid = t.rowid WHERE ${match}
       ), ${rankedCte(catalogue, text, params)}
       SELECT rowid FROM ranked ORDER BY score, id`
    : `SELECT t.rowid FROM ${tables.text} t WHERE ${match}`;
  const { rows } = await client.query<{ rowid: number }>(sql, params.values);
  return Int32Array.from(rows, (row) => row.rowid);
}
