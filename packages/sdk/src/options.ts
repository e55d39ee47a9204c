/** How failed GET requests are retried. */
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
  /** Retry policy for GET requests; a number sets `limit`, `false` disables retries. */
  retry?: number | false | RetryOptions;
  /**
   * Extra request headers. Anything beyond `Accept`, `Accept-Language` and a
   * few others makes browsers send a CORS preflight first.
   */
  headers?: HeadersInit;
  /** Preferred language of the response, sent as `Accept-Language`: `fr`, `ar`, `es-419, es;q=0.9`. */
  lang?: string;
  /** Check every response body against the contract. Default true. */
  validate?: boolean;
  /** Share identical GET requests that are in flight at the same time. Default true. */
  dedupe?: boolean;
}

/** The last argument of every method. */
export interface CallOptions {
  /** Abort this call. Other callers sharing the same request are not affected. */
  signal?: AbortSignal | undefined;
}

export const DEFAULT_TIMEOUT = 10_000;

export interface ResolvedRetry {
  limit: number;
  delay: (retry: number) => number;
  backoffLimit: number;
  jitter: boolean;
  maxRetryAfter: number;
  retryOnTimeout: boolean;
}

export function resolveRetry(retry: ClientOptions['retry']): ResolvedRetry {
  const given: RetryOptions =
    retry === false ? { limit: 0 } : typeof retry === 'number' ? { limit: retry } : (retry ?? {});
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
