import type { Statement } from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { Db } from './open.js';

/**
 * Prepared statements, cached per connection by SQL text, so a request never
 * pays for compiling SQL. Most texts are constants; the few built from a
 * number of values (`IN (?, ?, ?)`) are bounded by the most recently used.
 */
const MAX_CACHED = 500;
const caches = new WeakMap<Db, LRUCache<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new LRUCache({ max: MAX_CACHED });
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
