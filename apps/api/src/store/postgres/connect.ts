import pg from 'pg';
import { redactUrl } from '../../config.js';
import { StoreOpenError } from '../store-open-error.js';

// Counts and integer ids arrive as numbers (they fit), not strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** What to do about a failure to reach or use the database, by its error code. */
function fixFor(error: { code?: string; message?: string }, url: URL): string {
  const database = url.pathname.slice(1) || 'postgres';
  switch (error.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
      return `start PostgreSQL, or correct the host and port in DATABASE_URL (${url.hostname}:${url.port || 5432})`;
    case '3D000':
      return `create the database first (createdb ${database}), or name an existing one in DATABASE_URL`;
    case '28P01':
    case '28000':
      return 'check the user name and password in DATABASE_URL';
    case '42501':
      return `grant the user CREATE on database ${database}: the server creates its tables at start`;
    default:
      return 'check DATABASE_URL and that the PostgreSQL server accepts connections from here';
  }
}

export function openError(rawUrl: string, error: unknown): StoreOpenError {
  const failure = error as { code?: string; message?: string };
  return new StoreOpenError(
    redactUrl(rawUrl),
    failure.message || failure.code || String(error),
    fixFor(failure, new URL(rawUrl)),
    error,
  );
}

/**
 * A client from the pool, for work that spans several queries. The pool only
 * listens for errors on idle clients; one lost while checked out (the server
 * restarting mid-transaction) must fail its queries, not crash the process.
 */
export async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  client.on('error', ignoreLostConnection);
  return client;
}

/** Give a client back; a broken one is closed instead of reused. */
export function checkIn(client: pg.PoolClient, broken = false): void {
  client.off('error', ignoreLostConnection);
  client.release(broken);
}

// The query in flight rejects with the error; nothing more to do here.
function ignoreLostConnection(): void {}

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: 'gcm-practices-api',
  });
  // An idle client that loses its connection must not crash the process; the
  // next query gets a fresh one.
  pool.on('error', () => undefined);
  return pool;
}
