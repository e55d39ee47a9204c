import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Practice, PracticeList } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  CatalogueService,
  loadCuratedDataset,
  loadSyntheticPractices,
  openStore,
  StoreOpenError,
} from '../src/index.js';
import {
  MIGRATIONS as POSTGRES_MIGRATIONS,
  SCHEMA_VERSION as POSTGRES_SCHEMA_VERSION,
} from '../src/store/postgres/migrations.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../src/store/sqlite/migrations.js';
import { startTestServer } from './support/server.js';
import { waitFor } from './support/spawn.js';
import { createTestDatabase, openTestStore, STORE } from './support/store-under-test.js';

const dir = mkdtempSync(join(tmpdir(), 'gcm-api-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = { page: 1, pageSize: 100 } as const;

// A practice as schema 2 stored it: its document lacks what practices now carry.
const SCHEMA_2_PRACTICE = {
  id: 'old-practice',
  title: 'Written before practices named their source',
  publishedAt: '2020-01-01',
};

/** After migration 3, a catalogue from schema 2 is gone and the curated one loads in its place. */
async function expectEmptiedThenLoaded(store: Awaited<ReturnType<typeof openStore>>) {
  expect(await store.catalogue.isEmpty()).toBe(true);
  expect(await store.catalogue.practiceCount()).toBe(0);
  expect(await store.catalogue.practiceJson(SCHEMA_2_PRACTICE.id)).toBeUndefined();
  expect(await store.catalogue.note('synthetic_load')).toBeUndefined();
  await loadCuratedDataset(store);
  const pacaraima = JSON.parse(
    (await store.catalogue.practiceJson('pacaraima-committee')) ?? '{}',
  ) as Practice;
  expect(pacaraima.source.kind).toBe('repository');
  expect(await store.catalogue.practiceCount()).toBe(practices.length);
}

describe.runIf(STORE === 'sqlite')('a SQLite file', () => {
  it('is created in WAL mode at the current schema version, and reopened as it is', async () => {
    const path = join(dir, 'new', 'nested', 'fresh.db');
    await (await openStore({ databasePath: path })).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    await (await openStore({ databasePath: path })).close();
  });

  it('is refused when a newer server wrote it, naming the file and the fix', async () => {
    const path = join(dir, 'future.db');
    await (await openStore({ databasePath: path })).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await expect(openStore({ databasePath: path })).rejects.toThrow(
      new RegExp(`${path}.*newer than this server.*\\n.*Fix: upgrade the server`, 's'),
    );
  });

  it('from schema 2 is emptied by migration 3, so the curated dataset loads afresh', async () => {
    const path = join(dir, 'schema-2.db');
    const old = new Database(path);
    for (const { up } of MIGRATIONS.slice(0, 2)) {
      if (typeof up === 'string') old.exec(up);
      else up(old);
    }
    old.pragma('user_version = 2');
    old.prepare(`INSERT INTO objectives (number, json) VALUES (10, '{}')`).run();
    const { rowid } = old
      .prepare(
        `INSERT INTO practices (id, title, published_at, year_start, year_end, status, featured)
         VALUES (?, ?, ?, 2020, 9999, 'ongoing', 0) RETURNING rowid`,
      )
      .get(SCHEMA_2_PRACTICE.id, SCHEMA_2_PRACTICE.title, SCHEMA_2_PRACTICE.publishedAt) as {
      rowid: number;
    };
    old
      .prepare('INSERT INTO practice_documents (rowid, json) VALUES (?, ?)')
      .run(rowid, JSON.stringify(SCHEMA_2_PRACTICE));
    old.prepare(`INSERT INTO meta (key, value) VALUES ('note:synthetic_load', '{}')`).run();
    old.close();
    const store = await openStore({ databasePath: path });
    try {
      await expectEmptiedThenLoaded(store);
    } finally {
      await store.close();
    }
  });

  it('is refused when it is not a database at all', async () => {
    const path = join(dir, 'junk.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'this is not a database'.repeat(100));
    const error = await openStore({ databasePath: path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/not a catalogue database: point DATABASE_PATH/);
  });
});

describe.runIf(STORE === 'postgres')('a PostgreSQL database', () => {
  it('is migrated once, by version, even by two servers starting together', async () => {
    const database = await createTestDatabase();
    try {
      const [a, b] = await Promise.all([
        openStore({ databaseUrl: database.url }),
        openStore({ databaseUrl: database.url }),
      ]);
      await Promise.all([a.close(), b.close()]);
      const { default: pg } = await import('pg');
      const client = new pg.Client(database.url);
      await client.connect();
      const { rows } = await client.query('SELECT version, name FROM schema_migrations ORDER BY 1');
      expect(rows.map((r) => r.version)).toEqual(
        Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1),
      );
      await client.query(`INSERT INTO schema_migrations (version, name) VALUES (999, 'future')`);
      await client.end();
      await expect(openStore({ databaseUrl: database.url })).rejects.toThrow(
        /schema version 999 is newer.*\n.*Fix: upgrade the server/s,
      );
    } finally {
      await database.drop();
    }
  });

  it('from schema 2 is emptied by migration 3, so the curated dataset loads afresh', async () => {
    const database = await createTestDatabase();
    try {
      const { default: pg } = await import('pg');
      const client = new pg.Client(database.url);
      await client.connect();
      try {
        await client.query(
          'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
        );
        for (const [i, { name, up }] of POSTGRES_MIGRATIONS.slice(0, 2).entries()) {
          await client.query(up);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            i + 1,
            name,
          ]);
        }
        await client.query(`INSERT INTO objectives (number, json) VALUES (10, '{}')`);
        const { rows } = await client.query<{ rowid: number }>(
          `INSERT INTO practices (id, title, published_at, year_start, year_end, status, featured)
           VALUES ($1, $2, $3, 2020, 9999, 'ongoing', false) RETURNING rowid`,
          [SCHEMA_2_PRACTICE.id, SCHEMA_2_PRACTICE.title, SCHEMA_2_PRACTICE.publishedAt],
        );
        await client.query('INSERT INTO practice_documents (rowid, json) VALUES ($1, $2)', [
          rows[0]?.rowid,
          JSON.stringify(SCHEMA_2_PRACTICE),
        ]);
        await client.query(`INSERT INTO meta (key, value) VALUES ('note:synthetic_load', '{}')`);
      } finally {
        await client.end();
      }
      const store = await openStore({ databaseUrl: database.url });
      try {
        await expectEmptiedThenLoaded(store);
      } finally {
        await store.close();
      }
    } finally {
      await database.drop();
    }
  });

  it('names the URL, without its password, and the fix when it cannot connect', async () => {
    const error = await openStore({
      databaseUrl: 'postgres://someone:secret@127.0.0.1:1/nowhere',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    const message = (error as Error).message;
    expect(message).toContain('postgres://someone:***@127.0.0.1:1/nowhere');
    expect(message).not.toContain('secret');
    expect(message).toMatch(/Fix: start PostgreSQL, or correct the host and port/);
  });

  it('names the missing database and how to create it', async () => {
    const gone = await createTestDatabase();
    await gone.drop();
    const error = await openStore({ databaseUrl: gone.url }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /does not exist.*\n.*Fix: create the database first \(createdb gcm_test_/s,
    );
  });
});

describe('loading', () => {
  it('loads the curated dataset idempotently', async () => {
    const { store, remove } = await openTestStore();
    try {
      const first = await loadCuratedDataset(store);
      const before = await store.catalogue.practiceCount();
      const second = await loadCuratedDataset(store);
      expect(second).toEqual(first);
      expect(await store.catalogue.practiceCount()).toBe(before);
      expect(before).toBe(practices.length);
    } finally {
      await remove();
    }
  });

  it('replaces a practice that is written again, index rows included', async () => {
    const { store, remove } = await openTestStore();
    try {
      await loadCuratedDataset(store);
      const original = practices.find((p) => p.id === 'pacaraima-committee') as Practice;
      const changed: Practice = {
        ...original,
        title: 'Renamed committee',
        summary: 'A committee on the other side of the border.',
        sections: {},
        countries: ['VEN'],
        primaryObjective: 3,
        objectives: [3],
      };
      await store.transaction(({ catalogue }) => catalogue.writePractices([changed]));
      for (const searchCache of [false, true]) {
        const catalogue = new CatalogueService(store.catalogue, { searchCache });
        await catalogue.warmUp();
        const inBrazil = await catalogue.searchPractices({ ...page, country: ['BRA'] });
        const inVenezuela = await catalogue.searchPractices({
          ...page,
          country: ['VEN'],
          objective: [3],
        });
        expect(inBrazil.ok && inBrazil.items.some((j) => j.includes('"pacaraima-committee"'))).toBe(
          false,
        );
        expect(inVenezuela.ok && inVenezuela.items.map((j) => JSON.parse(j).title)).toEqual([
          'Renamed committee',
        ]);
        const byOldName = await catalogue.searchPractices({ ...page, q: 'Pacaraima' });
        expect(byOldName.ok && byOldName.total).toBe(0);
        const byNewName = await catalogue.searchPractices({ ...page, q: 'renamed' });
        expect(byNewName.ok && byNewName.total).toBe(1);
        catalogue.close();
      }
      expect(await store.catalogue.practiceCount()).toBe(practices.length);
    } finally {
      await remove();
    }
  });

  it('loads a deterministic synthetic catalogue in batches', async () => {
    const a = await openTestStore();
    const b = await openTestStore();
    try {
      const progress: number[] = [];
      const result = await loadSyntheticPractices(a.store, {
        count: 1200,
        seed: 5,
        batchSize: 500,
        onProgress: (n) => progress.push(n),
      });
      await loadSyntheticPractices(b.store, { count: 1200, seed: 5 });
      expect(result.count).toBe(1200);
      expect(result.rowsPerSecond).toBeGreaterThan(0);
      expect(progress).toEqual([500, 1000, 1200]);
      const titles = async (store: typeof a.store) => {
        const found = await new CatalogueService(store.catalogue, {
          searchCache: false,
        }).searchPractices({ ...page, sort: 'title' });
        return found.ok && found.items.map((json) => JSON.parse(json).id);
      };
      expect(await titles(a.store)).toEqual(await titles(b.store));
      expect(await a.store.catalogue.practiceCount()).toBe(1200);
    } finally {
      await a.remove();
      await b.remove();
    }
  });
});

describe('a running server', () => {
  it('sees practices loaded through another connection after it started', async () => {
    const server = await startTestServer(
      STORE === 'sqlite' ? { databasePath: join(dir, 'live.db') } : {},
    );
    try {
      const total = async () => {
        const response = await fetch(`${server.url}/v1/practices?facets=status`);
        return z.parse(PracticeList, await response.json());
      };
      const before = await total();
      expect(before.meta.total).toBe(practices.length);
      // Another connection, as the seed command would use.
      const writer = await openStore(
        STORE === 'sqlite'
          ? { databasePath: join(dir, 'live.db') }
          : // Test databases have no password, so the location is the whole URL.
            { databaseUrl: server.store.location },
      );
      await loadSyntheticPractices(writer, { count: 300, seed: 9 });
      await writer.close();
      let after = before;
      // PostgreSQL tells the server by notification, which may take a moment.
      await waitFor(
        () => after.meta.total === practices.length + 300,
        async () => {
          after = await total();
        },
      );
      expect(after.meta.total).toBe(practices.length + 300);
      // Every synthetic practice has a status; curated ones only where their source gives it.
      const withStatus = practices.filter((p) => p.status !== null).length;
      expect((after.facets?.status ?? []).reduce((sum, b) => sum + b.count, 0)).toBe(
        withStatus + 300,
      );
    } finally {
      await server.close();
    }
  });

  it('keeps its data between restarts, loading synthetic practices once', async () => {
    const database = STORE === 'postgres' ? await createTestDatabase() : undefined;
    const location = database
      ? { databaseUrl: database.url }
      : { databasePath: join(dir, 'restart.db') };
    try {
      const first = await startTestServer({ ...location, synthetic: { count: 200, seed: 3 } });
      await first.close();
      const second = await startTestServer({ ...location, synthetic: { count: 200, seed: 3 } });
      const response = await fetch(`${second.url}/v1/practices?pageSize=1`);
      expect(z.parse(PracticeList, await response.json()).meta.total).toBe(practices.length + 200);
      await second.close();
    } finally {
      await database?.drop();
    }
  });

  it.runIf(STORE === 'sqlite')('removes its temporary database on close', async () => {
    const server = await startTestServer();
    const file = server.store.location;
    expect(existsSync(file)).toBe(true);
    await server.close();
    expect(existsSync(file)).toBe(false);
  });
});
