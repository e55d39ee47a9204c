import { describe, expect, it } from 'vitest';
import { parseRetryAfter, requestedDelay } from '../src/retry-after.js';

const now = Date.parse('2025-07-30T12:00:00Z');

describe('Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('1', now)).toBe(1_000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 30 Jul 2025 12:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Wed, 30 Jul 2025 11:00:00 GMT', now)).toBe(0);
  });

  it('reads a large number as a Unix timestamp in seconds', () => {
    expect(parseRetryAfter(String(now / 1000 + 7), now)).toBe(7_000);
  });

  it('gives up on values it cannot read', () => {
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('takes the first of Retry-After and the rate-limit headers', () => {
    expect(requestedDelay(new Headers({ 'retry-after': '2', 'ratelimit-reset': '9' }), now)).toBe(
      2_000,
    );
    expect(requestedDelay(new Headers({ 'ratelimit-reset': '9' }), now)).toBe(9_000);
    expect(requestedDelay(new Headers(), now)).toBeUndefined();
  });
});
