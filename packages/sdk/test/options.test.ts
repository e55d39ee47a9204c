import { describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';
import { resolvePrefix, resolveRetry } from '../src/options.js';

describe('baseUrl', () => {
  it.each([
    ['https://api.example.org', 'https://api.example.org/'],
    ['https://api.example.org/', 'https://api.example.org/'],
    ['https://api.example.org/v1', 'https://api.example.org/'],
    ['https://example.org/practices-api', 'https://example.org/practices-api/'],
    ['https://example.org/practices-api//', 'https://example.org/practices-api/'],
    ['https://example.org/practices-api/v1/', 'https://example.org/practices-api/'],
    ['https://example.org/api?key=1#top', 'https://example.org/api/'],
  ])('%s resolves to %s', (baseUrl, prefix) => {
    expect(resolvePrefix(baseUrl)).toBe(prefix);
  });

  it('refuses credentials in the URL', () => {
    expect(() => resolvePrefix('https://user:secret@api.example.org')).toThrow(/credentials/);
  });

  it('takes a URL object', () => {
    expect(resolvePrefix(new URL('http://127.0.0.1:8080'))).toBe('http://127.0.0.1:8080/');
  });
});

describe('retry', () => {
  it('defaults to two retries with capped, jittered exponential backoff', () => {
    const retry = resolveRetry(undefined);
    expect(retry).toMatchObject({
      limit: 2,
      backoffLimit: 5_000,
      jitter: true,
      maxRetryAfter: 10_000,
      retryOnTimeout: false,
    });
    expect([1, 2, 3, 4].map(retry.delay)).toEqual([300, 600, 1_200, 2_400]);
  });

  it('takes a number or false', () => {
    expect(resolveRetry(5).limit).toBe(5);
    expect(resolveRetry(false).limit).toBe(0);
  });
});

describe('timeout', () => {
  it('refuses values setTimeout cannot honour', () => {
    expect(() => createClient({ baseUrl: 'http://x', timeout: 0 })).toThrow(RangeError);
    expect(() => createClient({ baseUrl: 'http://x', timeout: 2 ** 31 })).toThrow(RangeError);
    expect(() => createClient({ baseUrl: 'http://x', timeout: false })).not.toThrow();
  });
});

describe('fetch', () => {
  it('calls a custom fetch as a plain function, as a browser fetch taken off window needs', async () => {
    let receiver: unknown = 'unset';
    const strictFetch = function (this: unknown) {
      receiver = this;
      return Promise.resolve(
        new Response('{"data":[]}', { headers: { 'content-type': 'application/json' } }),
      );
    } as unknown as typeof fetch;
    const client = createClient({ baseUrl: 'https://api.example.org', fetch: strictFetch });
    await client.getJson('v1/anything', (await import('zod/mini')).looseObject({}));
    expect(receiver).toBeUndefined();
  });
});
