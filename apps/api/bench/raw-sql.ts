/**
 * The benchmark's three queries written as plain SQL over the same database:
 * what a server with SQLite alone (no in-memory index, no HTTP) would run for
 * the same page, total and facet counts. Statements are prepared once, as
 * any server would. `differences()` checks each against `searchPractices`
 * so the comparison is between equal answers.
 */
import type { Db } from '../src/index.js';
import { toFtsExpression } from '../src/search/fts-query.js';

export interface RawResult {
  total: number;
  /** The page's documents as stored JSON text, in order. */
  items: string[];
  facets?: Record<string, Map<string, number>>;
}

export type RawQuery = () => RawResult;

const NEWEST = 'ORDER BY p.published_at DESC, p.id DESC';

/** `objective=N`, newest first. */
export function objectivePage(db: Db, objective: number, pageSize: number, page: number): RawQuery {
  const count = db.prepare('SELECT count(*) FROM practice_objective WHERE value = ?').pluck();
  const items = db
    .prepare(
      `SELECT d.json FROM practices p JOIN practice_documents d ON d.rowid = p.rowid
       WHERE p.rowid IN (SELECT practice_rowid FROM practice_objective WHERE value = ?)
       ${NEWEST} LIMIT ? OFFSET ?`,
    )
    .pluck();
  return () => ({
    total: count.get(objective) as number,
    items: items.all(objective, pageSize, (page - 1) * pageSize) as string[],
  });
}

/** Facet name → how to count it over the rows matching the text. */
const FACET_SQL = {
  objective: 'JOIN practice_objective v ON v.practice_rowid = f.rowid',
  region: 'JOIN practice_region v ON v.practice_rowid = f.rowid',
  implementerType: 'JOIN practice_implementer_type v ON v.practice_rowid = f.rowid',
  status:
    'JOIN (SELECT rowid AS practice_rowid, status AS value FROM practices) v ON v.practice_rowid = f.rowid',
} as const;
export type RawFacet = keyof typeof FACET_SQL;

/** `q=…&facets=…`: bm25 ranking (the API's column weights), ties by id, one GROUP BY per facet. */
export function textSearch(
  db: Db,
  text: string,
  facets: readonly RawFacet[],
  pageSize: number,
  page: number,
): RawQuery {
  const expression = toFtsExpression(text);
  if (expression === null) throw new Error(`no searchable word in ${JSON.stringify(text)}`);
  const count = db.prepare('SELECT count(*) FROM practice_fts WHERE practice_fts MATCH ?').pluck();
  const items = db
    .prepare(
      `SELECT d.json FROM practice_fts f
       JOIN practices p ON p.rowid = f.rowid
       JOIN practice_documents d ON d.rowid = f.rowid
       WHERE practice_fts MATCH ?
       ORDER BY bm25(practice_fts, 10, 2, 3, 5), p.id LIMIT ? OFFSET ?`,
    )
    .pluck();
  const counts = facets.map(
    (name) =>
      [
        name,
        db
          .prepare(
            `SELECT v.value, count(*) FROM practice_fts f ${FACET_SQL[name]}
             WHERE practice_fts MATCH ? GROUP BY v.value`,
          )
          .raw(),
      ] as const,
  );
  return () => ({
    total: count.get(expression) as number,
    items: items.all(expression, pageSize, (page - 1) * pageSize) as string[],
    facets: Object.fromEntries(
      counts.map(([name, statement]) => [
        name,
        new Map(
          (statement.all(expression) as [string | number, number][]).map(([v, n]) => [
            String(v),
            n,
          ]),
        ),
      ]),
    ),
  });
}

/** `sort=newest&page=…`, no filter. */
export function newestPage(db: Db, pageSize: number, page: number): RawQuery {
  const count = db.prepare('SELECT count(*) FROM practices').pluck();
  const items = db
    .prepare(
      `SELECT d.json FROM practices p JOIN practice_documents d ON d.rowid = p.rowid
       ${NEWEST} LIMIT ? OFFSET ?`,
    )
    .pluck();
  return () => ({
    total: count.get() as number,
    items: items.all(pageSize, (page - 1) * pageSize) as string[],
  });
}

interface SearchAnswer {
  total: number;
  items: string[];
  facets: Record<string, { value: string; count: number }[]> | undefined;
}

/** What differs between the plain-SQL answer and the API's search, or undefined when equal. */
export function differences(raw: RawResult, search: SearchAnswer): string | undefined {
  if (raw.total !== search.total) return `total ${raw.total} vs ${search.total}`;
  if (raw.items.length !== search.items.length) {
    return `${raw.items.length} items vs ${search.items.length}`;
  }
  const at = raw.items.findIndex((item, i) => item !== search.items[i]);
  if (at >= 0) return `item ${at} differs`;
  for (const [name, counts] of Object.entries(raw.facets ?? {})) {
    const buckets = search.facets?.[name] ?? [];
    const expected = new Map(buckets.filter((b) => b.count > 0).map((b) => [b.value, b.count]));
    if (expected.size !== counts.size)
      return `facet ${name}: ${counts.size} values vs ${expected.size}`;
    for (const [value, n] of counts) {
      if (expected.get(value) !== n)
        return `facet ${name}=${value}: ${n} vs ${expected.get(value)}`;
    }
  }
  return undefined;
}
