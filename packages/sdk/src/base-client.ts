import type * as z from 'zod/mini';
import { checkContract, parseJsonBody } from './contract-check.js';
import { errorFromResponse } from './error-response.js';
import type { RequestLine } from './errors/gcm-practices-error.js';
import { NetworkError } from './errors/network-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import { getWithRetries } from './get-with-retries.js';
import { InFlightRequests } from './in-flight.js';
import {
  type CallOptions,
  type ClientOptions,
  DEFAULT_TIMEOUT,
  resolvePrefix,
  resolveRetry,
} from './options.js';
import { mediaType, readBody } from './response-body.js';

// Longest delay setTimeout accepts.
const MAX_TIMEOUT = 2_147_483_647;

export interface GetOptions extends CallOptions {
  /** Query string, one pair per value of repeatable parameters (see `encodeQuery`). */
  searchParams?: URLSearchParams | undefined;
}

/**
 * The transport every endpoint function uses: base URL, headers, timeout,
 * retries, request sharing and contract checks. `createClient` adds the
 * resource namespaces on top; alone, with the standalone functions
 * (`listPractices(client, …)`), it keeps a bundle to the endpoints it uses.
 */
export interface BaseClient {
  /** The URL paths are resolved against, ending in `/`: `https://api.example.org/`. */
  readonly baseUrl: string;
  /**
   * GET `path` (relative to `baseUrl`, such as `v1/practices`) and return its
   * JSON body checked against `schema`. For endpoints the SDK has no method for yet.
   */
  getJson<S extends z.ZodMiniType>(
    path: string,
    schema: S,
    options?: GetOptions,
  ): Promise<z.output<S>>;
}

function resolveTimeout(timeout: number | false | undefined): number | false {
  if (timeout === undefined) return DEFAULT_TIMEOUT;
  if (timeout === false) return false;
  if (!(timeout > 0 && timeout <= MAX_TIMEOUT)) {
    throw new RangeError(`timeout must be false or from 1 to ${MAX_TIMEOUT} ms; got ${timeout}`);
  }
  return timeout;
}

function resolveHeaders(options: ClientOptions): Headers {
  const headers = new Headers(options.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  if (options.lang) headers.set('accept-language', options.lang);
  return headers;
}

/** The transport alone, without the resource namespaces. */
export function createBaseClient(options: ClientOptions): BaseClient {
  const prefix = resolvePrefix(options.baseUrl);
  const timeout = resolveTimeout(options.timeout);
  const validate = options.validate ?? true;
  const dedupe = options.dedupe ?? true;
  const headers = resolveHeaders(options);
  // Headers iterate sorted by name, so equal headers give equal keys.
  const headerKey = [...headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  const inFlight = new InFlightRequests();
  const retry = resolveRetry(options.retry);
  const userFetch = options.fetch;

  async function fetchChecked<S extends z.ZodMiniType>(
    schema: S,
    request: RequestLine,
    controller: AbortController,
  ): Promise<z.output<S>> {
    const { signal } = controller;
    let response: Response;
    try {
      response = await getWithRetries(request.url, {
        // Looked up per call, so a page that wraps `fetch` after creating the client is honoured.
        fetch: userFetch ?? globalThis.fetch,
        headers,
        timeout,
        retry,
        request,
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw error instanceof TimeoutError ? error : new NetworkError(request, error);
    }
    let text: string | undefined;
    try {
      text = await readBody(response, request, timeout, controller);
    } catch (error) {
      // A timeout or an abort is the controller's reason; anything else broke the connection.
      if (signal.aborted) throw signal.reason;
      // An error status still is one when its body cannot be read.
      if (response.ok) throw new NetworkError(request, error);
    }
    if (!response.ok) throw errorFromResponse(response, request, text);
    const body = parseJsonBody(text as string, mediaType(response), request);
    return validate ? checkContract(schema, body, request) : (body as z.output<S>);
  }

  return {
    baseUrl: prefix,
    getJson(path, schema, { searchParams, signal } = {}) {
      const query = searchParams?.toString();
      const input = query ? `${path}?${query}` : path;
      const request: RequestLine = { method: 'GET', url: prefix + input };
      const key = dedupe ? `${request.url}\n${headerKey}` : undefined;
      return inFlight.run(key, (controller) => fetchChecked(schema, request, controller), signal);
    },
  };
}
