import { isHTTPError, isTimeoutError as isKyTimeoutError } from 'ky';
import type * as z from 'zod/mini';
import { checkContract, checkPageLength, parseJsonBody } from './contract-check.js';
import { errorFromResponse } from './error-response.js';
import type { RequestLine } from './errors/gcm-practices-error.js';
import { NetworkError } from './errors/network-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import { ATTEMPTS, type Attempts, clientHeaders, createHttp } from './http.js';
import { InFlightRequests } from './in-flight.js';
import {
  type CallOptions,
  type ClientOptions,
  type ResponseInfo,
  resolvePrefix,
  resolveRetry,
  resolveTimeout,
} from './options.js';
import { mediaType, readBody } from './response-body.js';
import { kyRetry, type Method } from './retry-policy.js';
import { rememberToken } from './review-token.js';

export interface GetOptions extends CallOptions {
  /** Query string, one pair per value of repeatable parameters (see `encodeQuery`). */
  searchParams?: URLSearchParams | undefined;
  /**
   * Most items the body's `data` list may hold: the `pageSize` that was asked
   * for. A longer list is a contract mismatch, found before the body is
   * validated, so a hostile or broken server cannot make the page do
   * unbounded work.
   */
  maxItems?: number | undefined;
}

export interface SendOptions extends GetOptions {
  /** The request body, sent as JSON. */
  json?: unknown;
  /**
   * Sent as `Idempotency-Key`. A write (any method but GET) is retried only
   * when it has one, so the server can recognise a repeat; and even then
   * never after a 4xx. Without one a write is sent exactly once.
   */
  idempotencyKey?: string | undefined;
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
  /**
   * Send `method` to `path` and return the JSON body of the answer checked
   * against `schema`. Writes are never shared with other calls and are
   * retried only with an `idempotencyKey`.
   */
  send<S extends z.ZodMiniType>(
    method: Method,
    path: string,
    schema: S,
    options?: SendOptions,
  ): Promise<z.output<S>>;
}

/** How one call ended, shared by every caller of a shared request. */
type Outcome<T> = { response?: ResponseInfo } & (
  | { ok: true; value: T }
  | { ok: false; error: unknown }
);

/** The transport alone, without the resource namespaces. */
export function createBaseClient(options: ClientOptions): BaseClient {
  const prefix = resolvePrefix(options.baseUrl);
  const timeout = resolveTimeout(options.timeout);
  const retry = resolveRetry(options.retry);
  const validate = options.validate ?? true;
  const dedupe = options.dedupe ?? true;
  const headers = clientHeaders(options, new URL(prefix).origin);
  const http = createHttp(options, headers);
  const inFlight = new InFlightRequests();

  async function attempt<S extends z.ZodMiniType>(
    method: Method,
    request: RequestLine,
    schema: S,
    call: SendOptions,
    controller: AbortController,
  ): Promise<Outcome<z.output<S>>> {
    const { signal } = controller;
    const callTimeout = resolveTimeout(call.timeout, timeout);
    const idempotent = call.idempotencyKey !== undefined;
    const callHeaders = new Headers(call.headers);
    if (idempotent) callHeaders.set('idempotency-key', call.idempotencyKey as string);
    const attempts: Attempts = { retries: 0 };
    let response: Response;
    try {
      response = await http(request.url, {
        method,
        signal,
        headers: callHeaders,
        timeout: callTimeout,
        retry: kyRetry(resolveRetry(call.retry, retry), method, idempotent),
        ...(call.json !== undefined && { json: call.json }),
        context: { [ATTEMPTS]: attempts },
      });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (isKyTimeoutError(error)) throw new TimeoutError(request, callTimeout as number);
      if (!isHTTPError(error)) throw new NetworkError(request, error);
      response = error.response;
    }
    const info: ResponseInfo = {
      url: response.url || request.url,
      status: response.status,
      headers: response.headers,
      retries: attempts.retries,
    };
    let text: string | undefined;
    try {
      text = await readBody(response, request, callTimeout, controller);
    } catch (error) {
      // A timeout or an abort is the controller's reason; anything else broke the connection.
      if (signal.aborted) throw signal.reason;
      // An error status still is one when its body cannot be read.
      if (response.ok) throw new NetworkError(request, error);
    }
    try {
      if (!response.ok) throw errorFromResponse(response, request, text);
      const body = parseJsonBody(text as string, mediaType(response), request);
      if (call.maxItems !== undefined) checkPageLength(body, call.maxItems, request);
      const value = validate ? checkContract(schema, body, request) : (body as z.output<S>);
      return { response: info, ok: true, value };
    } catch (error) {
      return { response: info, ok: false, error };
    }
  }

  function send<S extends z.ZodMiniType>(
    method: Method,
    path: string,
    schema: S,
    call: SendOptions = {},
  ): Promise<z.output<S>> {
    const query = call.searchParams?.toString();
    const request: RequestLine = { method, url: prefix + (query ? `${path}?${query}` : path) };
    // Only reads are shared, and only those that ask for the client's own policy.
    const shareable =
      dedupe && method === 'GET' && call.timeout === undefined && call.retry === undefined;
    const key = shareable ? [request.url, ...new Headers(call.headers)].join('\n') : undefined;
    const outcome = inFlight.run(
      key,
      (controller) => attempt(method, request, schema, call, controller),
      call.signal,
    );
    return outcome.then((settled) => {
      if (settled.response) call.onResponse?.(settled.response);
      if (settled.ok) return settled.value;
      throw settled.error;
    });
  }

  const client: BaseClient = {
    baseUrl: prefix,
    getJson: (path, schema, call) => send('GET', path, schema, call),
    send,
  };
  rememberToken(client, options.token);
  return client;
}
