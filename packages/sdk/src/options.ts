import type { AfterResponseHook, BeforeRequestHook, BeforeRetryHook } from 'ky';

/** How failed requests are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2 (so at most 3 attempts). */
  limit?: number;
  /**
   * Delay before retry number `n` (1-based) in milliseconds, before jitter and
   * the cap. Default `300 * 2 ** (n - 1)`: 300 ms, 600 ms, 1.2 s, …
   */
  delay?: (retry: number) => number;
  /** Upper bound of the exponential backoff, in milliseconds. Default 5000. */
  backoffLimit?: number;
  /**
   * Randomise each backoff delay between 0 and its computed value ("full jitter"),
   * so many pages retrying after an outage do not come back in lockstep.
   * Never applied to a server's `Retry-After`. Default true.
   */
  jitter?: boolean;
  /**
   * Longest `Retry-After` (429 and 503) the client will wait, in milliseconds.
   * When the server asks for longer, the call fails at once with the error (a
   * `RateLimitedError` carries `retryAfter`) rather than retrying too early.
   * Default 10 000.
   */
  maxRetryAfter?: number;
  /** Also retry an attempt that hit `timeout`. Default false: a slow server rarely gets faster. */
  retryOnTimeout?: boolean;
}

/**
 * Middleware: functions run around every request, with ky's signatures (the
 * SDK's transport is ky). `beforeRequest` may change the `Request` or answer
 * with a `Response` of its own; `afterResponse` sees every response, error
 * statuses included, and may replace it; `beforeRetry` runs before each retry
 * and may change the request or stop retrying by throwing.
 */
export interface Hooks {
  beforeRequest?: BeforeRequestHook[];
  afterResponse?: AfterResponseHook[];
  beforeRetry?: BeforeRetryHook[];
}

export interface ClientOptions {
  /**
   * Root of the API, with or without a trailing slash: `https://api.example.org`
   * or `https://example.org/practices-api/`. A trailing `/v1` is accepted too.
   */
  baseUrl: string | URL;
  /** The `fetch` to use. Default `globalThis.fetch` (browsers, Node ≥ 20, Deno, workers). */
  fetch?: typeof globalThis.fetch;
  /**
   * Milliseconds each attempt may take, once to receive the response headers
   * and again to read the body; `false` for no limit. Default 10 000.
   */
  timeout?: number | false;
  /**
   * Retry policy; a number sets `limit`, `false` disables retries. Reads (GET)
   * follow it as it is; writes are retried only with an idempotency key, and
   * never after a 4xx (see the README).
   */
  retry?: number | false | RetryOptions;
  /**
   * Extra request headers. Anything beyond `Accept`, `Accept-Language` and a
   * few others makes browsers send a CORS preflight first.
   */
  headers?: HeadersInit;
  /**
   * Preferred language of the labels, sent as `Accept-Language`: `fr`, `ar`, `es-419, es;q=0.9`.
   * The API then gives objective and action titles, guiding principle, region and country
   * names and facet labels in that language where an official wording exists, in English
   * otherwise; each labelled record's `lang` says which. Practice and publication texts are
   * not translated: they stay in the language they were written in (their own `lang`).
   */
  lang?: string;
  /**
   * A reviewer or admin token (`token create` on the server), for the review
   * calls (`client.review.*`). Sent as `Authorization: Bearer …` on those calls
   * only, and never kept on the client object. Treat it as a password.
   */
  token?: string | undefined;
  /** Check every response body against the contract. Default true. */
  validate?: boolean;
  /** Share identical GET requests that are in flight at the same time. Default true. */
  dedupe?: boolean;
  /** Middleware run around every request (ky hooks). */
  hooks?: Hooks;
  /**
   * Send `X-GCM-SDK: <version>` so the API can tell which SDK versions call it.
   * Default true, but only where the header costs nothing: outside browsers,
   * and in browsers for same-origin APIs (a custom header on a cross-origin
   * request would add a CORS preflight round trip to every call).
   */
  identify?: boolean;
}

/** What a call's final response said, whether it succeeded or not. */
export interface ResponseInfo {
  /** The URL that answered (after redirects). */
  url: string;
  status: number;
  headers: Headers;
  /** Retries made before this response (0 when the first attempt answered). */
  retries: number;
}

/** The last argument of every method. */
export interface CallOptions {
  /** Abort this call. Other callers sharing the same request are not affected. */
  signal?: AbortSignal | undefined;
  /** This call's timeout, instead of the client's. */
  timeout?: number | false | undefined;
  /** This call's retry policy; fields given replace the client's, the others are kept. */
  retry?: number | false | RetryOptions | undefined;
  /** Headers added to the client's for this call (a header given here wins). */
  headers?: HeadersInit | undefined;
  /**
   * Called with the status and headers of the response that ended the call
   * (success or error status; not after a network error, timeout or abort),
   * before the call settles: to read `ETag`, rate-limit headers or `X-Request-Id`.
   */
  onResponse?: ((response: ResponseInfo) => void) | undefined;
}

export const DEFAULT_TIMEOUT = 10_000;
// Longest delay setTimeout accepts.
const MAX_TIMEOUT = 2_147_483_647;

/** A timeout option checked, or `fallback` when it is not given. */
export function resolveTimeout(
  timeout: number | false | undefined,
  fallback: number | false = DEFAULT_TIMEOUT,
): number | false {
  if (timeout === undefined) return fallback;
  if (timeout === false) return false;
  if (!(timeout > 0 && timeout <= MAX_TIMEOUT)) {
    throw new RangeError(`timeout must be false or from 1 to ${MAX_TIMEOUT} ms; got ${timeout}`);
  }
  return timeout;
}

export interface ResolvedRetry {
  limit: number;
  delay: (retry: number) => number;
  backoffLimit: number;
  jitter: boolean;
  maxRetryAfter: number;
  retryOnTimeout: boolean;
}

function retryGiven(retry: ClientOptions['retry']): RetryOptions {
  return retry === false
    ? { limit: 0 }
    : typeof retry === 'number'
      ? { limit: retry }
      : (retry ?? {});
}

/** The client's policy, or `base` with a call's overrides laid over it. */
export function resolveRetry(retry: ClientOptions['retry'], base?: ResolvedRetry): ResolvedRetry {
  const given = { ...base, ...retryGiven(retry) };
  return {
    limit: given.limit ?? 2,
    delay: given.delay ?? ((n) => 300 * 2 ** (n - 1)),
    backoffLimit: given.backoffLimit ?? 5_000,
    jitter: given.jitter ?? true,
    maxRetryAfter: given.maxRetryAfter ?? 10_000,
    retryOnTimeout: given.retryOnTimeout ?? false,
  };
}

/**
 * The prefix every path is appended to, always ending in `/`. A trailing `v1`
 * is dropped because the SDK adds it to every path.
 */
export function resolvePrefix(baseUrl: string | URL): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(
      `baseUrl must be an absolute http(s) URL such as "https://api.example.org"; got "${String(baseUrl)}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`baseUrl must be an http(s) URL; got "${url.href}"`);
  }
  if (url.username || url.password) {
    throw new TypeError(
      'baseUrl must not contain credentials; send them with `headers` or `fetch`',
    );
  }
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
  return `${url.origin}${path}/`;
}
