import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  type ClientOptions,
  ContractMismatchError,
  createClient,
  isAbortError,
  isApiError,
  isContractMismatchError,
  isGcmPracticesError,
  isNetworkError,
  isNotFoundError,
  isRateLimitedError,
  isTimeoutError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  TimeoutError,
} from '../src/index.js';
import { practice, practiceList } from './fixtures/bodies.js';
import {
  delayed,
  type HostileServer,
  hang,
  html,
  json,
  problem,
  resetMidBody,
  sequence,
  startHostileServer,
} from './hostile-server.js';
import {
  jsonAnswer,
  never,
  problemAnswer,
  type ScriptedFetch,
  scriptedFetch,
  stalledBody,
} from './scripted-fetch.js';

let server: HostileServer;
let route = 0;

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(async () => {
  await server.close();
});

/** A fresh id per test, so attempt counters and request logs do not mix. */
function freshId(): string {
  route += 1;
  return `p-${route}`;
}

function client(options: Partial<ClientOptions> = {}) {
  return createClient({
    baseUrl: server.url,
    retry: { jitter: false, delay: () => 20 },
    ...options,
  });
}

/** Capture the rejection of `promise` (failing the test if it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('timeouts', () => {
  it('fails with TimeoutError when the server never answers, without retrying', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, hang);
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls += 1;
      return fetch(input, init);
    };
    const error = await rejectionOf(client({ timeout: 200, fetch: counting }).practices.get(id));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isTimeoutError(error)).toBe(true);
    expect((error as TimeoutError).timeout).toBe(200);
    expect((error as Error).message).toBe(
      `GET ${server.url}/v1/practices/${id} timed out: no complete response within 200 ms`,
    );
    // One attempt (on a busy machine it may time out before the server even sees it).
    expect(calls).toBe(1);
  });
});

describe('timing, on a fake clock', () => {
  // Time is the subject here: the client's timers run on a fake clock and `fetch` answers from
  // memory, so each wait is asserted to the millisecond however busy the machine is.
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: new Date('2025-07-30T12:00:00.000Z'),
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function scripted(script: ScriptedFetch, options: Partial<ClientOptions> = {}) {
    return createClient({
      baseUrl: 'http://api.test',
      fetch: script.fetch,
      retry: { jitter: false, delay: () => 20 },
      ...options,
    });
  }

  /** Reads whether `promise` has settled (once pending microtasks have run). */
  function settledFlag(promise: Promise<unknown>): () => boolean {
    let settled = false;
    promise.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    return () => settled;
  }

  it('ends an attempt after exactly `timeout` ms, without retrying it', async () => {
    const script = scriptedFetch(never);
    const call = rejectionOf(scripted(script, { timeout: 200 }).practices.get('p'));
    const settled = settledFlag(call);
    await vi.advanceTimersByTimeAsync(199);
    expect(settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled()).toBe(true);
    expect(await call).toBeInstanceOf(TimeoutError);
    expect(script.calls).toHaveLength(1);
  });

  it('also times out a body that stalls after the headers', async () => {
    const script = scriptedFetch(stalledBody);
    const call = rejectionOf(scripted(script, { timeout: 200 }).practices.get('p'));
    const settled = settledFlag(call);
    // The headers arrive at once; the body gets its own 200 ms.
    await vi.advanceTimersByTimeAsync(199);
    expect(settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await call).toBeInstanceOf(TimeoutError);
  });

  it('retries a timed-out attempt when retryOnTimeout is set', async () => {
    const script = scriptedFetch(never, jsonAnswer(practice()));
    const call = scripted(script, {
      timeout: 200,
      retry: { jitter: false, delay: () => 10, retryOnTimeout: true },
    }).practices.get('p');
    await vi.advanceTimersByTimeAsync(210);
    expect((await call).id).toBe(practice().id);
    // 200 ms for the attempt to time out, then the 10 ms backoff.
    expect(script.gaps()).toEqual([210]);
  });

  it('uses exponential backoff capped by backoffLimit', async () => {
    const script = scriptedFetch(problemAnswer(500));
    const call = rejectionOf(
      scripted(script, {
        retry: { limit: 3, jitter: false, delay: (n) => 100 * 4 ** (n - 1), backoffLimit: 150 },
      }).practices.get('p'),
    );
    await vi.runAllTimersAsync();
    expect(await call).toBeInstanceOf(ApiError);
    // 100 ms, then 400 and 1600 capped to 150.
    expect(script.gaps()).toEqual([100, 150, 150]);
  });

  it('honours Retry-After: 1 on a 429, then succeeds', async () => {
    const script = scriptedFetch(
      problemAnswer(429, { 'retry-after': '1' }),
      jsonAnswer(practice()),
    );
    const call = scripted(script).practices.get('p');
    await vi.runAllTimersAsync();
    expect((await call).id).toBe(practice().id);
    // The backoff alone would be 20 ms: the wait came from the header.
    expect(script.gaps()).toEqual([1_000]);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const script = scriptedFetch(
      () => problemAnswer(503, { 'retry-after': new Date(Date.now() + 2_000).toUTCString() })(),
      jsonAnswer(practice()),
    );
    const call = scripted(script).practices.get('p');
    await vi.runAllTimersAsync();
    await call;
    expect(script.gaps()).toEqual([2_000]);
  });

  it('fails at once with RateLimitedError when Retry-After exceeds maxRetryAfter', async () => {
    const script = scriptedFetch(problemAnswer(429, { 'retry-after': '120' }));
    const call = rejectionOf(scripted(script).practices.get('p'));
    const settled = settledFlag(call);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled()).toBe(true);
    const error = await call;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(isRateLimitedError(error)).toBe(true);
    expect(isApiError(error)).toBe(true);
    expect((error as RateLimitedError).retryAfter).toBe(120);
    expect((error as RateLimitedError).status).toBe(429);
    expect(script.calls).toHaveLength(1);
  });

  it('backs off when a 429 has no or an unreadable Retry-After, then reports RateLimitedError', async () => {
    const script = scriptedFetch(problemAnswer(429, { 'retry-after': 'soon' }), problemAnswer(429));
    const call = rejectionOf(scripted(script).practices.get('p'));
    await vi.runAllTimersAsync();
    const error = await call;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfter).toBeUndefined();
    expect(script.gaps()).toEqual([20, 20]);
  });

  it('stops waiting between retries when aborted', async () => {
    const script = scriptedFetch(problemAnswer(503, { 'retry-after': '5' }));
    const controller = new AbortController();
    const call = rejectionOf(scripted(script).practices.get('p', { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(script.calls).toHaveLength(1);
    controller.abort();
    // Settles without the clock moving, and leaves no timer behind.
    expect(isAbortError(await call)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(script.calls).toHaveLength(1);
  });
});

describe('network errors', () => {
  it('fails with NetworkError naming the cause when the port is closed, after retrying', async () => {
    const port = await closedPort();
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls += 1;
      return fetch(input, init);
    };
    const error = await rejectionOf(
      createClient({
        baseUrl: `http://127.0.0.1:${port}`,
        fetch: counting,
        retry: { jitter: false, delay: () => 10 },
      }).taxonomies.get(),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(isNetworkError(error)).toBe(true);
    expect((error as Error).message).toContain(`GET http://127.0.0.1:${port}/v1/taxonomies failed`);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(calls).toBe(3);
  });

  it('fails with NetworkError when the connection drops mid-body', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, resetMidBody);
    const error = await rejectionOf(client({ retry: 0 }).practices.get(id));
    expect(error).toBeInstanceOf(NetworkError);
  });
});

describe('retries', () => {
  it('retries a 500 and returns the next success', async () => {
    const id = freshId();
    server.route(
      `/v1/practices/${id}`,
      sequence(
        problem(500, { type: '/problems/internal', title: 'Internal server error' }),
        json(200, practice()),
      ),
    );
    const result = await client().practices.get(id);
    expect(result).toEqual(practice());
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(2);
  });

  it('gives up on a 503 after the retry limit with an ApiError', async () => {
    const id = freshId();
    server.route(
      `/v1/practices/${id}`,
      problem(503, { type: 'about:blank', title: 'Service Unavailable', detail: 'Maintenance.' }),
    );
    const error = await rejectionOf(client().practices.get(id));
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error)).toBe(true);
    expect((error as ApiError).status).toBe(503);
    expect((error as Error).message).toBe(
      `GET ${server.url}/v1/practices/${id} failed with 503 Service Unavailable: Maintenance.`,
    );
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(3);
  });

  it('sends every attempt, first and retried, as a GET without a body', async () => {
    // Only requests without side effects may be repeated blindly; the transport has no other method.
    const id = freshId();
    server.route(`/v1/practices/${id}`, problem(503, { type: 'about:blank', title: 'x' }));
    await rejectionOf(client().practices.get(id));
    expect(server.requestsTo(`/v1/practices/${id}`).map((r) => r.method)).toEqual([
      'GET',
      'GET',
      'GET',
    ]);
  });

  it('does not retry a 4xx other than 408 and 429', async () => {
    const id = freshId();
    server.route(
      `/v1/practices/${id}`,
      problem(400, {
        type: '/problems/invalid-parameters',
        title: 'Invalid request parameters',
        invalidParams: [{ name: 'id', reason: 'is odd' }],
      }),
    );
    await rejectionOf(client().practices.get(id));
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(1);
  });

  it('does not retry at all with retry: false', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, problem(503, { type: 'about:blank', title: 'x' }));
    await rejectionOf(client({ retry: false }).practices.get(id));
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(1);
  });
});

describe('error responses', () => {
  it('turns a 404 problem into NotFoundError with the problem and request id', async () => {
    const id = freshId();
    server.route(
      `/v1/practices/${id}`,
      problem(
        404,
        {
          type: '/problems/not-found',
          title: 'Not found',
          detail: 'No practice has this id.',
          requestId: 'req-404',
        },
        { 'x-request-id': 'req-404' },
      ),
    );
    const error = await rejectionOf(client().practices.get(id));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(isNotFoundError(error)).toBe(true);
    expect(isApiError(error)).toBe(true);
    const e = error as NotFoundError;
    expect(e.status).toBe(404);
    expect(e.requestId).toBe('req-404');
    expect(e.problem.type).toBe('/problems/not-found');
    expect(e.request).toEqual({ method: 'GET', url: `${server.url}/v1/practices/${id}` });
    expect(e.message).toBe(
      `GET ${server.url}/v1/practices/${id} failed with 404 Not Found: No practice has this id. (request id req-404)`,
    );
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(1);
  });

  it('synthesizes a problem for an HTML 502 page, after retrying', async () => {
    const id = freshId();
    server.route(
      `/v1/practices/${id}`,
      html(502, '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'),
    );
    const error = await rejectionOf(client().practices.get(id));
    expect(error).toBeInstanceOf(ApiError);
    expect(isNotFoundError(error)).toBe(false);
    const e = error as ApiError;
    expect(e.status).toBe(502);
    expect(e.problem).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: 'the server sent an HTML page ("502 Bad Gateway") instead of problem details',
    });
    expect(e.requestId).toBeUndefined();
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(3);
  });

  it('takes the request id from X-Request-Id when the body has none', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, (_req, res) => {
      res
        .writeHead(403, { 'content-type': 'text/plain', 'x-request-id': 'abc' })
        .end('Forbidden\n');
    });
    const error = (await rejectionOf(client().practices.get(id))) as ApiError;
    expect(error.requestId).toBe('abc');
    expect(error.problem.requestId).toBe('abc');
    expect(error.message).toBe(
      `GET ${server.url}/v1/practices/${id} failed with 403 Forbidden (request id abc)`,
    );
  });
});

describe('bodies that break the contract', () => {
  it('reports malformed JSON as ContractMismatchError', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, json(200, '{"id": "x", '));
    const error = await rejectionOf(client().practices.get(id));
    expect(error).toBeInstanceOf(ContractMismatchError);
    expect(isContractMismatchError(error)).toBe(true);
    const e = error as ContractMismatchError;
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]?.path).toBe('(root)');
    expect(e.issues[0]?.message).toMatch(/^is not valid JSON: /);
    expect(e.url).toBe(`${server.url}/v1/practices/${id}`);
  });

  it('names the field path and reason of every mismatch', async () => {
    const id = freshId();
    const broken = { ...practice(), objectives: [24], title: undefined, featured: 'yes' };
    server.route(`/v1/practices/${id}`, json(200, broken));
    const error = await rejectionOf(client().practices.get(id));
    expect(error).toBeInstanceOf(ContractMismatchError);
    const e = error as ContractMismatchError;
    expect(e.issues).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'is missing (expected string)' },
        { path: 'objectives[0]', message: 'must be an objective number from 1 to 23' },
        { path: 'featured', message: 'expected boolean, received string' },
      ]),
    );
    expect(e.message).toContain(
      `GET ${server.url}/v1/practices/${id} returned a body that does not match the contract: `,
    );
    expect(e.message).toContain('objectives[0]: must be an objective number from 1 to 23');
  });

  it('names paths inside lists', async () => {
    const id = freshId();
    const list = practiceList([practice(), { ...practice(), countries: ['brazil'] }]);
    server.route(`/v1/search-${id}`, json(200, list));
    server.route('/v1/practices', json(200, list));
    const error = (await rejectionOf(client().practices.list({ q: id }))) as ContractMismatchError;
    expect(error.issues).toEqual([
      { path: 'data[1].countries[0]', message: 'must be an ISO 3166-1 alpha-3 code such as "BRA"' },
    ]);
  });

  it('returns the body unchecked with validate: false', async () => {
    const id = freshId();
    const broken = { ...practice(), objectives: [24] };
    server.route(`/v1/practices/${id}`, json(200, broken));
    const result = await client({ validate: false }).practices.get(id);
    expect(result.objectives).toEqual([24]);
  });

  it('points at baseUrl when a success is an HTML page', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, html(200, '<!doctype html><title>Partner site</title>'));
    const error = (await rejectionOf(client().practices.get(id))) as ContractMismatchError;
    expect(error).toBeInstanceOf(ContractMismatchError);
    expect(error.issues[0]?.message).toBe(
      'is text/html, not JSON (is baseUrl the address of the API, not of a website?)',
    );
  });
});

describe('sharing identical requests', () => {
  it('sends one request for two identical concurrent calls', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, delayed(100, json(200, practice())));
    const c = client();
    const [a, b] = await Promise.all([c.practices.get(id), c.practices.get(id)]);
    expect(a).toEqual(practice());
    expect(b).toBe(a);
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(1);
  });

  it('sends separate requests for different URLs, clients, or with dedupe off', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, delayed(50, json(200, practice())));
    const c = client();
    await Promise.all([c.practices.get(id), client().practices.get(id)]);
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(2);
    const off = client({ dedupe: false });
    await Promise.all([off.practices.get(id), off.practices.get(id)]);
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(4);
  });

  it('asks again once the shared request has settled', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, json(200, practice()));
    const c = client();
    await c.practices.get(id);
    await c.practices.get(id);
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(2);
  });

  it('shares failures too', async () => {
    const id = freshId();
    server.route(
      `/v1/practices/${id}`,
      delayed(50, problem(404, { type: 'x', title: 'Not found' })),
    );
    const c = client();
    const [a, b] = await Promise.allSettled([c.practices.get(id), c.practices.get(id)]);
    expect(a.status === 'rejected' && isNotFoundError(a.reason)).toBe(true);
    expect(b.status === 'rejected' && isNotFoundError(b.reason)).toBe(true);
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(1);
  });
});

describe('abort', () => {
  it('rejects an aborted call with a DOMException AbortError, not a NetworkError', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, hang);
    const controller = new AbortController();
    const pending = client().practices.get(id, { signal: controller.signal });
    // Abort once the request has reached the server, so the server can see it go.
    await eventually(() => server.requestsTo(`/v1/practices/${id}`).length === 1);
    controller.abort();
    const error = await rejectionOf(pending);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(isAbortError(error)).toBe(true);
    expect(isGcmPracticesError(error)).toBe(false);
    await eventually(() => server.requestsTo(`/v1/practices/${id}`)[0]?.aborted === true);
  });

  it('rejects with the signal’s own reason', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, hang);
    const controller = new AbortController();
    const reason = new Error('user left the page');
    const pending = client().practices.get(id, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    expect(await rejectionOf(pending)).toBe(reason);
  });

  it('never starts a call whose signal is already aborted', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, json(200, practice()));
    const error = await rejectionOf(client().practices.get(id, { signal: AbortSignal.abort() }));
    expect(isAbortError(error)).toBe(true);
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(0);
  });

  it('aborting one of two sharing callers leaves the other’s request running', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, delayed(150, json(200, practice())));
    const c = client();
    const first = new AbortController();
    const a = c.practices.get(id, { signal: first.signal });
    const b = c.practices.get(id, { signal: new AbortController().signal });
    setTimeout(() => first.abort(), 30);
    expect(isAbortError(await rejectionOf(a))).toBe(true);
    expect((await b).id).toBe(practice().id);
    const requests = server.requestsTo(`/v1/practices/${id}`);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.aborted).toBe(false);
  });

  it('aborts the shared request when every caller has aborted', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, hang);
    const c = client();
    const one = new AbortController();
    const two = new AbortController();
    const a = c.practices.get(id, { signal: one.signal });
    const b = c.practices.get(id, { signal: two.signal });
    await eventually(() => server.requestsTo(`/v1/practices/${id}`).length === 1);
    one.abort();
    two.abort();
    const [ea, eb] = await Promise.all([rejectionOf(a), rejectionOf(b)]);
    expect(isAbortError(ea) && isAbortError(eb)).toBe(true);
    await eventually(() => server.requestsTo(`/v1/practices/${id}`)[0]?.aborted === true);
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(1);
  });

  it('keeps a shared request alive for a caller without a signal', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, delayed(100, json(200, practice())));
    const c = client();
    const controller = new AbortController();
    const a = c.practices.get(id, { signal: controller.signal });
    const b = c.practices.get(id);
    controller.abort();
    await rejectionOf(a);
    expect((await b).id).toBe(practice().id);
  });

  it('a new call after every caller aborted starts a fresh request', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, sequence(hang, json(200, practice())));
    const c = client();
    const controller = new AbortController();
    const a = c.practices.get(id, { signal: controller.signal });
    // Abort once the first request has reached the server (the route answers its second).
    await eventually(() => server.requestsTo(`/v1/practices/${id}`).length === 1);
    controller.abort();
    await rejectionOf(a);
    expect((await c.practices.get(id)).id).toBe(practice().id);
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(2);
  });
});

/** Wait for a condition of the real world (a socket closing) without a deadline of our own. */
async function eventually(check: () => boolean): Promise<void> {
  await vi.waitFor(
    () => {
      if (!check()) throw new Error('condition not met');
    },
    { timeout: 60_000, interval: 10 },
  );
}
