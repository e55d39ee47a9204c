import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, type StartServerOptions, startServer } from '../../src/index.js';

/** Start a real server for the file's tests (ephemeral port, temporary SQLite file). */
export function useServer(options: StartServerOptions = {}): { readonly current: RunningServer } {
  const holder: { server?: RunningServer } = {};
  beforeAll(async () => {
    holder.server = await startServer(options);
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
