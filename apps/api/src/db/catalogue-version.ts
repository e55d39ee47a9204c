import type { Db } from './open.js';
import { prepared } from './statements.js';

/**
 * A counter bumped by every load, so derived numbers (objective practice
 * counts, unfiltered facet counts) can be cached in memory until the
 * catalogue changes — including changes made by another process, such as
 * the seeding CLI writing to the file a running server reads.
 */
export function catalogueVersion(db: Db): string {
  const row = prepared(db, `SELECT value FROM meta WHERE key = 'catalogue_version'`).get() as
    | { value: string }
    | undefined;
  return row?.value ?? '0';
}

/** Call inside the loading transaction. */
export function bumpCatalogueVersion(db: Db): void {
  prepared(
    db,
    `INSERT INTO meta (key, value) VALUES ('catalogue_version', '1')
     ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
  ).run();
}

const memos = new WeakMap<Db, { version: string; values: Map<string, unknown> }>();

/** A value derived from the catalogue, computed once per catalogue version and key. */
export function memoForVersion<T>(db: Db, key: string, compute: () => T): T {
  const version = catalogueVersion(db);
  let memo = memos.get(db);
  if (!memo || memo.version !== version) {
    memo = { version, values: new Map() };
    memos.set(db, memo);
  }
  if (memo.values.has(key)) return memo.values.get(key) as T;
  const value = compute();
  memo.values.set(key, value);
  return value;
}
