import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, type StartServerOptions, startServer } from '../../src/index.js';
import { createTestDatabase, STORE } from './store-under-test.js';

/**
 * Start a real server over the store under test (a temporary SQLite file, or
 * a fresh PostgreSQL database), on an ephemeral port.
 */
export async function startTestServer(options: StartServerOptions = {}): Promise<RunningServer> {
  if (
    STORE === 'sqlite' ||
    options.databasePath !== undefined ||
    options.databaseUrl !== undefined
  ) {
    return startServer(options);
  }
  const database = await createTestDatabase();
  try {
    const server = await startServer({ ...options, databaseUrl: database.url });
    return {
      ...server,
      async close() {
        await server.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** Start a real server for the file's tests. */
export function useServer(options: StartServerOptions = {}): { readonly current: RunningServer } {
  const holder: { server?: RunningServer } = {};
  beforeAll(async () => {
    holder.server = await startTestServer(options);
  });
  afterAll(async () => {
    await holder.server?.close();
  });
  return {
    get current() {
      if (!holder.server) throw new Error('server not started');
      return holder.server;
    },
  };
}

export interface JsonResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export async function getJson<T = unknown>(
  server: RunningServer,
  path: string,
  init?: RequestInit,
): Promise<JsonResponse<T>> {
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text === '' ? undefined : JSON.parse(text)) as T,
  };
}
