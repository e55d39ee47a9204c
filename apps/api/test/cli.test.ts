import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { practices } from '@gcm-practices/dataset';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { reviewerOf } from '../src/submissions/reviewer-tokens.js';
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

describe('token command', () => {
  const token = (...args: string[]) => cli('token', ...args);
  const holderOf = async (target: string, value: string) => {
    const store = await openStore(locationOf(target));
    try {
      return await reviewerOf(store, value);
    } finally {
      await store.close();
    }
  };

  it('creates a token printed once, lists it without its secret, and revokes it', async () => {
    const target = await newDatabase('tokens');
    await seed('--database', target);
    const created = await token(
      'create',
      '--name',
      'Marta Reviewer',
      '--role',
      'reviewer',
      '--database',
      target,
    );
    expect(created.code, created.stderr).toBe(0);
    const [value, id] =
      /(gcmr_([0-9a-f]{16})_[A-Za-z0-9_-]{43})/.exec(created.stdout)?.slice(1) ?? [];
    expect(value).toBeDefined();
    expect(await holderOf(target, value as string)).toEqual({
      id,
      name: 'Marta Reviewer',
      role: 'reviewer',
    });

    const listed = await token('list', '--database', target);
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+reviewer\\s+active .*Marta Reviewer`));
    expect(listed.stdout).not.toContain((value as string).slice(-43));

    // Starting the catalogue over keeps tokens (and submissions).
    expect((await seed('--reset', '--database', target)).code).toBe(0);
    expect(await holderOf(target, value as string)).toBeDefined();

    const revoked = await token('revoke', id as string, '--database', target);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(await holderOf(target, value as string)).toBeUndefined();
    expect((await token('list', '--database', target)).stdout).toMatch(/revoked \d{4}-/);
    const again = await token('revoke', id as string, '--database', target);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/No active token has the id/);
  });

  it.each([
    [['create', '--name', 'X', '--role', 'owner'], /--role reviewer or --role admin/],
    [['create', '--role', 'admin'], /--name/],
    [['revoke'], /one token id/],
    [['rename'], /create, list or revoke/],
  ])('rejects %j with usage', async (args, message) => {
    const result = await token(...args, '--database', join(dir, 'never-token.db'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
