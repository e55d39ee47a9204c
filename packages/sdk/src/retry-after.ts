/**
 * Headers read, in this order, for how long to wait before retrying a 429 or
 * 503: the standard `Retry-After`, then the rate-limit headers some gateways
 * send instead (the same list as ky and other fetch clients).
 */
const RETRY_AFTER_HEADERS = [
  'Retry-After',
  'RateLimit-Reset',
  'X-RateLimit-Retry-After',
  'X-RateLimit-Reset',
  'X-Rate-Limit-Reset',
] as const;

// A number of seconds this large (after converting to ms) is a Unix timestamp, not a delay.
const TIMESTAMP_THRESHOLD_MS = Date.parse('2024-01-01');

/** The value to honour: the first of the headers above that is present (even if empty). */
export function retryAfterValue(headers: Headers): string | null {
  for (const name of RETRY_AFTER_HEADERS) {
    const value = headers.get(name);
    if (value !== null) return value;
  }
  return null;
}

/**
 * Milliseconds a `Retry-After`-style value asks the client to wait, read as
 * delay-seconds, an HTTP date, or a Unix timestamp in seconds. Undefined when
 * the value cannot be read. Never negative.
 */
export function parseRetryAfter(value: string, now: number = Date.now()): number | undefined {
  let ms = Number(value) * 1000;
  if (Number.isNaN(ms)) {
    ms = Date.parse(value) - now;
    if (Number.isNaN(ms)) return undefined;
  } else if (ms >= TIMESTAMP_THRESHOLD_MS) {
    ms -= now;
  }
  return Math.max(0, ms);
}

/** Milliseconds the response asks the client to wait before trying again, if it says. */
export function requestedDelay(headers: Headers, now: number = Date.now()): number | undefined {
  const value = retryAfterValue(headers);
  return value ? parseRetryAfter(value, now) : undefined;
}
