import { describe, expect, it, vi } from 'vitest';
import * as sdk from '../src/index.js';

const request = { method: 'GET', url: 'https://api.example.org/v1/practices/x' };
const init = {
  request,
  status: 404,
  statusText: 'Not Found',
  problem: { type: '/problems/not-found', title: 'Not found', status: 404 },
  requestId: 'r1',
};

describe('error guards', () => {
  it('recognise errors from another copy of the SDK, where instanceof fails', async () => {
    vi.resetModules();
    const other = (await import('../src/index.js')) as typeof sdk;
    expect(other.NotFoundError).not.toBe(sdk.NotFoundError);
    const foreign = new other.NotFoundError(init);
    expect(foreign instanceof sdk.NotFoundError).toBe(false);
    expect(sdk.isNotFoundError(foreign)).toBe(true);
    expect(sdk.isApiError(foreign)).toBe(true);
    expect(sdk.isGcmPracticesError(foreign)).toBe(true);
    expect(sdk.isNetworkError(foreign)).toBe(false);
  });

  it('tell every kind apart', () => {
    const errors = {
      api: new sdk.ApiError({ ...init, status: 500, statusText: 'Internal Server Error' }),
      notFound: new sdk.NotFoundError(init),
      rateLimited: new sdk.RateLimitedError({ ...init, status: 429 }, 3),
      network: new sdk.NetworkError(request, new TypeError('fetch failed')),
      timeout: new sdk.TimeoutError(request, 100),
      mismatch: new sdk.ContractMismatchError(request, [{ path: 'id', message: 'bad' }]),
    };
    const table = Object.fromEntries(
      Object.entries(errors).map(([name, e]) => [
        name,
        [
          sdk.isApiError(e),
          sdk.isNotFoundError(e),
          sdk.isRateLimitedError(e),
          sdk.isNetworkError(e),
          sdk.isTimeoutError(e),
          sdk.isContractMismatchError(e),
        ],
      ]),
    );
    expect(table).toEqual({
      api: [true, false, false, false, false, false],
      notFound: [true, true, false, false, false, false],
      rateLimited: [true, false, true, false, false, false],
      network: [false, false, false, true, false, false],
      timeout: [false, false, false, false, true, false],
      mismatch: [false, false, false, false, false, true],
    });
    for (const e of Object.values(errors)) {
      expect(sdk.isGcmPracticesError(e)).toBe(true);
      expect(e).toBeInstanceOf(sdk.GcmPracticesError);
      expect(e).toBeInstanceOf(Error);
    }
    expect(Object.values(errors).map((e) => e.name)).toEqual([
      'ApiError',
      'NotFoundError',
      'RateLimitedError',
      'NetworkError',
      'TimeoutError',
      'ContractMismatchError',
    ]);
  });

  it('reject look-alikes and non-errors', () => {
    for (const value of [null, undefined, 'ApiError', 42, new Error('x'), { kind: 'api' }]) {
      expect(sdk.isGcmPracticesError(value)).toBe(false);
      expect(sdk.isApiError(value)).toBe(false);
    }
    expect(sdk.isAbortError(new DOMException('x', 'AbortError'))).toBe(true);
    expect(sdk.isAbortError(new DOMException('x', 'TimeoutError'))).toBe(false);
  });

  it('shorten long issue lists in the message', () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({ path: `data[${i}].id`, message: 'bad' }));
    const error = new sdk.ContractMismatchError(request, issues);
    expect(error.message).toBe(
      `GET ${request.url} returned a body that does not match the contract: ` +
        'data[0].id: bad; data[1].id: bad; data[2].id: bad (and 2 more)',
    );
    expect(error.issues).toHaveLength(5);
  });
});
