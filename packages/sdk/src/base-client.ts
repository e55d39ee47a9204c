import ky, { isHTTPError, isTimeoutError as isKyTimeoutError } from 'ky';
import type * as z from 'zod/mini';
import { checkContract, parseJsonBody } from './contract-check.js';
import { errorFromResponse } from './error-response.js';
import type { RequestLine } from './errors/gcm-practices-error.js';
import { NetworkError } from './errors/network-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import { InFlightRequests } from './in-flight.js';
import {
  type CallOptions,
  type ClientOptions,
  DEFAULT_TIMEOUT,
  resolvePrefix,
  resolveRetry,
} from './options.js';
import { mediaType, readBody } from './response-body.js';
import { kyRetryOptions } from './retry-policy.js';

// Longest delay setTimeout accepts; ky rejects a larger timeout at call time.
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
  const userFetch = options.fetch;

  const http = ky.create({
    prefixUrl: prefix,
    headers,
    timeout,
    retry: kyRetryOptions(resolveRetry(options.retry)),
    ...(userFetch && {
      // ky calls `options.fetch(…)`, a method call; a browser's `fetch` taken off
      // `window` throws "Illegal invocation" unless called as a plain function.
      fetch: (input: globalThis.RequestInfo | URL, init?: RequestInit) => userFetch(input, init),
    }),
    hooks: {
      beforeRetry: [
        ({ error }) => {
          // The failed attempt's body is never read; release its connection.
          if (isHTTPError(error)) error.response.body?.cancel().catch(() => {});
        },
      ],
    },
  });

  /** What a failed ky call becomes: the abort reason, an `ApiError`, a timeout or a network error. */
  async function failure(
    error: unknown,
    request: RequestLine,
    controller: AbortController,
  ): Promise<unknown> {
    if (controller.signal.aborted) return controller.signal.reason;
    if (isHTTPError(error)) {
      const text = await readBody(error.response, request, timeout, controller).catch(() => {
        if (controller.signal.aborted) throw controller.signal.reason;
        return undefined;
      });
      return errorFromResponse(error.response, request, text);
    }
    if (isKyTimeoutError(error)) return new TimeoutError(request, timeout as number);
    return new NetworkError(request, error);
  }

  async function fetchChecked<S extends z.ZodMiniType>(
    input: string,
    schema: S,
    request: RequestLine,
    controller: AbortController,
  ): Promise<z.output<S>> {
    let response: Response;
    try {
      response = await http.get(input, { signal: controller.signal });
    } catch (error) {
      throw await failure(error, request, controller);
    }
    let text: string;
    try {
      text = await readBody(response, request, timeout, controller);
    } catch (error) {
      // A timeout or an abort is the controller's reason; anything else broke the connection.
      throw controller.signal.aborted ? controller.signal.reason : new NetworkError(request, error);
    }
    const body = parseJsonBody(text, mediaType(response), request);
    return validate ? checkContract(schema, body, request) : (body as z.output<S>);
  }

  return {
    baseUrl: prefix,
    getJson(path, schema, { searchParams, signal } = {}) {
      const query = searchParams?.toString();
      const input = query ? `${path}?${query}` : path;
      const request: RequestLine = { method: 'GET', url: prefix + input };
      const key = dedupe ? `${request.url}\n${headerKey}` : undefined;
      return inFlight.run(
        key,
        (controller) => fetchChecked(input, schema, request, controller),
        signal,
      );
    },
  };
}
