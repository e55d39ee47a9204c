import { ObjectiveWithCount } from '@gcm-practices/contract';
import { type RunningServer, startServer } from 'api';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  ApiError,
  type Client,
  createBaseClient,
  createClient,
  isAbortError,
  listPractices,
  NotFoundError,
  type Practice,
} from '../src/index.js';

let server: RunningServer;
let client: Client;
/** Every URL and header set the client sent, through a recording `fetch`. */
const sent: Request[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  const request = new Request(input, init);
  sent.push(request.clone());
  return fetch(request);
};

beforeAll(async () => {
  server = await startServer({ synthetic: { count: 250, seed: 7 } });
  client = createClient({ baseUrl: server.url, fetch: recordingFetch });
});

afterAll(async () => {
  await server?.close();
});

function lastQuery(): URLSearchParams {
  const request = sent.at(-1);
  if (!request) throw new Error('no request sent');
  return new URL(request.url).searchParams;
}

describe('practices', () => {
  it('lists the first page with its envelope', async () => {
    const page = await client.practices.list();
    expect(page.meta).toEqual({ total: 271, page: 1, pageSize: 20, pageCount: 14 });
    expect(page.data).toHaveLength(20);
    expect(page.links.next).toContain('page=2');
  });

  it('sends repeatable filters once per value and ORs them', async () => {
    const page = await client.practices.list({
      objective: [10, 11],
      status: ['ongoing', 'completed'],
      pageSize: 100,
      facets: ['objective', 'region'],
    });
    expect(lastQuery().getAll('objective')).toEqual(['10', '11']);
    expect(lastQuery().getAll('status')).toEqual(['ongoing', 'completed']);
    expect(page.meta.total).toBeGreaterThan(0);
    for (const p of page.data) {
      expect(p.objectives.some((o) => o === 10 || o === 11)).toBe(true);
      expect(['ongoing', 'completed']).toContain(p.status);
    }
    expect(page.facets?.objective?.length).toBeGreaterThan(0);
    expect(page.facets?.region?.length).toBeGreaterThan(0);
  });

  it('combines search, booleans and sort', async () => {
    const page = await client.practices.list({ q: 'trafficking', featured: true, sort: 'title' });
    expect(lastQuery().toString()).toBe('q=trafficking&featured=true&sort=title');
    const titles = page.data.map((p) => p.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    for (const p of page.data) expect(p.featured).toBe(true);
  });

  it('iterates every practice across pages to the last one', async () => {
    const before = sent.length;
    const ids = new Set<string>();
    let count = 0;
    for await (const practice of client.practices.iterate({ pageSize: 100 })) {
      expectTypeOf(practice).toEqualTypeOf<Practice>();
      ids.add(practice.id);
      count += 1;
    }
    expect(count).toBe(271);
    expect(ids.size).toBe(271);
    const pages = sent.slice(before).map((r) => new URL(r.url).searchParams.get('page'));
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('iterates filtered results, from a given page, with the default page size of 100', async () => {
    const total = (await client.practices.list({ objective: [10] })).meta.total;
    const before = sent.length;
    let count = 0;
    for await (const p of client.practices.iterate({ objective: [10], page: 2, pageSize: 50 })) {
      expect(p.objectives).toContain(10);
      count += 1;
    }
    expect(count).toBe(Math.max(0, total - 50));
    expect(new URL(sent[before]?.url ?? '').searchParams.get('page')).toBe('2');

    const first = sent.length;
    for await (const _ of client.practices.iterate({ objective: [10] })) break;
    expect(sent.length - first).toBe(1);
    expect(new URL(sent[first]?.url ?? '').searchParams.get('pageSize')).toBe('100');
  });

  it('iterates an empty result without error', async () => {
    const items: Practice[] = [];
    for await (const p of client.practices.iterate({ q: 'zzzznotaword' })) items.push(p);
    expect(items).toEqual([]);
  });

  it('gets one practice, and NotFoundError for an unknown id', async () => {
    const [first] = (await client.practices.list({ pageSize: 1 })).data;
    const practice = await client.practices.get(first?.id ?? '');
    expect(practice).toEqual(first);
    await expect(client.practices.get('no-such-practice')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.practices.get('')).rejects.toThrow('practice id must not be empty');
  });

  it('gets up to three related practices, same primary objective first', async () => {
    const [first] = (await client.practices.list({ pageSize: 1, objective: [10] })).data;
    if (!first) throw new Error('no practice under objective 10');
    const related = await client.practices.related(first.id);
    expect(related).toHaveLength(3);
    expect(related.map((p) => p.id)).not.toContain(first.id);
    expect(related[0]?.primaryObjective).toBe(first.primaryObjective);
    expect(new URL(sent.at(-1)?.url ?? '').pathname).toBe(`/v1/practices/${first.id}/related`);
    await expect(client.practices.related('no-such-practice')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(client.practices.related('')).rejects.toThrow('practice id must not be empty');
  });

  it('refuses `.` and `..` as ids before any request, saying why', async () => {
    const first = sent.length;
    for (const id of ['.', '..']) {
      await expect(client.practices.get(id)).rejects.toThrow(
        `practice id must not be "${id}": a URL resolves it as a path step`,
      );
      await expect(client.resources.get(id)).rejects.toThrow(`resource id must not be "${id}"`);
    }
    expect(sent.length).toBe(first);
    // Dots inside an id are ordinary characters.
    await expect(client.practices.get('a..b')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('explains a rejected parameter with the server’s words and request id', async () => {
    const error = await client.practices.list({ objective: [24] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(400);
    expect(e.problem.invalidParams).toEqual([
      { name: 'objective', reason: 'must be an objective number from 1 to 23' },
    ]);
    expect(e.requestId).toMatch(/^[\w-]{8,}$/);
    expect(e.message).toBe(
      `GET ${server.url}/v1/practices?objective=24 failed with 400 Bad Request: ` +
        `objective must be an objective number from 1 to 23 (request id ${e.requestId})`,
    );
  });

  it('aborts mid-request with the signal’s AbortError', async () => {
    const controller = new AbortController();
    const pending = client.practices.list(
      { pageSize: 100, q: 'migration' },
      {
        signal: controller.signal,
      },
    );
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });

  it('aborts an iteration between pages', async () => {
    const controller = new AbortController();
    let count = 0;
    const run = async () => {
      for await (const _ of client.practices.iterate(
        { pageSize: 100 },
        { signal: controller.signal },
      )) {
        count += 1;
        if (count === 100) controller.abort();
      }
    };
    const error = await run().catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(count).toBe(100);
  });
});

describe('objectives', () => {
  it('lists the 23 objectives with practice counts', async () => {
    const { data } = await client.objectives.list();
    expect(data.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(data.every((o) => o.practiceCount >= 0)).toBe(true);
  });

  it('gets objective 10 with its ten actions, and NotFoundError for 24', async () => {
    const objective = await client.objectives.get(10);
    expect(objective.shortTitle).toBe('Eradicate trafficking');
    expect(objective.actions.map((a) => a.id)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((l) => `10${l}`),
    );
    expect(objective.sdgTargets).toEqual(expect.arrayContaining(['5.2', '8.7', '16.2']));
    await expect(client.objectives.get(24)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('resources', () => {
  it('lists, filters, iterates and gets publications', async () => {
    const page = await client.resources.list({ objective: [10], facets: ['category'] });
    expect(page.meta.total).toBeGreaterThan(0);
    for (const r of page.data) expect(r.objectives).toContain(10);
    const all: string[] = [];
    for await (const r of client.resources.iterate()) all.push(r.id);
    expect(all).toHaveLength((await client.resources.list()).meta.total);
    const one = await client.resources.get(all[0] ?? '');
    expect(one.id).toBe(all[0]);
    await expect(client.resources.get('no-such-resource')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('campaigns', () => {
  it('lists campaigns active on a date given as a string', async () => {
    const { data } = await client.campaigns.list({ active: true, at: '2025-07-30' });
    expect(data.map((c) => c.id)).toEqual(['world-day-against-trafficking-2025']);
    expect(lastQuery().toString()).toBe('active=true&at=2025-07-30');
  });

  it('sends a Date as its local calendar date', async () => {
    const { data } = await client.campaigns.list({
      active: true,
      at: new Date(2024, 5, 1, 23, 30),
    });
    expect(lastQuery().get('at')).toBe('2024-06-01');
    expect(data.map((c) => c.id)).toEqual(['call-for-practices-2024']);
  });

  it('filters by kind and series', async () => {
    const calls = await client.campaigns.list({ kind: ['call-for-practices'] });
    expect(calls.data.every((c) => c.kind === 'call-for-practices')).toBe(true);
    const days = await client.campaigns.list({ series: 'world-day-against-trafficking' });
    expect(days.data.length).toBeGreaterThanOrEqual(3);
    expect(days.data.every((c) => c.observance?.endsWith('-07-30'))).toBe(true);
  });
});

describe('taxonomies', () => {
  it('gets every label set', async () => {
    const t = await client.taxonomies.get();
    expect(t.objectives).toHaveLength(23);
    expect(t.actions.filter((a) => a.objective === 10)).toHaveLength(10);
    expect(t.implementerTypes.length).toBeGreaterThan(0);
    expect(t.regions.length).toBeGreaterThan(0);
  });
});

describe('client options', () => {
  it('accepts a baseUrl with or without a trailing slash or /v1', async () => {
    for (const baseUrl of [server.url, `${server.url}/`, `${server.url}/v1`, `${server.url}/v1/`]) {
      const c = createClient({ baseUrl });
      expect(c.baseUrl).toBe(`${server.url}/`);
      expect((await c.objectives.get(10)).number).toBe(10);
    }
  });

  it('rejects a baseUrl that is not an absolute http(s) URL', () => {
    expect(() => createClient({ baseUrl: '/api' })).toThrow(/absolute http\(s\) URL/);
    expect(() => createClient({ baseUrl: 'ftp://example.org' })).toThrow(/http\(s\) URL/);
  });

  it('sends lang as Accept-Language and extra headers', async () => {
    const c = createClient({
      baseUrl: server.url,
      fetch: recordingFetch,
      lang: 'fr',
      headers: { 'x-partner': 'demo' },
    });
    const labels = await c.taxonomies.get();
    const request = sent.at(-1);
    expect(request?.headers.get('accept-language')).toBe('fr');
    // The API answers with the official French labels it has, and says so per label.
    expect(labels.objectives.find((o) => o.number === 10)).toMatchObject({
      shortTitle: 'Éradiquer la traite de personnes',
      lang: 'fr',
    });
    expect(request?.headers.get('x-partner')).toBe('demo');
    expect(request?.headers.get('accept')).toBe('application/json');
  });

  it('reaches other endpoints through getJson with a contract schema', async () => {
    const objective = await client.getJson('v1/objectives/10', ObjectiveWithCount);
    expect(objective.number).toBe(10);
  });

  it('works as a base client with standalone functions', async () => {
    const base = createBaseClient({ baseUrl: server.url });
    const page = await listPractices(base, { objective: [10], pageSize: 5 });
    expect(page.data).toHaveLength(5);
  });

  it('shares concurrent identical requests against the real server', async () => {
    const c = createClient({ baseUrl: server.url, fetch: recordingFetch });
    const before = sent.length;
    const [a, b, other] = await Promise.all([
      c.taxonomies.get(),
      c.taxonomies.get(),
      c.objectives.list(),
    ]);
    expect(a).toBe(b);
    expect(other.data).toHaveLength(23);
    expect(sent.length - before).toBe(2);
  });
});
