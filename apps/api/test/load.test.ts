import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Practice, PracticeList } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SCHEMA_VERSION } from '../src/db/schema.js';
import { createPracticeWriter } from '../src/db/write-practices.js';
import {
  loadCuratedDataset,
  loadSyntheticPractices,
  openDatabase,
  searchPractices,
  startServer,
} from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gcm-api-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = (db: ReturnType<typeof openDatabase>, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('openDatabase', () => {
  it('creates a WAL database at the current schema version', () => {
    const path = join(dir, 'new', 'nested', 'fresh.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    const again = openDatabase(path);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('refuses a database from a newer server', () => {
    const path = join(dir, 'future.db');
    const db = openDatabase(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(path)).toThrow(/newer than this server/);
  });
});

describe('loading', () => {
  it('loads the curated dataset idempotently', () => {
    const db = openDatabase(join(dir, 'curated.db'));
    const first = loadCuratedDataset(db);
    const tables = [
      'practices',
      'practice_documents',
      'practice_objective',
      'practice_country',
      'resources',
      'campaigns',
      'objectives',
    ];
    const before = tables.map((t) => count(db, t));
    const second = loadCuratedDataset(db);
    expect(second).toEqual(first);
    expect(tables.map((t) => count(db, t))).toEqual(before);
    expect(count(db, 'practices')).toBe(practices.length);
    db.close();
  });

  it('replaces a practice that is written again, index rows included', () => {
    const db = openDatabase(join(dir, 'upsert.db'));
    loadCuratedDataset(db);
    const original = practices.find((p) => p.id === 'pacaraima-committee') as Practice;
    const changed: Practice = {
      ...original,
      title: 'Renamed committee',
      countries: ['VEN'],
      objectives: [3],
    };
    db.transaction(() => createPracticeWriter(db)([changed]))();
    const query = { page: 1, pageSize: 100 } as const;
    const inBrazil = searchPractices(db, { ...query, country: ['BRA'] });
    const inVenezuela = searchPractices(db, { ...query, country: ['VEN'], objective: [3] });
    expect(
      inBrazil.ok && inBrazil.items.some((json) => json.includes('"pacaraima-committee"')),
    ).toBe(false);
    expect(inVenezuela.ok && inVenezuela.items.map((json) => JSON.parse(json).title)).toEqual([
      'Renamed committee',
    ]);
    const byText = searchPractices(db, { ...query, q: 'Pacaraima' });
    expect(byText.ok && byText.total).toBe(0);
    expect(count(db, 'practices')).toBe(practices.length);
    db.close();
  });

  it('loads a deterministic synthetic catalogue in batches', () => {
    const a = openDatabase(join(dir, 'synthetic-a.db'));
    const b = openDatabase(join(dir, 'synthetic-b.db'));
    const progress: number[] = [];
    const result = loadSyntheticPractices(a, {
      count: 1200,
      seed: 5,
      batchSize: 500,
      onProgress: (n) => progress.push(n),
    });
    loadSyntheticPractices(b, { count: 1200, seed: 5 });
    expect(result.count).toBe(1200);
    expect(result.rowsPerSecond).toBeGreaterThan(0);
    expect(progress).toEqual([500, 1000, 1200]);
    const ids = (db: typeof a) => db.prepare('SELECT id FROM practices ORDER BY id').pluck().all();
    expect(ids(a)).toEqual(ids(b));
    a.close();
    b.close();
  });
});

describe('a running server', () => {
  it('sees practices loaded into its database after it started', async () => {
    const path = join(dir, 'live.db');
    const server = await startServer({ databasePath: path });
    try {
      const total = async () => {
        const response = await fetch(`${server.url}/v1/practices?facets=status`);
        return z.parse(PracticeList, await response.json());
      };
      const before = await total();
      expect(before.meta.total).toBe(practices.length);
      // Another connection, as the seeding CLI would use.
      const writer = openDatabase(path);
      loadSyntheticPractices(writer, { count: 300, seed: 9 });
      writer.close();
      const after = await total();
      expect(after.meta.total).toBe(practices.length + 300);
      expect((after.facets?.status ?? []).reduce((sum, b) => sum + b.count, 0)).toBe(
        practices.length + 300,
      );
    } finally {
      await server.close();
    }
  });

  it('keeps its data between restarts on the same file, loading synthetic practices once', async () => {
    const path = join(dir, 'restart.db');
    const first = await startServer({ databasePath: path, synthetic: { count: 200, seed: 3 } });
    await first.close();
    const second = await startServer({ databasePath: path, synthetic: { count: 200, seed: 3 } });
    const response = await fetch(`${second.url}/v1/practices?pageSize=1`);
    expect(z.parse(PracticeList, await response.json()).meta.total).toBe(practices.length + 200);
    await second.close();
  });

  it('removes its temporary database on close', async () => {
    const server = await startServer();
    const file = server.db.name;
    await server.close();
    const { existsSync } = await import('node:fs');
    expect(existsSync(file)).toBe(false);
  });
});
