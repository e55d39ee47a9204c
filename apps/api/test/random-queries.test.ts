import { CampaignList, PracticeList, Problem, ResourceList } from '@gcm-practices/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { getJson, useServer } from './support/server.js';

const server = useServer({ synthetic: { count: 1500, seed: 7 } });

const PRACTICE_KEYS = [
  'q',
  'objective',
  'action',
  'principle',
  'country',
  'region',
  'implementerType',
  'sdgTarget',
  'yearFrom',
  'yearTo',
  'status',
  'featured',
  'campaign',
  'facets',
  'sort',
  'lang',
  'page',
  'pageSize',
];
const RESOURCE_KEYS = [
  'q',
  'objective',
  'country',
  'region',
  'category',
  'yearFrom',
  'yearTo',
  'facets',
  'sort',
  'lang',
  'page',
  'pageSize',
];
const CAMPAIGN_KEYS = ['active', 'at', 'kind', 'series', 'objective', 'page', 'pageSize'];
const JUNK_KEYS = [
  '',
  'foo',
  'Q',
  'page[]',
  '__proto__',
  'constructor',
  'objective ',
  '%',
  '🙂',
  'a'.repeat(300),
];

const plausible = fc.constantFrom(
  '10',
  '7',
  '1',
  '23',
  '0',
  '24',
  '-1',
  '2.5',
  '1e2',
  'true',
  'false',
  '1',
  'BRA',
  'USA',
  'bra',
  'south-america',
  'worldwide',
  'government',
  'un-system',
  '10a',
  '10j',
  '8.7',
  '16.2',
  'ongoing',
  'completed',
  'planned',
  'newest',
  'oldest',
  'title',
  'relevance',
  'fr',
  'ar',
  'en-GB',
  'objective,country',
  'status,featured',
  'category,year',
  'year',
  '2015',
  '2024',
  '1899',
  '2101',
  '2024-07-30',
  '2024-07-30T12:00:00Z',
  '2024-07-30T23:30:00-05:00',
  'awareness-day',
  'call-for-practices',
  'world-day-against-trafficking',
  'call-for-practices-2024',
  'guidance',
  'research',
  '100',
  '101',
  '20',
  '99999999999999999999',
  'trafficking',
  'child labour',
  'Pacaraima',
);
const hostile = fc.constantFrom(
  "' OR 1=1 --",
  '"',
  '*',
  'NEAR(a b)',
  '-',
  '(',
  '\u0000',
  '%',
  '%%',
  '%E0%A4%A',
  '🙂',
  'الاتجار',
  '人口',
  '\u202E',
  ',',
  ',,',
  ' ',
  '+',
);
const value = fc.oneof(
  { weight: 5, arbitrary: plausible },
  { weight: 2, arbitrary: hostile },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.string({ minLength: 190, maxLength: 260 }) },
);

function queryFor(keys: string[]) {
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: fc.constantFrom(...JUNK_KEYS) },
  );
  return fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [k, v] of pairs) params.append(k, v);
    return params.toString();
  });
}

const ENDPOINTS = [
  { path: '/v1/practices', keys: PRACTICE_KEYS, schema: PracticeList },
  { path: '/v1/resources', keys: RESOURCE_KEYS, schema: ResourceList },
  { path: '/v1/campaigns', keys: CAMPAIGN_KEYS, schema: CampaignList },
] as const;

describe('random query strings', () => {
  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.path} never answers 5xx, and every 400 is a Problem naming what was sent`, async () => {
      await fc.assert(
        fc.asyncProperty(queryFor([...endpoint.keys]), async (query) => {
          const response = await getJson(server.current, `${endpoint.path}?${query}`);
          expect(response.status, query).toBeLessThan(500);
          if (response.status === 200) {
            z.parse(endpoint.schema, response.body);
          } else {
            expect(response.status, query).toBe(400);
            const problem = z.parse(Problem, response.body);
            const sent = new Set(new URLSearchParams(query).keys());
            for (const param of problem.invalidParams ?? []) {
              expect(sent.has(param.name), `${query} → ${param.name}`).toBe(true);
              expect(param.reason.length).toBeGreaterThan(0);
            }
            expect(problem.invalidParams?.length ?? 0).toBeGreaterThan(0);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('raw query strings (malformed percent-encoding, stray separators) never answer 5xx', async () => {
    const raw = fc.array(
      fc.oneof(
        fc.constantFrom(
          '&',
          '=',
          '%',
          '%2',
          '%zz',
          '%00',
          '+',
          '?',
          '#',
          ';',
          'q',
          'page',
          'objective',
          '10',
          '%E2%82',
          '[]',
        ),
        fc.string({ maxLength: 10 }).map(encodeURIComponent),
      ),
      { maxLength: 12 },
    );
    await fc.assert(
      fc.asyncProperty(raw, async (parts) => {
        const query = parts.join('').replace(/#/g, '%23');
        const response = await getJson(server.current, `/v1/practices?${query}`);
        expect(response.status, query).toBeLessThan(500);
        if (response.status !== 200) z.parse(Problem, response.body);
      }),
      { numRuns: 300 },
    );
  });
});
