import type { Store } from './catalogue-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

export type StoreLocation = { databasePath: string } | { databaseUrl: string };

/**
 * Open the store a location names: `databaseUrl` (postgres://…) opens
 * PostgreSQL, `databasePath` a SQLite file. Either way the schema is brought up
 * to date first; an error names the file or database and the fix.
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  if ('databaseUrl' in location) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(location.databaseUrl);
  }
  return new SqliteStore(location.databasePath);
}
