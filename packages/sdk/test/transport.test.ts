import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  type ClientOptions,
  type ContractMismatchError,
  createClient,
  isApiError,
  isContractMismatchError,
  type ResponseInfo,
  VERSION,
} from '../src/index.js';
import { practice, practiceList, practices } from './fixtures/bodies.js';
import {
  delayed,
  type HostileServer,
  hang,
  json,
  problem,
  sequence,
  startHostileServer,
} from './hostile-server.js';

/**
 * What the SDK adds on top of its transport (ky): middleware, per-call
 * options, the response of a call, the identifying header, writes that are
 * never retried blindly, and bounded lists.
 */

let server: HostileServer;
let route = 0;

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(async () => {
  await server.close();
});

function freshId(): string {
  route += 1;
  return `t-${route}`;
}

function client(options: Partial<ClientOptions> = {}) {
  return createClient({
    baseUrl: server.url,
    retry: { jitter: false, delay: () => 10 },
    ...options,
  });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const Ack = z.looseObject({ id: z.string() });

describe('X-GCM-SDK', () => {
  it('names the package version outside browsers', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, json(200, practice()));
    await client().practices.get(id);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect(server.requestsTo(`/v1/practices/${id}`)[0]?.headers['x-gcm-sdk']).toBe(VERSION);
  });

  it('is left out with identify: false', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, json(200, practice()));
    await client({ identify: false }).practices.get(id);
    expect(server.requestsTo(`/v1/practices/${id}`)[0]?.headers['x-gcm-sdk']).toBeUndefined();
  });

  it('is left out on a page of another origin, where it would cost a CORS preflight', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, json(200, practice()));
    const global = globalThis as { location?: unknown };
    global.location = { origin: 'https://partner.example.org' };
    try {
      await client().practices.get(id);
      global.location = { origin: server.url };
      await client().practices.get(id);
    } finally {
      delete global.location;
    }
    const [crossOrigin, sameOrigin] = server.requestsTo(`/v1/practices/${id}`);
    expect(crossOrigin?.headers['x-gcm-sdk']).toBeUndefined();
    expect(sameOrigin?.headers['x-gcm-sdk']).toBe(VERSION);
  });
});

describe('middleware (hooks)', () => {
  it('runs beforeRequest, afterResponse and beforeRetry around every attempt', async () => {
    const id = freshId();
    server.route(
      `/v1/practices/${id}`,
      sequence(problem(503, { type: 'about:blank', title: 'x' }), json(200, practice())),
    );
    const seen: string[] = [];
    const result = await client({
      hooks: {
        beforeRequest: [
          (request, _options, { retryCount }) => {
            request.headers.set('authorization', `Bearer token-${retryCount}`);
            seen.push(`request ${retryCount}`);
          },
        ],
        afterResponse: [
          (_request, _options, response) => {
            seen.push(`response ${response.status}`);
          },
        ],
        beforeRetry: [({ retryCount }) => void seen.push(`retry ${retryCount}`)],
      },
    }).practices.get(id);
    expect(result.id).toBe(practice().id);
    expect(seen).toEqual(['request 0', 'response 503', 'retry 1', 'request 1', 'response 200']);
    const sent = server.requestsTo(`/v1/practices/${id}`).map((r) => r.headers.authorization);
    expect(sent).toEqual(['Bearer token-0', 'Bearer token-1']);
  });

  it('lets afterResponse replace a response, and the contract still checks it', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, json(200, practice()));
    const error = await rejectionOf(
      client({
        hooks: {
          afterResponse: [
            () =>
              new Response('{"id":1}', {
                headers: { 'content-type': 'application/json' },
              }),
          ],
        },
      }).practices.get(id),
    );
    expect(isContractMismatchError(error)).toBe(true);
  });
});

describe('per-call options', () => {
  it('takes timeout, retry and headers next to signal', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, hang);
    const error = await rejectionOf(client().practices.get(id, { timeout: 100 }));
    expect((error as { timeout?: number }).timeout).toBe(100);

    // Headers on a call that is answered: a timed-out one may end before the server sees it.
    const traced = freshId();
    server.route(`/v1/practices/${traced}`, json(200, practice()));
    await client().practices.get(traced, { headers: { 'x-trace': 'abc' } });
    expect(server.requestsTo(`/v1/practices/${traced}`)[0]?.headers['x-trace']).toBe('abc');

    const failing = freshId();
    server.route(`/v1/practices/${failing}`, problem(503, { type: 'about:blank', title: 'x' }));
    await rejectionOf(client().practices.get(failing, { retry: false }));
    expect(server.requestsTo(`/v1/practices/${failing}`)).toHaveLength(1);
    await rejectionOf(client().practices.get(failing, { retry: 4 }));
    expect(server.requestsTo(`/v1/practices/${failing}`)).toHaveLength(6);
  });

  it('does not share a call that asks for its own timeout or retry policy', async () => {
    const id = freshId();
    server.route(`/v1/practices/${id}`, delayed(50, json(200, practice())));
    const c = client();
    await Promise.all([c.practices.get(id), c.practices.get(id, { timeout: 60_000 })]);
    expect(server.requestsTo(`/v1/practices/${id}`)).toHaveLength(2);
  });
});

describe('the response of a call', () => {
  it('gives status, headers and retries to onResponse, for every caller of a shared request', async () => {
    const id = freshId();
    server.route(
      `/v1/practices/${id}`,
      sequence(
        problem(502, { type: 'about:blank', title: 'x' }),
        delayed(30, json(200, practice(), { etag: '"v1"', 'x-request-id': 'r-1' })),
      ),
    );
    const c = client();
    const seen: ResponseInfo[] = [];
    await Promise.all([
      c.practices.get(id, { onResponse: (r) => seen.push(r) }),
      c.practices.get(id, { onResponse: (r) => seen.push(r) }),
    ]);
    expect(seen).toHaveLength(2);
    for (const info of seen) {
      expect(info.status).toBe(200);
      expect(info.retries).toBe(1);
      expect(info.url).toBe(`${server.url}/v1/practices/${id}`);
      expect(info.headers.get('etag')).toBe('"v1"');
      expect(info.headers.get('x-request-id')).toBe('r-1');
    }
  });

  it('is given for an error status too', async () => {
    const id = freshId();
    server.route(
      `/v1/practices/${id}`,
      problem(404, { type: 'about:blank', title: 'Not Found' }, { 'x-request-id': 'r-2' }),
    );
    let info: ResponseInfo | undefined;
    const error = await rejectionOf(
      client().practices.get(id, {
        onResponse: (r) => {
          info = r;
        },
      }),
    );
    expect(isApiError(error)).toBe(true);
    expect(info?.status).toBe(404);
    expect(info?.headers.get('x-request-id')).toBe('r-2');
  });
});

describe('writes', () => {
  it('sends a write once when it has no idempotency key, even on a 503', async () => {
    const path = `/v1/submissions-${freshId()}`;
    server.route(path, problem(503, { type: 'about:blank', title: 'x' }));
    const error = await rejectionOf(client().send('POST', path.slice(1), Ack, { json: { a: 1 } }));
    expect(isApiError(error)).toBe(true);
    const sent = server.requestsTo(path);
    expect(sent.map((r) => r.method)).toEqual(['POST']);
    expect(sent[0]?.headers['content-type']).toBe('application/json');
  });

  it('retries a write with an idempotency key after a 5xx, with the same key', async () => {
    const path = `/v1/submissions-${freshId()}`;
    server.route(
      path,
      sequence(
        problem(503, { type: 'about:blank', title: 'x' }),
        problem(500, { type: 'about:blank', title: 'x' }),
        json(201, { id: 's-1' }),
      ),
    );
    const result = await client().send('POST', path.slice(1), Ack, {
      json: { a: 1 },
      idempotencyKey: 'key-1',
    });
    expect(result.id).toBe('s-1');
    const sent = server.requestsTo(path);
    expect(sent.map((r) => [r.method, r.headers['idempotency-key']])).toEqual([
      ['POST', 'key-1'],
      ['POST', 'key-1'],
      ['POST', 'key-1'],
    ]);
  });

  it('never retries a write after a 4xx, even with an idempotency key', async () => {
    for (const status of [400, 408, 409, 422, 429]) {
      const path = `/v1/submissions-${freshId()}`;
      server.route(
        path,
        problem(status, { type: 'about:blank', title: 'x' }, { 'retry-after': '0' }),
      );
      await rejectionOf(
        client().send('POST', path.slice(1), Ack, { json: {}, idempotencyKey: 'key-2' }),
      );
      expect(server.requestsTo(path), `status ${status}`).toHaveLength(1);
    }
  });

  it('never shares a write with another call', async () => {
    const path = `/v1/submissions-${freshId()}`;
    server.route(path, delayed(30, json(201, { id: 's-2' })));
    const c = client();
    await Promise.all([
      c.send('POST', path.slice(1), Ack, { json: {} }),
      c.send('POST', path.slice(1), Ack, { json: {} }),
    ]);
    expect(server.requestsTo(path)).toHaveLength(2);
  });
});

describe('bounded lists', () => {
  it('treats a list longer than the pageSize asked for as a contract mismatch', async () => {
    const q = freshId();
    server.route('/v1/practices', (req, res, attempt) => {
      const size = Number(new URL(req.url ?? '', 'http://x').searchParams.get('pageSize') ?? 20);
      json(200, practiceList(practices(size + 5)))(req, res, attempt);
    });
    const error = await rejectionOf(client().practices.list({ q, pageSize: 10 }));
    expect(isContractMismatchError(error)).toBe(true);
    expect((error as ContractMismatchError).issues).toEqual([
      { path: 'data', message: 'has 15 items, more than the pageSize of 10 that was asked for' },
    ]);
    // Without pageSize, the API's default of 20 is what was asked for.
    const byDefault = (await rejectionOf(client().practices.list({ q }))) as ContractMismatchError;
    expect(byDefault.issues[0]?.message).toContain('has 25 items, more than the pageSize of 20');
    // Even unvalidated, a client never hands over more than it asked for.
    expect(
      isContractMismatchError(await rejectionOf(client({ validate: false }).practices.list({ q }))),
    ).toBe(true);
  });
});
