import { isHTTPError, type RetryOptions as KyRetryOptions } from 'ky';
import type { ResolvedRetry } from './options.js';
import { parseRetryAfter, retryAfterValue } from './retry-after.js';

/** Statuses worth another read: the server may answer differently in a moment. */
const READ_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
/**
 * Statuses after which a write with an idempotency key may be sent again: the
 * server failed, not the request. A 4xx is never retried for a write: the
 * server looked at it and refused it (408 and 429 included — a form submitted
 * twice by a busy client is worse than one that asks the person to try again).
 */
const WRITE_RETRY_STATUSES = [500, 502, 503, 504];
/** Statuses whose `Retry-After` is honoured. */
const RETRY_AFTER_STATUSES = [429, 503];

/** The HTTP methods the transport sends. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * ky's retry options for one call. ky does the retrying: it retries network
 * errors and the statuses above, waits for `Retry-After` on 429 and 503,
 * backs off exponentially with jitter, and skips timeouts unless asked.
 *
 * A read (GET) follows the policy. A write is retried only when the caller
 * gave an idempotency key, so the server can recognise a repeat; without one
 * it is sent exactly once, whatever happens.
 *
 * `shouldRetry` releases the connection of a response that will be retried
 * (its body is never read; cancelled before the wait, so an abort during the
 * wait finds nothing left streaming), and adds two rules to ky's own:
 * - a `Retry-After` longer than `maxRetryAfter` fails at once instead of being
 *   shortened (ky 1.x would wait `maxRetryAfter` and come back too early);
 * - an unreadable `Retry-After` falls back to the backoff (ky 1.x would wait
 *   `maxRetryAfter`).
 */
export function kyRetry(retry: ResolvedRetry, method: Method, idempotent: boolean): KyRetryOptions {
  const read = method === 'GET';
  if (!read && !idempotent) return { limit: 0 };
  const statusCodes = read ? READ_RETRY_STATUSES : WRITE_RETRY_STATUSES;
  return {
    limit: retry.limit,
    methods: [method.toLowerCase()],
    statusCodes,
    afterStatusCodes: RETRY_AFTER_STATUSES,
    maxRetryAfter: retry.maxRetryAfter,
    delay: retry.delay,
    // ky caps after jittering; cap first, so every delay is uniform in [0, cap].
    backoffLimit: retry.backoffLimit,
    jitter: retry.jitter ? (delay) => Math.random() * Math.min(delay, retry.backoffLimit) : false,
    retryOnTimeout: retry.retryOnTimeout,
    shouldRetry: ({ error }) => {
      if (!isHTTPError(error)) return undefined;
      const { status, headers, body } = error.response;
      if (!statusCodes.includes(status)) return false;
      if (RETRY_AFTER_STATUSES.includes(status)) {
        const value = retryAfterValue(headers);
        const wait = value ? parseRetryAfter(value) : undefined;
        // Longer than allowed: the caller gets this response, body and all.
        if (wait !== undefined && wait > retry.maxRetryAfter) return false;
        // Unreadable: `true` makes ky use the backoff instead of the header.
        if (value && wait === undefined) return forget(body, true);
      }
      // No Retry-After: ky uses the backoff by itself; a readable one, ky waits for it.
      return forget(body, undefined);
    },
  };
}

/** Cancel a body that will never be read, then answer `decision` to ky. */
function forget(body: ReadableStream | null, decision: true | undefined): true | undefined {
  body?.cancel().catch(() => {});
  return decision;
}
