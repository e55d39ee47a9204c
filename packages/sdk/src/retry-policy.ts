import { isHTTPError, type RetryOptions as KyRetryOptions } from 'ky';
import type { ResolvedRetry } from './options.js';
import { parseRetryAfter, retryAfterValue } from './retry-after.js';

/** Statuses worth another attempt: the server may answer differently in a moment. */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
/** Statuses whose `Retry-After` is honoured. */
export const RETRY_AFTER_STATUSES = [429, 503];

/**
 * ky's retry options for the SDK. Only GET is ever retried. ky retries network
 * errors and the statuses above by itself, waits for `Retry-After` on 429/503
 * and skips timeouts unless asked; `shouldRetry` adds two rules:
 *
 * - a `Retry-After` longer than `maxRetryAfter` fails at once instead of being
 *   shortened (ky 1.x would wait `maxRetryAfter` and come back too early);
 * - an unreadable `Retry-After` falls back to the backoff (ky 1.x would wait
 *   `maxRetryAfter`).
 */
export function kyRetryOptions(retry: ResolvedRetry): KyRetryOptions {
  return {
    limit: retry.limit,
    methods: ['get'],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_AFTER_STATUSES,
    maxRetryAfter: retry.maxRetryAfter,
    backoffLimit: retry.backoffLimit,
    delay: retry.delay,
    jitter: retry.jitter,
    retryOnTimeout: retry.retryOnTimeout,
    shouldRetry: ({ error }) => {
      if (!isHTTPError(error)) return undefined;
      const { status, headers } = error.response;
      if (!RETRY_AFTER_STATUSES.includes(status)) return undefined;
      const value = retryAfterValue(headers);
      // No value: ky uses the backoff by itself.
      if (!value) return undefined;
      const wait = parseRetryAfter(value);
      // `true` makes ky use the backoff instead of reading the header.
      if (wait === undefined) return true;
      return wait > retry.maxRetryAfter ? false : undefined;
    },
  };
}
