import type pg from 'pg';
import { numberedPlaceholders, type SqlRunner, type SqlValue } from '../sql-runner.js';

/** A pool (one query per call) or a transaction's client behind the shared runner interface. */
export function postgresRunner(client: pg.Pool | pg.ClientBase): SqlRunner {
  const query = <T extends pg.QueryResultRow>(sql: string, params: readonly SqlValue[]) =>
    client.query<T>(numberedPlaceholders(sql), params as SqlValue[]);
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await query<T & pg.QueryResultRow>(sql, params)).rows as T[],
    get: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await query<T & pg.QueryResultRow>(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) =>
      (await query(sql, params)).rowCount ?? 0,
  };
}
