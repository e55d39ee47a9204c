import {
  type Practice,
  PracticeList,
  RelatedPractices,
  ResourceList,
} from '@gcm-practices/contract';
import { practices, taxonomies } from '@gcm-practices/dataset';
import { generatePractices } from '@gcm-practices/dataset/synthetic';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { RunningServer } from '../src/index.js';
import { startTestServer } from './support/server.js';
import { waitFor } from './support/spawn.js';

/**
 * SQLite and PostgreSQL, each with and without the in-memory search cache,
 * over the same catalogue must give the same answer to every query: totals,
 * ids in order (ties included), facet counts. Random valid queries, compared
 * response body for response body (links aside: they name the server).
 */
const SYNTHETIC = { count: 1500, seed: 7 };
const CONFIGS = [
  { name: 'sqlite + cache', store: 'sqlite', searchCache: true },
  { name: 'sqlite', store: 'sqlite', searchCache: false },
  { name: 'postgres + cache', store: 'postgres', searchCache: true },
  { name: 'postgres', store: 'postgres', searchCache: false },
] as const;

const servers: RunningServer[] = [];
beforeAll(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'gcm-api-compare-'));
  // Two databases, each served twice: with the cache and without.
  const sqlite = await startTestServer({ databasePath: join(dir, 'a.db'), synthetic: SYNTHETIC });
  const postgres = await startTestServer({ synthetic: SYNTHETIC, searchCache: true });
  const sqliteBare = await startTestServer({ databasePath: join(dir, 'a.db'), searchCache: false });
  const { startServer } = await import('../src/index.js');
  const postgresBare = await startServer({
    databaseUrl: postgres.store.location,
    searchCache: false,
  });
  servers.push(sqlite, sqliteBare, postgres, postgresBare);
});
afterAll(async () => {
  // The bare PostgreSQL server shares the other's database, which is dropped last.
  for (const server of [servers[1], servers[3], servers[0], servers[2]]) await server?.close();
});

const words = [
  ...new Set(
    [...practices, ...generatePractices({ count: 200, seed: 7 })].flatMap((p: Practice) =>
      `${p.title} ${p.summary} ${p.implementers.map((i) => i.name).join(' ')}`
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 1),
    ),
  ),
].slice(0, 400);

const text = fc.oneof(
  fc.constantFrom(...words),
  fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a} ${b}`),
  // A word being typed: its first letters.
  fc
    .tuple(fc.constantFrom(...words), fc.integer({ min: 3, max: 6 }))
    .map(([w, n]) => w.slice(0, n)),
  fc.constantFrom('trafficking', 'child labour', 'Pacara', 'MÉXICO', 'women and girls ', '🙂'),
);

const t = taxonomies;
const some = <T>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });

/** A query of a few of these parameters: more would rarely leave a result. */
function queryOf(
  values: Record<string, fc.Arbitrary<string | string[]>>,
  always: Record<string, fc.Arbitrary<string | string[]>>,
) {
  return fc
    .tuple(
      fc.record(values),
      fc.subarray(Object.keys(values), { maxLength: 2 }),
      fc.record(always, { requiredKeys: [] }),
    )
    .map(([all, chosen, rest]) => {
      const params = new URLSearchParams();
      const query = { ...Object.fromEntries(chosen.map((k) => [k, all[k]])), ...rest };
      for (const [key, value] of Object.entries(query)) {
        if (Array.isArray(value)) {
          if (value.length > 0) params.set(key, value.join(','));
        } else if (value !== undefined) params.set(key, value);
      }
      if (Number(params.get('yearFrom')) > Number(params.get('yearTo') ?? 9999)) {
        params.delete('yearTo');
      }
      return params.toString();
    });
}

const practiceQuery = queryOf(
  {
    objective: some(t.objectives.map((o) => String(o.number))),
    action: some(t.actions.map((a) => a.id)),
    country: some(['BRA', 'VEN', 'MEX', 'USA', 'PHL', 'NGA', 'DEU', 'THA']),
    region: some(t.regions.map((r) => r.id)),
    implementerType: some(t.implementerTypes.map((i) => i.id)),
    sdgTarget: some(t.sdgTargets.map((s) => s.id)),
    status: some(['planned', 'ongoing', 'completed']),
    featured: fc.constantFrom('true', 'false'),
    yearFrom: fc.integer({ min: 2000, max: 2024 }).map(String),
    yearTo: fc.integer({ min: 2010, max: 2030 }).map(String),
  },
  {
    q: text,
    sort: fc.constantFrom('relevance', 'newest', 'oldest', 'title'),
    lang: fc.constantFrom('en', 'fr', 'es', 'ar'),
    facets: some([
      'objective',
      'country',
      'region',
      'implementerType',
      'status',
      'featured',
      'sdgTarget',
    ]),
    page: fc.integer({ min: 1, max: 4 }).map(String),
    pageSize: fc.constantFrom('1', '7', '20', '100'),
  },
);

const resourceQuery = queryOf(
  {
    objective: some(['10', '7', '1', '23']),
    category: some(['guidance', 'research', 'report', 'training']),
    yearFrom: fc.integer({ min: 2000, max: 2024 }).map(String),
  },
  {
    q: text,
    sort: fc.constantFrom('relevance', 'newest', 'oldest', 'title'),
    lang: fc.constantFrom('en', 'fr'),
    facets: some(['objective', 'category', 'year', 'region']),
    pageSize: fc.constantFrom('1', '5', '100'),
  },
);

async function answers(path: string) {
  return Promise.all(
    servers.map(async (server) => {
      const response = await fetch(`${server.url}${path}`);
      const body = (await response.json()) as { links?: unknown; requestId?: unknown };
      if (response.status === 200)
        z.parse(
          path.startsWith('/v1/resources')
            ? ResourceList
            : path.endsWith('/related')
              ? RelatedPractices
              : PracticeList,
          body,
        );
      // Links and request ids name the server and the request, not the data.
      delete body.links;
      delete body.requestId;
      return { status: response.status, body };
    }),
  );
}

async function expectSameAnswers(path: string) {
  const [reference, ...others] = await answers(path);
  others.forEach((other, i) => {
    expect(other, `${CONFIGS[i + 1]?.name} vs ${CONFIGS[0].name}: ${path}`).toEqual(reference);
  });
  return reference;
}

describe('SQLite and PostgreSQL, with and without the search cache', () => {
  it('serve the same practices, in the same order, with the same facet counts', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(practiceQuery, async (query) => {
        const answer = await expectSameAnswers(`/v1/practices?${query}`);
        if (answer?.status === 200 && (answer.body as PracticeList).meta.total > 0) nonEmpty++;
      }),
      { numRuns: 250 },
    );
    // The comparison means something only if most queries find practices.
    expect(nonEmpty).toBeGreaterThan(50);
  });

  it('serve the same publications', async () => {
    await fc.assert(
      fc.asyncProperty(resourceQuery, async (query) => {
        const answer = await expectSameAnswers(`/v1/resources?${query}`);
        expect(answer?.status, query).toBe(200);
      }),
      { numRuns: 100 },
    );
  });

  it('give the same related practices', async () => {
    const { data } = (await (
      await fetch(`${servers[0]?.url}/v1/practices?pageSize=100&objective=10,7,1`)
    ).json()) as PracticeList;
    expect(data.length).toBeGreaterThan(50);
    for (const practice of data) {
      const answer = await expectSameAnswers(`/v1/practices/${practice.id}/related`);
      expect(answer?.status).toBe(200);
      expect((answer?.body as { data: unknown[] } | undefined)?.data).toHaveLength(3);
    }
  });

  it('rank every match of common words alike, ties included', async () => {
    for (const q of ['trafficking', 'child', 'women', 'migrant workers', 'pro', 'support ']) {
      for (let page = 1; page <= 3; page++) {
        await expectSameAnswers(
          `/v1/practices?q=${encodeURIComponent(q)}&pageSize=100&page=${page}&facets=objective,status`,
        );
      }
    }
  });

  it('serve the same answers after practices are rewritten and added', async () => {
    const rewritten = [...generatePractices({ count: 300, seed: 7 })].map((p, i) => ({
      ...p,
      title: i % 2 === 0 ? `${p.title} revised` : p.title,
      summary: `${p.summary} Trafficking survivors.`,
    }));
    const added = [...generatePractices({ count: 50, seed: 99 })].map((p) => ({
      ...p,
      id: `${p.id}-new`,
    }));
    // One write per database; each database has two servers reading it.
    for (const server of [servers[0], servers[2]]) {
      await server?.store.transaction(async ({ catalogue }) => {
        await catalogue.writePractices([...rewritten, ...added]);
      });
    }
    // Every server must see the change (PostgreSQL's after a notification).
    let totals: number[] = [];
    await waitFor(
      () => totals.every((total) => total === practices.length + SYNTHETIC.count + 50),
      async () => {
        totals = await Promise.all(
          servers.map(
            async (s) =>
              ((await (await fetch(`${s.url}/v1/practices?pageSize=1`)).json()) as PracticeList)
                .meta.total,
          ),
        );
      },
    );
    for (const q of ['survivors', 'revised', 'trafficking survivors', 'rev']) {
      await expectSameAnswers(
        `/v1/practices?q=${encodeURIComponent(q)}&pageSize=100&facets=objective`,
      );
    }
    await fc.assert(
      fc.asyncProperty(practiceQuery, async (query) => {
        await expectSameAnswers(`/v1/practices?${query}`);
      }),
      { numRuns: 60 },
    );
  });
});
