import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app.js';
import {
  isCatalogueEmpty,
  loadCuratedDataset,
  loadSyntheticPractices,
  syntheticLoadRecord,
} from './db/load.js';
import { type Db, openDatabase } from './db/open.js';
import { type Logger, silentLogger } from './logger.js';
import { warmSearchIndexes } from './search/warm-up.js';

const SHUTDOWN_GRACE_MS = 10_000;

export interface StartServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Without one, a fresh database in a temporary directory, removed on close. */
  databasePath?: string;
  /** Also load this many synthetic practices (or `{ count, seed }`) when the database has none. */
  synthetic?: number | { count: number; seed?: number };
  logger?: Logger;
  corsOrigins?: '*' | readonly string[];
}

export interface RunningServer {
  /** Base URL without a trailing slash: `http://127.0.0.1:40123`. */
  url: string;
  port: number;
  db: Db;
  /** Stop accepting connections, let requests in flight finish, then close the database. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Open (or create) the database, load the curated dataset into an empty one,
 * and serve the API. Used by `server.ts` and by other packages' tests.
 */
export async function startServer({
  port = 0,
  host = '127.0.0.1',
  databasePath,
  synthetic,
  logger = silentLogger,
  corsOrigins = '*',
}: StartServerOptions = {}): Promise<RunningServer> {
  const tempDir = databasePath === undefined ? mkdtempSync(join(tmpdir(), 'gcm-api-')) : undefined;
  const path = databasePath ?? join(tempDir as string, 'practices.db');
  const db = openDatabase(path);
  const removeTemp = () => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };

  let server: Server | undefined;
  try {
    if (isCatalogueEmpty(db)) {
      const loaded = loadCuratedDataset(db);
      logger.info('loaded curated dataset', { databasePath: path, ...loaded });
    }
    if (synthetic !== undefined) {
      const { count, seed } = typeof synthetic === 'number' ? { count: synthetic } : synthetic;
      if (syntheticLoadRecord(db) === undefined) {
        const result = loadSyntheticPractices(db, { count, ...(seed !== undefined && { seed }) });
        logger.info('loaded synthetic practices', { ...result });
      }
    }
    warmSearchIndexes(db);
    const app = createApp({ db, logger, corsOrigins });
    server = createAdaptorServer({ fetch: app.fetch }) as Server;
    const address = await listen(server, port, host);
    const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const running = server;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost}:${address.port}`,
      port: address.port,
      db,
      close() {
        closing ??= new Promise<void>((resolve, reject) => {
          // Keep-alive sockets with no request in flight would hold close() open,
          // including those whose last response finishes after this point; a
          // request still running after the grace period is cut off.
          const sweep = setInterval(() => running.closeIdleConnections(), 50);
          const deadline = setTimeout(() => running.closeAllConnections(), SHUTDOWN_GRACE_MS);
          running.close((error) => {
            clearInterval(sweep);
            clearTimeout(deadline);
            db.close();
            removeTemp();
            if (error) reject(error);
            else resolve();
          });
          running.closeIdleConnections();
        });
        return closing;
      },
    };
  } catch (error) {
    server?.close();
    db.close();
    removeTemp();
    throw error;
  }
}
