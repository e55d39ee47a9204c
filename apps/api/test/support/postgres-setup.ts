import type { TestProject } from 'vitest/node';
import { findPostgresBin, type PostgresCluster, startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin URL of a PostgreSQL server the tests may create databases in. */
    postgresUrl: string;
  }
}

/**
 * Global setup of the PostgreSQL test project: use TEST_DATABASE_URL when it
 * names a server (CI starts one), else start a throwaway cluster from the
 * PostgreSQL binaries on this machine and remove it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  let cluster: PostgresCluster | undefined;
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const bin = findPostgresBin();
    if (!bin) throw new Error('PostgreSQL binaries not found (set PG_BIN or TEST_DATABASE_URL)');
    cluster = await startPostgresCluster(bin);
    url = cluster.url;
  }
  project.provide('postgresUrl', url);
  return () => cluster?.stop();
}
