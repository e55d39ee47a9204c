import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app.js';
import { CatalogueService } from './catalogue/catalogue-service.js';
import type { RateLimit } from './http/rate-limit.js';
import { type Logger, silentLogger } from './logger.js';
import type { Store } from './store/catalogue-store.js';
import {
  loadCuratedDataset,
  loadSyntheticPractices,
  syntheticLoadRecord,
} from './store/load-catalogue.js';
import { openStore } from './store/open-store.js';
import type { SubmissionSettings } from './submissions/settings.js';
import { WebhookDispatcher } from './submissions/webhook.js';

const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Where the in-memory search cache is on by default: measured with `pnpm
 * bench` at 100 000 practices (apps/api/README.md, "The search cache").
 */
export const SEARCH_CACHE_DEFAULT: Record<Store['kind'], boolean> = {
  sqlite: true,
  postgres: true,
};

export interface StartServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** SQLite file. Without it (and without `databaseUrl`), a fresh file in a temporary directory, removed on close. */
  databasePath?: string;
  /** `postgres://…`: serve from PostgreSQL instead. */
  databaseUrl?: string;
  /** Also load this many synthetic practices (or `{ count, seed }`) when the database has none. */
  synthetic?: number | { count: number; seed?: number };
  logger?: Logger;
  corsOrigins?: '*' | readonly string[];
  publicUrl?: string | undefined;
  rateLimit?: RateLimit | undefined;
  /** The in-memory search index in front of the store; default: SEARCH_CACHE_DEFAULT. */
  searchCache?: boolean | undefined;
  /** Calls for practices and review (origins, rate limit, approvals, clock). */
  submissions?: Partial<SubmissionSettings>;
  /** Post the outbox's notifications here, signed with `secret`. */
  webhook?: { url: string; secret: string; pollMs?: number } | undefined;
}

export interface RunningServer {
  /** Base URL without a trailing slash: `http://127.0.0.1:40123`. */
  url: string;
  port: number;
  store: Store;
  catalogue: CatalogueService;
  /** Stop accepting connections, let requests in flight finish, then close the store. */
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
 * Open (or create) the store, load the curated dataset into an empty one,
 * and serve the API. Used by `server.ts` and by other packages' tests.
 */
export async function startServer({
  port = 0,
  host = '127.0.0.1',
  databasePath,
  databaseUrl,
  synthetic,
  logger = silentLogger,
  corsOrigins = '*',
  publicUrl,
  rateLimit,
  searchCache,
  submissions,
  webhook,
}: StartServerOptions = {}): Promise<RunningServer> {
  const tempDir =
    databasePath === undefined && databaseUrl === undefined
      ? mkdtempSync(join(tmpdir(), 'gcm-api-'))
      : undefined;
  const removeTemp = () => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  let store: Store;
  try {
    store = await openStore(
      databaseUrl !== undefined
        ? { databaseUrl }
        : { databasePath: databasePath ?? join(tempDir as string, 'practices.db') },
    );
  } catch (error) {
    removeTemp();
    throw error;
  }

  let server: Server | undefined;
  let catalogue: CatalogueService | undefined;
  let unsubscribe = () => {};
  let dispatcher: WebhookDispatcher | undefined;
  try {
    if (await store.catalogue.isEmpty()) {
      const loaded = await loadCuratedDataset(store);
      logger.info('loaded curated dataset', { database: store.location, ...loaded });
    }
    if (synthetic !== undefined) {
      const { count, seed } = typeof synthetic === 'number' ? { count: synthetic } : synthetic;
      if ((await syntheticLoadRecord(store)) === undefined) {
        const result = await loadSyntheticPractices(store, {
          count,
          ...(seed !== undefined && { seed }),
        });
        logger.info('loaded synthetic practices', { ...result });
      }
    }
    const service = new CatalogueService(store.catalogue, {
      searchCache: searchCache ?? SEARCH_CACHE_DEFAULT[store.kind],
      logger,
    });
    catalogue = service;
    await service.warmUp();
    // Rebuild the search index as soon as the catalogue changes, here or elsewhere.
    unsubscribe = store.catalogue.onChange(() => void service.warmUp());
    const app = createApp({
      store,
      catalogue: service,
      logger,
      corsOrigins,
      publicUrl,
      rateLimit,
      ...(submissions !== undefined && { submissions }),
    });
    if (webhook) {
      dispatcher = new WebhookDispatcher({
        ...webhook,
        store,
        logger,
        ...(submissions?.now !== undefined && { now: submissions.now }),
      });
      dispatcher.start();
    }
    const outbox = dispatcher;
    server = createAdaptorServer({ fetch: app.fetch }) as Server;
    const address = await listen(server, port, host);
    const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const running = server;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost}:${address.port}`,
      port: address.port,
      store,
      catalogue: service,
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
            unsubscribe();
            service.close();
            Promise.resolve(outbox?.stop())
              .then(() => store.close())
              .then(() => {
                removeTemp();
                if (error) reject(error);
                else resolve();
              }, reject);
          });
          running.closeIdleConnections();
        });
        return closing;
      },
    };
  } catch (error) {
    server?.close();
    await dispatcher?.stop();
    unsubscribe();
    catalogue?.close();
    await store.close();
    removeTemp();
    throw error;
  }
}
