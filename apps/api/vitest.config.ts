import { defineConfig } from 'vitest/config';
import { findPostgresBin } from './test/support/postgres-cluster.js';

/**
 * One suite, run once per store: `sqlite` runs every file over temporary
 * SQLite files; `postgres` runs the same store-dependent files over fresh
 * databases of a PostgreSQL server (TEST_DATABASE_URL, else a throwaway
 * cluster started from this machine's binaries). Without PostgreSQL on the
 * machine the postgres half is left out with a warning, except in CI, where
 * that is an error.
 */
const STORE_INDEPENDENT = ['test/config.test.ts', 'test/text-query.test.ts'];
// Several instances over one database: PostgreSQL's deployment, not SQLite's (one process).
const POSTGRES_ONLY = [
  'test/store-comparison.test.ts',
  'test/instances.test.ts',
  'test/concurrent-reviews.test.ts',
];

const postgresAvailable = Boolean(process.env.TEST_DATABASE_URL || findPostgresBin());
if (!postgresAvailable) {
  const message =
    'PostgreSQL was not found (no TEST_DATABASE_URL, no initdb under PG_BIN, /usr/lib/postgresql/*/bin or on PATH)';
  if (process.env.CI) throw new Error(`${message}: CI must test both stores.`);
  console.warn(
    `\n⚠ ${message}: running the API tests against SQLite only. Install PostgreSQL (Debian: apt-get install postgresql) to run them against both stores.\n`,
  );
}

const timeouts = {
  // Each file starts real servers; loading a synthetic catalogue takes seconds, and many times
  // that on a busy machine (the slowest test took 115 s beside two CPU burners). These are the
  // suite's only time limits, there to stop a hung test, not to time a slow one
  // (CONTRIBUTING.md, "Tests").
  testTimeout: 600_000,
  hookTimeout: 900_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'sqlite',
          include: ['test/**/*.test.ts'],
          exclude: POSTGRES_ONLY,
          env: { TEST_STORE: 'sqlite' },
          ...timeouts,
        },
      },
      ...(postgresAvailable
        ? [
            {
              test: {
                name: 'postgres',
                include: ['test/**/*.test.ts'],
                exclude: STORE_INDEPENDENT,
                env: { TEST_STORE: 'postgres' },
                globalSetup: ['test/support/postgres-setup.ts'],
                ...timeouts,
              },
            },
          ]
        : []),
    ],
  },
});
