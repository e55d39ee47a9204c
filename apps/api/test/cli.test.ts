import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { practices } from '@gcm-practices/dataset';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/index.js';
import { collect, spawnSource } from './support/spawn.js';

const dir = mkdtempSync(join(tmpdir(), 'gcm-api-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = (...args: string[]) => collect(spawnSource('src/cli.ts', ['seed', ...args])).finished;
const practiceCount = (path: string) => {
  const db = openDatabase(path);
  const n = db.prepare('SELECT count(*) FROM practices').pluck().get();
  db.close();
  return n;
};

describe('seed CLI', () => {
  it('creates a database with the curated dataset and a synthetic catalogue, printing rows/s', async () => {
    const path = join(dir, 'seeded.db');
    const result = await seed('--synthetic', '2000', '--database', path);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Loaded the curated dataset: \d+ practices/);
    expect(result.stdout).toMatch(
      /Loaded 2000 synthetic practices \(seed 1\) in [\d.]+ s: \d+ rows\/s/,
    );
    expect(practiceCount(path)).toBe(practices.length + 2000);
  });

  it('adds to an existing database, and starts over with --reset', async () => {
    const path = join(dir, 'reset.db');
    await seed('--synthetic', '100', '--seed', '1', '--database', path);
    const again = await seed('--synthetic', '100', '--seed', '2', '--database', path);
    expect(again.stdout).toMatch(/Refreshed the curated dataset/);
    expect(practiceCount(path)).toBe(practices.length + 200);
    const reset = await seed('--reset', '--database', path);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/Removed/);
    expect(practiceCount(path)).toBe(practices.length);
  });

  it('reads DATABASE_PATH when no --database is given', async () => {
    const path = join(dir, 'from-env.db');
    const child = spawnSource('src/cli.ts', ['seed'], { DATABASE_PATH: path });
    const result = await collect(child).finished;
    expect(result.code).toBe(0);
    expect(existsSync(path)).toBe(true);
  });

  it.each([
    [['--synthetic', 'many'], /--synthetic must be a whole number/],
    [['--frobnicate'], /Unknown option/],
  ])('rejects %j with usage', async (args, message) => {
    const result = await seed(...args, '--database', join(dir, 'never.db'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Usage: node dist\/cli\.js seed/);
  });

  it('prints help', async () => {
    const result = await seed('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--synthetic <count>/);
  });
});
