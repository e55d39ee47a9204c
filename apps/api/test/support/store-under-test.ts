import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/index.js';

export type StoreKind = 'sqlite' | 'postgres';

/** The store this test project runs against: the suite is one, parameterised by store. */
export const STORE: StoreKind = process.env.TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A fresh, empty PostgreSQL database on the test server, and a function that
 * drops it. Every server a test starts gets its own, so files can run in
 * parallel.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = inject('postgresUrl');
  const name = `gcm_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client(admin);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client(admin);
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** A store of the kind under test over a fresh database, and how to remove it. */
export async function openTestStore(): Promise<{ store: Store; remove(): Promise<void> }> {
  if (STORE === 'postgres') {
    const database = await createTestDatabase();
    const store = await openStore({ databaseUrl: database.url });
    return {
      store,
      async remove() {
        await store.close();
        await database.drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'gcm-api-store-'));
  const store = await openStore({ databasePath: join(dir, 'practices.db') });
  return {
    store,
    async remove() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
