import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE_PATH } from './config.js';
import type { Store } from './store/catalogue-store.js';
import { loadCuratedDataset, loadSyntheticPractices } from './store/load-catalogue.js';
import { openStore, type StoreLocation } from './store/open-store.js';
import { StoreOpenError } from './store/store-open-error.js';
import { createReviewerToken, revokeReviewerToken } from './submissions/reviewer-tokens.js';

const USAGE = `Usage: node dist/cli.js <command> [options]

Commands:
  seed      create or fill the catalogue database
  migrate   bring the database schema up to date, then exit
  token create --name <name> --role reviewer|admin
            make a review token and print it (once: only its hash is kept)
  token list
            the tokens: id, role, name, created, revoked
  token revoke <id>
            refuse the token from now on (the record and its actions stay)

Options:
  --synthetic <count>   seed: add <count> generated practices (e.g. 100000)
  --seed <n>            seed: generator seed, same seed same catalogue (default 1)
  --reset               seed: empty the catalogue first (submissions and reviews stay)
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
        name: { type: 'string' },
        role: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    fail((error as Error).message);
  }
}

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) fail(`${command} takes no argument "${positionals[0]}"`);
}

async function seedCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args);
  noPositionals('seed', positionals);
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const location = locationOf(values.database);
  const count = wholeNumber('synthetic', values.synthetic, 0);
  const seed = wholeNumber('seed', values.seed, 1);

  const store = await openStore(location);
  try {
    if (values.reset) {
      await resetCatalogue(store);
      process.stdout.write(`Emptied the catalogue of ${store.location}\n`);
    }
    await seedStore(store, count, seed);
    process.stdout.write(`Database: ${store.location}\n`);
  } finally {
    await store.close();
  }
}

/** Submissions, reviews, tokens and the audit log stay: only the catalogue starts over. */
async function resetCatalogue(store: Store): Promise<void> {
  if (store.kind === 'postgres') {
    const { resetPostgresCatalogue } = await import('./store/postgres/postgres-store.js');
    await resetPostgresCatalogue(store);
  } else {
    const { SqliteStore } = await import('./store/sqlite/sqlite-store.js');
    await (store as InstanceType<typeof SqliteStore>).reset();
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
  const { values, positionals } = parse(args);
  noPositionals('migrate', positionals);
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  // Opening a store migrates it.
  const store = await openStore(locationOf(values.database));
  process.stdout.write(`Schema up to date: ${store.location}\n`);
  await store.close();
}

async function tokenCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args);
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const [action, ...rest] = positionals;
  if (action === 'create') {
    const name = values.name?.trim() ?? '';
    if (name === '' || name.length > 200 || /\p{Cc}/u.test(name)) {
      fail('token create needs --name "<who holds it>" (one line, at most 200 characters)');
    }
    if (values.role !== 'reviewer' && values.role !== 'admin') {
      fail(`token create needs --role reviewer or --role admin (got "${values.role ?? ''}")`);
    }
    const store = await openStore(locationOf(values.database));
    try {
      const created = await createReviewerToken(store, name, values.role);
      process.stdout.write(
        `Created ${created.role} token ${created.id} for ${created.name}.\n` +
          `Token (shown once, keep it secret; send it as Authorization: Bearer <token>):\n${created.token}\n`,
      );
    } finally {
      await store.close();
    }
  } else if (action === 'list') {
    const store = await openStore(locationOf(values.database));
    try {
      const tokens = await store.submissions.tokens();
      if (tokens.length === 0) process.stdout.write('No tokens.\n');
      for (const t of tokens) {
        process.stdout.write(
          `${t.id}  ${t.role.padEnd(8)}  ${t.revoked_at ? `revoked ${t.revoked_at}` : 'active'}  created ${t.created_at}  ${t.name}\n`,
        );
      }
    } finally {
      await store.close();
    }
  } else if (action === 'revoke') {
    const [id] = rest;
    if (id === undefined || rest.length !== 1)
      fail('token revoke needs one token id (see token list)');
    const store = await openStore(locationOf(values.database));
    try {
      if (!(await revokeReviewerToken(store, id))) {
        process.stderr.write(`No active token has the id ${id} (see token list).\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`Revoked token ${id}.\n`);
    } finally {
      await store.close();
    }
  } else {
    fail(`token needs create, list or revoke${action ? ` (got "${action}")` : ''}`);
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'seed') await seedCommand(rest);
  else if (command === 'migrate') await migrateCommand(rest);
  else if (command === 'token') await tokenCommand(rest);
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
