import ky, { type KyInstance } from 'ky';
import type { ClientOptions } from './options.js';
import { VERSION } from './version.js';

/** The header that names the SDK and its version to the API. */
export const SDK_HEADER = 'x-gcm-sdk';

/**
 * Whether `X-GCM-SDK` is free to send to `origin`: anywhere without a
 * same-origin policy (Node, Deno, Bun), and in browsers only to the page's own
 * origin. Cross-origin, a header outside the CORS safelist turns every GET
 * into two round trips (preflight, then request).
 */
function identifyCosts(origin: string): boolean {
  const here = (globalThis as { location?: { origin?: string } }).location?.origin;
  return here !== undefined && here !== origin;
}

/** Where a call learns how many retries it took: passed in ky's `context`. */
export interface Attempts {
  retries: number;
}
export const ATTEMPTS = 'gcmAttempts';

/** The request headers every call starts from. */
export function clientHeaders(options: ClientOptions, origin: string): Headers {
  const headers = new Headers(options.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  if (options.lang) headers.set('accept-language', options.lang);
  if ((options.identify ?? true) && !identifyCosts(origin)) headers.set(SDK_HEADER, VERSION);
  return headers;
}

/**
 * The ky instance calls go through: the client's headers and middleware. The
 * timeout and retry policy are given per call (see `kyRetry`).
 */
export function createHttp(options: ClientOptions, headers: Headers): KyInstance {
  const userFetch = options.fetch;
  const hooks = options.hooks ?? {};
  return ky.create({
    headers,
    // ky calls `options.fetch(…)`, a method call: a browser's `fetch` taken off
    // `window` throws "Illegal invocation" unless called as a plain function.
    // Looked up per call, so a page that wraps `fetch` after creating the client is honoured.
    fetch: (input, init) => (userFetch ?? globalThis.fetch)(input, init),
    hooks: {
      beforeRequest: [...(hooks.beforeRequest ?? [])],
      afterResponse: [...(hooks.afterResponse ?? [])],
      beforeRetry: [
        ({ options, retryCount }) => {
          const attempts = options.context[ATTEMPTS] as Attempts | undefined;
          if (attempts) attempts.retries = retryCount;
        },
        ...(hooks.beforeRetry ?? []),
      ],
    },
  });
}
