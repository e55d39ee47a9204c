import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';

/**
 * Prepared statements, cached per connection by SQL text, so a request never
 * pays for compiling SQL. Most texts are constants; the few built from a
 * number of values (`IN (?, ?, ?)`) are bounded by the most recently used.
 */
const MAX_CACHED = 500;
const caches = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(sql);
  if (hit) {
    // Re-insert so Map iteration order is least recently used first.
    cache.delete(sql);
    cache.set(sql, hit);
    return hit;
  }
  const statement = db.prepare(sql);
  cache.set(sql, statement);
  if (cache.size > MAX_CACHED) {
    const oldest = cache.keys().next().value as string;
    cache.delete(oldest);
  }
  return statement;
}
