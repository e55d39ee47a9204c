import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';

/**
 * Prepared statements, cached per connection by SQL text. Search SQL is built
 * from a fixed vocabulary of fragments (the filters present, how many values
 * each has, the sort), so the number of distinct texts is bounded but large;
 * the cache keeps the most recently used ones.
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
