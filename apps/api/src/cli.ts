import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE_PATH } from './config.js';
import { isCatalogueEmpty, loadCuratedDataset, loadSyntheticPractices } from './db/load.js';
import { openDatabase } from './db/open.js';

const USAGE = `Usage: node dist/cli.js seed [options]

Create or fill the catalogue database.

Options:
  --synthetic <count>   add <count> generated practices (e.g. 100000)
  --seed <n>            generator seed, same seed same catalogue (default 1)
  --reset               delete the database file first
  --database <path>     database file (default: $DATABASE_PATH or ${DEFAULT_DATABASE_PATH})
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

function seedCommand(args: string[]): void {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        synthetic: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean', default: false },
        database: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const path =
    (values.database as string | undefined) || process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
  const count = wholeNumber('synthetic', values.synthetic as string | undefined, 0);
  const seed = wholeNumber('seed', values.seed as string | undefined, 1);

  if (values.reset) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    process.stdout.write(`Removed ${path}\n`);
  }
  const db = openDatabase(path);
  try {
    // Loading is an upsert, so a re-seed also brings the curated records up to date.
    const verb = isCatalogueEmpty(db) ? 'Loaded' : 'Refreshed';
    const loaded = loadCuratedDataset(db);
    process.stdout.write(
      `${verb} the curated dataset: ${loaded.practices} practices, ${loaded.resources} publications, ` +
        `${loaded.campaigns} campaigns, ${loaded.objectives} objectives\n`,
    );
    if (count > 0) {
      const result = loadSyntheticPractices(db, {
        count,
        seed,
        onProgress: (loaded) => {
          if (process.stdout.isTTY) process.stdout.write(`\r  ${loaded} / ${count}`);
        },
      });
      if (process.stdout.isTTY) process.stdout.write('\n');
      process.stdout.write(
        `Loaded ${result.count} synthetic practices (seed ${seed}) in ${(result.ms / 1000).toFixed(1)} s: ` +
          `${Math.round(result.rowsPerSecond)} rows/s\n`,
      );
    }
    process.stdout.write(`Database: ${path}\n`);
  } finally {
    db.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'seed') {
  seedCommand(rest);
} else if (command === undefined || command === '--help' || command === '-h') {
  process.stdout.write(USAGE);
} else {
  fail(`Unknown command "${command}"`);
}
