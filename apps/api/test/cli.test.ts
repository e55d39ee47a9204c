import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { practices } from '@gcm-practices/dataset';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { collect, spawnSource } from './support/spawn.js';
import { createTestDatabase, STORE } from './support/store-under-test.js';

const dir = mkdtempSync(join(tmpdir(), 'gcm-api-cli-'));
const databases: { drop(): Promise<void> }[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const database of databases) await database.drop();
});

/** A new, empty database of the store under test: a file path or a postgres:// URL. */
async function newDatabase(name: string): Promise<string> {
  if (STORE === 'sqlite') return join(dir, `${name}.db`);
  const database = await createTestDatabase();
  databases.push(database);
  return database.url;
}

const locationOf = (target: string) =>
  target.startsWith('postgres') ? { databaseUrl: target } : { databasePath: target };

const cli = (...args: string[]) => collect(spawnSource('src/cli.ts', args)).finished;
const seed = (...args: string[]) => cli('seed', ...args);
const practiceCount = async (target: string) => {
  const store = await openStore(locationOf(target));
  const n = await store.catalogue.practiceCount();
  await store.close();
  return n;
};

describe('seed command', () => {
  it('creates a database with the curated dataset and a synthetic catalogue, printing rows/s', async () => {
    const target = await newDatabase('seeded');
    const result = await seed('--synthetic', '2000', '--database', target);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Loaded the curated dataset: \d+ practices/);
    expect(result.stdout).toMatch(
      /Loaded 2000 synthetic practices \(seed 1\) in [\d.]+ s: \d+ rows\/s/,
    );
    expect(await practiceCount(target)).toBe(practices.length + 2000);
  });

  it('adds to an existing database, and starts over with --reset', async () => {
    const target = await newDatabase('reset');
    await seed('--synthetic', '100', '--seed', '1', '--database', target);
    const again = await seed('--synthetic', '100', '--seed', '2', '--database', target);
    expect(again.stdout).toMatch(/Refreshed the curated dataset/);
    expect(await practiceCount(target)).toBe(practices.length + 200);
    const reset = await seed('--reset', '--database', target);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toMatch(/Removed|Emptied/);
    expect(await practiceCount(target)).toBe(practices.length);
  });

  it('reads DATABASE_URL, else DATABASE_PATH, when no --database is given', async () => {
    const target = await newDatabase('from-env');
    const env: Record<string, string> =
      STORE === 'sqlite' ? { DATABASE_PATH: target } : { DATABASE_URL: target };
    const result = await collect(spawnSource('src/cli.ts', ['seed'], env)).finished;
    expect(result.code, result.stderr).toBe(0);
    if (STORE === 'sqlite') expect(existsSync(target)).toBe(true);
    expect(await practiceCount(target)).toBe(practices.length);
  });

  it.each([
    [['--synthetic', 'many'], /--synthetic must be a whole number/],
    [['--frobnicate'], /Unknown option/],
  ])('rejects %j with usage', async (args, message) => {
    const result = await seed(...args, '--database', join(dir, 'never.db'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Usage: node dist\/cli\.js <command>/);
  });

  it('prints help', async () => {
    const result = await seed('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--synthetic <count>/);
  });
});

describe('migrate command', () => {
  it('brings a new database to the current schema and says where', async () => {
    const target = await newDatabase('migrated');
    const result = await cli('migrate', '--database', target);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Schema up to date: /);
    expect(await practiceCount(target)).toBe(0);
  });

  it('fails with the database and the fix when it cannot open it', async () => {
    const target =
      STORE === 'sqlite'
        ? join(dir, 'no-such-dir-parent-is-a-file.db', 'x.db')
        : 'postgres://127.0.0.1:1/nowhere';
    if (STORE === 'sqlite')
      (await import('node:fs')).writeFileSync(join(dir, 'no-such-dir-parent-is-a-file.db'), '');
    const result = await cli('migrate', '--database', target);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot open the catalogue database .*\nFix: /);
  });
});
