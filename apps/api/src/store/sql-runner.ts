/**
 * One connection (or pool) as the submission records see it: SQL written
 * once with `?` placeholders, run alike on SQLite and PostgreSQL. Values are
 * strings, numbers and null only (booleans as 0/1), which both drivers bind
 * and return the same way.
 */
export type SqlValue = string | number | null;

export interface SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** `?` → `$1, $2, …`; the SQL of the records holds no `?` inside a literal. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
