import type { SqlRunner, SqlValue } from '../sql-runner.js';
import type { Db } from './open.js';
import { prepared } from './statements.js';

/** A SQLite connection behind the shared runner interface; better-sqlite3 answers at once. */
export function sqliteRunner(db: Db): SqlRunner {
  return {
    dialect: 'sqlite',
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      prepared(db, sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      prepared(db, sql).get(...params) as T | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) =>
      prepared(db, sql).run(...params).changes,
  };
}
