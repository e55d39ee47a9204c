import type { RequestLine } from './errors/gcm-practices-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import type { ResolvedRetry } from './options.js';
import { requestedDelay } from './retry-after.js';

/** Statuses worth another attempt: the server may answer differently in a moment. */
export const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];
/** Statuses whose `Retry-After` is honoured. */
export const RETRY_AFTER_STATUSES: readonly number[] = [429, 503];

export interface GetAttempts {
  /** Called as a plain function: a browser's `fetch` taken off `window` throws otherwise. */
  fetch: typeof globalThis.fetch;
  headers: Headers;
  /** Milliseconds each attempt may wait for the response headers, or `false`. */
  timeout: number | false;
  retry: ResolvedRetry;
  /** What error messages name. */
  request: RequestLine;
  /** The call's abort signal: it stops an attempt and the wait between attempts. */
  signal: AbortSignal;
}

/**
 * GET `url`, trying again while the failure may be passing: network errors and
 * the statuses above, up to `retry.limit` more times (timeouts only with
 * `retryOnTimeout`). Between attempts it waits for the server's `Retry-After`
 * on 429 and 503, else for the capped exponential backoff, with full jitter
 * unless disabled. A `Retry-After` longer than `maxRetryAfter` ends the retries
 * at once, so the caller sees the rate limit instead of a request sent too early.
 *
 * Resolves with the last response, successful or not (its body unread); rejects
 * with a `TimeoutError`, the signal's reason, or what `fetch` threw.
 *
 * GET is the only method: the API is read-only, and only requests without side
 * effects may be repeated blindly.
 */
export async function getWithRetries(url: string, options: GetAttempts): Promise<Response> {
  const { retry, signal } = options;
  for (let attempt = 1; ; attempt++) {
    const more = attempt <= retry.limit;
    let wait: number | undefined;
    try {
      const response = await getOnce(url, options);
      if (response.ok || !more || !RETRY_STATUSES.includes(response.status)) return response;
      if (RETRY_AFTER_STATUSES.includes(response.status)) {
        wait = requestedDelay(response.headers);
        if (wait !== undefined && wait > retry.maxRetryAfter) return response;
      }
      // This attempt's body is never read; release its connection.
      response.body?.cancel().catch(() => {});
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (!more || (error instanceof TimeoutError && !retry.retryOnTimeout)) throw error;
    }
    await sleep(wait ?? backoff(retry, attempt), signal);
  }
}

/** Delay before retry number `n` (1-based): the policy's delay, capped, with full jitter. */
export function backoff(retry: ResolvedRetry, n: number): number {
  const capped = Math.min(retry.delay(n), retry.backoffLimit);
  return retry.jitter ? Math.random() * capped : capped;
}

/** One attempt, racing its timeout and the call's signal (a custom `fetch` may ignore the signal). */
function getOnce(url: string, options: GetAttempts): Promise<Response> {
  const { signal, timeout } = options;
  if (signal.aborted) return Promise.reject(signal.reason);
  const attempt = new AbortController();
  return new Promise<Response>((resolve, reject) => {
    let settled = false;
    const stop = (reason: unknown) => {
      if (settled) return;
      settled = true;
      cleanUp();
      attempt.abort(reason);
      reject(reason);
    };
    const onAbort = () => stop(signal.reason);
    const timer =
      timeout === false
        ? undefined
        : setTimeout(() => stop(new TimeoutError(options.request, timeout)), timeout);
    const cleanUp = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const fetch = options.fetch;
    fetch(url, { method: 'GET', headers: options.headers, signal: attempt.signal }).then(
      (response) => {
        if (settled) {
          response.body?.cancel().catch(() => {});
          return;
        }
        settled = true;
        cleanUp();
        resolve(response);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        cleanUp();
        reject(error);
      },
    );
  });
}

/** Wait `ms`, or reject with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
