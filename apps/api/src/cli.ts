import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE_PATH } from './config.js';
import type { Store } from './store/catalogue-store.js';
import { loadCuratedDataset, loadSyntheticPractices } from './store/load-catalogue.js';
import { openStore, type StoreLocation } from './store/open-store.js';
import { StoreOpenError } from './store/store-open-error.js';

const USAGE = `Usage: node dist/cli.js <command> [options]

Commands:
  seed      create or fill the catalogue database
  migrate   bring the database schema up to date, then exit

Options:
  --synthetic <count>   seed: add <count> generated practices (e.g. 100000)
  --seed <n>            seed: generator seed, same seed same catalogue (default 1)
  --reset               seed: empty the database first (SQLite: delete the file)
  --database <path|url> SQLite file or postgres:// URL
                        (default: $DATABASE_URL, else $DATABASE_PATH, else ${DEFAULT_DATABASE_PATH})
  -h, --help            show this help
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw)) fail(`--${name} must be a whole number (got "${raw}")`);
  return Number(raw);
}

function locationOf(database: string | undefined): StoreLocation {
  const given = database || process.env.DATABASE_URL || '';
  if (/^postgres(ql)?:\/\//.test(given)) return { databaseUrl: given };
  return { databasePath: database || process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH };
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        synthetic: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean', default: false },
        database: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
}

async function seedCommand(args: string[]): Promise<void> {
  const values = parse(args);
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const location = locationOf(values.database);
  const count = wholeNumber('synthetic', values.synthetic, 0);
  const seed = wholeNumber('seed', values.seed, 1);

  if (values.reset && 'databasePath' in location) {
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(`${location.databasePath}${suffix}`, { force: true });
    }
    process.stdout.write(`Removed ${location.databasePath}\n`);
  }
  const store = await openStore(location);
  try {
    if (values.reset && 'databaseUrl' in location) {
      const { resetPostgresCatalogue } = await import('./store/postgres/postgres-store.js');
      await resetPostgresCatalogue(store);
      process.stdout.write(`Emptied the catalogue of ${store.location}\n`);
    }
    await seedStore(store, count, seed);
    process.stdout.write(`Database: ${store.location}\n`);
  } finally {
    await store.close();
  }
}

async function seedStore(store: Store, count: number, seed: number): Promise<void> {
  // Loading is an upsert, so a re-seed also brings the curated records up to date.
  const verb = (await store.catalogue.isEmpty()) ? 'Loaded' : 'Refreshed';
  const loaded = await loadCuratedDataset(store);
  process.stdout.write(
    `${verb} the curated dataset: ${loaded.practices} practices, ${loaded.resources} publications, ` +
      `${loaded.campaigns} campaigns, ${loaded.objectives} objectives\n`,
  );
  if (count > 0) {
    const result = await loadSyntheticPractices(store, {
      count,
      seed,
      onProgress: (done) => {
        if (process.stdout.isTTY) process.stdout.write(`\r  ${done} / ${count}`);
      },
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    process.stdout.write(
      `Loaded ${result.count} synthetic practices (seed ${seed}) in ${(result.ms / 1000).toFixed(1)} s: ` +
        `${Math.round(result.rowsPerSecond)} rows/s\n`,
    );
  }
}

async function migrateCommand(args: string[]): Promise<void> {
  const values = parse(args);
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  // Opening a store migrates it.
  const store = await openStore(locationOf(values.database));
  process.stdout.write(`Schema up to date: ${store.location}\n`);
  await store.close();
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'seed') await seedCommand(rest);
  else if (command === 'migrate') await migrateCommand(rest);
  else if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
  } else fail(`Unknown command "${command}"`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof StoreOpenError ? error.message : `Failed: ${(error as Error).message ?? error}`}\n`,
  );
  process.exit(1);
});
