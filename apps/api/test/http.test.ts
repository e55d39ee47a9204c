import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PracticeList, Problem } from '@gcm-practices/contract';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createApp, createLogger, loadCuratedDataset } from '../src/index.js';
import { rawRequest } from './support/raw-request.js';
import { getJson, useServer } from './support/server.js';
import { openTestStore } from './support/store-under-test.js';

const server = useServer();
const url = (path: string) => `${server.current.url}${path}`;

describe('caching', () => {
  it('sends a strong ETag and Cache-Control, and 304 on If-None-Match', async () => {
    const first = await fetch(url('/v1/practices?objective=10'));
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    );
    await first.arrayBuffer();

    const again = await fetch(url('/v1/practices?objective=10'), {
      headers: { 'If-None-Match': etag as string },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    );
    expect(again.headers.get('x-request-id')).toBeTruthy();

    const weak = await fetch(url('/v1/practices?objective=10'), {
      headers: { 'If-None-Match': `"other", W/${etag}` },
    });
    expect(weak.status).toBe(304);
    await weak.arrayBuffer();
    const star = await fetch(url('/v1/practices?objective=10'), {
      headers: { 'If-None-Match': '*' },
    });
    expect(star.status).toBe(304);
    await star.arrayBuffer();
  });

  it('changes the ETag with the body, and not between identical requests', async () => {
    const tag = async (path: string) => {
      const response = await fetch(url(path));
      await response.arrayBuffer();
      return response.headers.get('etag');
    };
    expect(await tag('/v1/practices?page=1')).toBe(await tag('/v1/practices?page=1'));
    expect(await tag('/v1/practices?pageSize=2')).not.toBe(await tag('/v1/practices?pageSize=3'));
    const stale = await fetch(url('/v1/practices'), { headers: { 'If-None-Match': '"stale"' } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
  });

  it('gives each content coding its own strong tag, and revalidates across them', async () => {
    const gzip = await rawRequest(url('/v1/taxonomies'), {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    const br = await rawRequest(url('/v1/taxonomies'), { headers: { 'Accept-Encoding': 'br' } });
    const plain = await rawRequest(url('/v1/taxonomies'));
    const tags = [gzip, br, plain].map((r) => r.headers.etag);
    expect(new Set(tags).size).toBe(3);
    const crossed = await rawRequest(url('/v1/taxonomies'), {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': gzip.headers.etag as string },
    });
    expect(crossed.status).toBe(304);
  });

  it('marks errors no-store and sends no ETag', async () => {
    const response = await fetch(url('/v1/practices?objective=0'));
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
    await response.arrayBuffer();
  });
});

describe('compression', () => {
  it('sends br when accepted, preferring it to gzip', async () => {
    const response = await rawRequest(url('/v1/practices?pageSize=50'), {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/Accept-Encoding/);
    const body = JSON.parse(brotliDecompressSync(response.body).toString('utf8'));
    expect(z.parse(PracticeList, body).data.length).toBeGreaterThan(0);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
  });

  it('sends gzip when only gzip is accepted, or br is refused', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.5', 'identity, gzip']) {
      const response = await rawRequest(url('/v1/practices?pageSize=50'), {
        headers: { 'Accept-Encoding': accept },
      });
      expect(response.headers['content-encoding'], accept).toBe('gzip');
      z.parse(PracticeList, JSON.parse(gunzipSync(response.body).toString('utf8')));
    }
  });

  it('sends identity when nothing usable is accepted, and for small bodies', async () => {
    for (const accept of [undefined, 'identity', 'deflate', 'gzip;q=0, br;q=0', '*;q=0']) {
      const response = await rawRequest(url('/v1/practices?pageSize=50'), {
        headers: accept === undefined ? {} : { 'Accept-Encoding': accept },
      });
      expect(response.headers['content-encoding'], accept).toBeUndefined();
      z.parse(PracticeList, JSON.parse(response.body.toString('utf8')));
    }
    const small = await rawRequest(url('/v1/practices?q=zzzqqqxxx'), {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('answers * with br', async () => {
    const response = await rawRequest(url('/v1/taxonomies'), {
      headers: { 'Accept-Encoding': '*' },
    });
    expect(response.headers['content-encoding']).toBe('br');
  });
});

describe('CORS', () => {
  it('answers a preflight for GET from any origin by default', async () => {
    const response = await fetch(url('/v1/practices'), {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://partner.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('if-none-match');
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('exposes ETag, Link, X-Request-Id and Retry-After on responses', async () => {
    const response = await fetch(url('/v1/practices'), {
      headers: { Origin: 'https://partner.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toEqual(
      expect.arrayContaining(['ETag', 'Link', 'X-Request-Id', 'Retry-After']),
    );
    await response.arrayBuffer();
  });

  it('allows only the configured origins when given a list', async () => {
    const { store, remove } = await openTestStore();
    await loadCuratedDataset(store);
    const app = createApp({ store, corsOrigins: ['https://allowed.example'] });
    const allowed = await app.request('/v1/objectives', {
      headers: { Origin: 'https://allowed.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    const other = await app.request('/v1/objectives', {
      headers: { Origin: 'https://other.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.status).toBe(200);
    await remove();
  });
});

describe('request ids', () => {
  it('generates one per request and repeats it in problem bodies', async () => {
    const a = await getJson(server.current, '/v1/nothing-here');
    const b = await getJson(server.current, '/v1/nothing-here');
    const idA = a.headers.get('x-request-id');
    expect(idA).toMatch(/^[0-9a-f-]{36}$/);
    expect(idA).not.toBe(b.headers.get('x-request-id'));
    expect(z.parse(Problem, a.body).requestId).toBe(idA);
  });

  it('keeps a sane incoming id', async () => {
    const response = await fetch(url('/healthz'), { headers: { 'X-Request-Id': 'edge-7f3a_42=' } });
    expect(response.headers.get('x-request-id')).toBe('edge-7f3a_42=');
    await response.arrayBuffer();
  });

  it.each(['has space', 'a'.repeat(129), '<script>', 'semi;colon', 'ünïcode'])(
    'replaces an unsafe incoming id: %s',
    async (incoming) => {
      const response = await rawRequest(url('/healthz'), {
        headers: {
          'X-Request-Id':
            encodeURIComponent(incoming) === incoming
              ? incoming
              : incoming.replace(/[^\x20-\x7e]/g, '?'),
        },
      });
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});

describe('methods and routes', () => {
  it('answers HEAD like GET without a body', async () => {
    const get = await rawRequest(url('/v1/objectives'));
    const head = await rawRequest(url('/v1/objectives'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('405s %s with Allow', async (method) => {
    for (const path of ['/v1/practices', '/v1/practices/pacaraima-committee', '/healthz']) {
      const response = await getJson(server.current, path, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(z.parse(Problem, response.body).type).toBe('/problems/method-not-allowed');
    }
  });

  it.each([
    '/',
    '/v1',
    '/v2/practices',
    '/v1/practices/',
    '/v1/practices/a/b',
    '/v1/objectives/10/actions',
  ])('404s the unknown route %s with a problem', async (path) => {
    const response = await getJson(server.current, path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(z.parse(Problem, response.body).status).toBe(404);
  });
});

describe('pagination links', () => {
  it('builds absolute first/prev/next/last links, the same in the body and the Link header', async () => {
    const response = await getJson(server.current, '/v1/practices?objective=10&pageSize=5&page=2');
    const body = z.parse(PracticeList, response.body);
    const base = `${server.current.url}/v1/practices?objective=10&pageSize=5`;
    expect(body.links).toEqual({
      self: `${base}&page=2`,
      first: `${base}&page=1`,
      prev: `${base}&page=1`,
      next: `${base}&page=3`,
      last: `${base}&page=${body.meta.pageCount}`,
    });
    expect(response.headers.get('link')).toBe(
      [
        `<${body.links.first}>; rel="first"`,
        `<${body.links.prev}>; rel="prev"`,
        `<${body.links.next}>; rel="next"`,
        `<${body.links.last}>; rel="last"`,
      ].join(', '),
    );
  });

  it('leaves out prev on the first page and next on the last', async () => {
    const first = await getJson(server.current, '/v1/practices?pageSize=100');
    const body = z.parse(PracticeList, first.body);
    expect(body.links.prev).toBeNull();
    expect(body.links.next).toBeNull();
    expect(first.headers.get('link')).not.toMatch(/rel="(prev|next)"/);
  });

  it('keeps one page for an empty result', async () => {
    const response = await getJson(server.current, '/v1/practices?q=zzzqqqxxx');
    const body = z.parse(PracticeList, response.body);
    expect(body.meta).toEqual({ total: 0, page: 1, pageSize: 20, pageCount: 0 });
    expect(body.links.last).toBe(body.links.first);
    expect(body.links.next).toBeNull();
  });
});

describe('security headers', () => {
  it('forbid sniffing and any active content on JSON answers and problems alike', async () => {
    for (const path of ['/v1/practices', '/v1/practices?objective=0', '/healthz']) {
      const response = await fetch(url(path));
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toMatch(/default-src 'none'/);
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin');
      await response.arrayBuffer();
    }
  });
});

describe('PUBLIC_URL', () => {
  it('builds links on the public address, whatever Host the request names', async () => {
    const { store, remove } = await openTestStore();
    try {
      await loadCuratedDataset(store);
      const app = createApp({ store, publicUrl: 'https://api.example.org/gcm' });
      const response = await app.request('http://evil.example/v1/practices?pageSize=5&page=2', {
        headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' },
      });
      const body = z.parse(PracticeList, await response.json());
      expect(body.links.self).toBe('https://api.example.org/gcm/v1/practices?pageSize=5&page=2');
      expect(body.links.next).toMatch(/^https:\/\/api\.example\.org\/gcm\/v1\/practices\?/);
      expect(response.headers.get('link')).not.toMatch(/evil/);
    } finally {
      await remove();
    }
  });
});

describe('RATE_LIMIT', () => {
  it('answers 429 with Retry-After past the limit, and counts in headers before it', async () => {
    const { store, remove } = await openTestStore();
    try {
      await loadCuratedDataset(store);
      const app = createApp({ store, rateLimit: { limit: 3, windowMs: 60_000 } });
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await app.request('/v1/objectives');
        statuses.push(last.status);
        if (i === 0) expect(last.headers.get('ratelimit-limit')).toBe('3');
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const retryAfter = Number(last?.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const problem = z.parse(Problem, await last?.json());
      expect(problem).toMatchObject({ status: 429, type: '/problems/rate-limited' });
    } finally {
      await remove();
    }
  });
});

describe('server faults', () => {
  it('answers a real failure with a 500 problem and logs it with the request id', async () => {
    const { store, remove } = await openTestStore();
    await loadCuratedDataset(store);
    const lines: string[] = [];
    const app = createApp({ store, logger: createLogger('info', (line) => lines.push(line)) });
    await remove();
    const response = await app.request('/v1/practices', { headers: { 'X-Request-Id': 'fault-1' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = z.parse(Problem, await response.json());
    expect(problem).toMatchObject({
      type: '/problems/internal',
      status: 500,
      requestId: 'fault-1',
    });
    const logged = lines.map((line) => JSON.parse(line));
    expect(logged.find((l) => l.msg === 'unhandled error')).toMatchObject({
      level: 'error',
      requestId: 'fault-1',
      path: '/v1/practices',
      error: { message: expect.any(String) },
    });
    expect(logged.find((l) => l.msg === 'request')).toMatchObject({
      status: 500,
      requestId: 'fault-1',
    });

    const health = await app.request('/healthz');
    expect(health.status).toBe(503);
    z.parse(Problem, await health.json());
  });
});
