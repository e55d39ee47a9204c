import {
  type Practice,
  PracticeList,
  Practice as PracticeSchema,
  Problem,
  RelatedPractices,
  type Taxonomies,
} from '@gcm-practices/contract';
import { taxonomies } from '@gcm-practices/dataset';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  curatedPractices,
  featuredThenNewest,
  newestFirst,
  type ReferenceQuery,
  referenceIds,
  referenceMatches,
  referenceRelated,
} from './support/reference.js';
import { getJson, type JsonResponse, useServer } from './support/server.js';

const server = useServer();

async function list(query: string) {
  const response = await getJson<PracticeList>(server.current, `/v1/practices?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return z.parse(PracticeList, response.body);
}

const ids = (body: PracticeList) => body.data.map((p) => p.id).sort();

describe('GET /v1/practices', () => {
  it('lists the curated practices in the contract envelope, featured ones first, then newest', async () => {
    const body = await list('');
    expect(body.meta).toEqual({
      total: curatedPractices.length,
      page: 1,
      pageSize: 20,
      pageCount: Math.ceil(curatedPractices.length / 20),
    });
    const order = [...curatedPractices]
      .sort(featuredThenNewest)
      .slice(0, 20)
      .map((p) => p.id);
    expect(body.data.map((p) => p.id)).toEqual(order);
    expect(body.facets).toBeUndefined();
  });

  it('returns each practice exactly as the dataset holds it', async () => {
    const body = await list('pageSize=100');
    for (const practice of body.data) {
      expect(practice).toEqual(curatedPractices.find((p) => p.id === practice.id));
    }
  });

  it('objective=10 lists the featured Repository practices first, then the newest', async () => {
    const body = await list('objective=10&pageSize=100');
    expect(ids(body)).toEqual(referenceIds({ objective: [10] }));
    const featured = curatedPractices.filter((p) => p.featured);
    expect(featured.length).toBe(5);
    const first = body.data.slice(0, featured.length);
    expect(first.map((p) => p.id).sort()).toEqual(featured.map((p) => p.id).sort());
    for (const practice of first) expect(practice.source.kind).toBe('repository');
    expect(body.data.map((p) => p.id)).toEqual(
      curatedPractices
        .filter((p) => p.objectives.includes(10))
        .sort(featuredThenNewest)
        .map((p) => p.id),
    );
  });

  it('sort=newest drops the featured-first default, keeping undated practices last', async () => {
    const body = await list('objective=10&sort=newest&pageSize=100');
    expect(body.data.map((p) => p.id)).toEqual(
      curatedPractices
        .filter((p) => p.objectives.includes(10))
        .sort(newestFirst)
        .map((p) => p.id),
    );
  });

  const cases: [string, ReferenceQuery][] = [
    ['objective=7', { objective: [7] }],
    ['objective=7&objective=11', { objective: [7, 11] }],
    ['objective=7,11', { objective: [7, 11] }],
    // The curated practices have no actions or principles their sources would give.
    ['action=10e', { action: ['10e'] }],
    ['principle=human-rights', { principle: ['human-rights'] }],
    ['country=BRA', { country: ['BRA'] }],
    ['country=BRA&country=USA', { country: ['BRA', 'USA'] }],
    ['region=south-america', { region: ['south-america'] }],
    ['implementerType=government', { implementerType: ['government'] }],
    [
      'implementerType=civil-society&implementerType=un-system',
      { implementerType: ['civil-society', 'un-system'] },
    ],
    ['sdgTarget=16.3', { sdgTarget: ['16.3'] }],
    ['status=ongoing', { status: ['ongoing'] }],
    ['status=planned&status=completed', { status: ['planned', 'completed'] }],
    ['featured=true', { featured: true }],
    ['featured=false', { featured: false }],
    ['campaign=call-for-practices-2024', { campaign: 'call-for-practices-2024' }],
    ['yearFrom=2017', { yearFrom: 2017 }],
    ['yearTo=2015', { yearTo: 2015 }],
    ['yearFrom=2015&yearTo=2015', { yearFrom: 2015, yearTo: 2015 }],
    ['yearFrom=2017&yearTo=2018', { yearFrom: 2017, yearTo: 2018 }],
    ['objective=10&country=BRA', { objective: [10], country: ['BRA'] }],
    ['region=south-america&status=ongoing', { region: ['south-america'], status: ['ongoing'] }],
    [
      'objective=7&featured=true&implementerType=government',
      { objective: [7], featured: true, implementerType: ['government'] },
    ],
    ['objective=23&objective=1&region=worldwide', { objective: [23, 1], region: ['worldwide'] }],
  ];

  it.each(cases)('%s matches the reference filter', async (query, reference) => {
    const body = await list(`${query}&pageSize=100`);
    expect(ids(body)).toEqual(referenceIds(reference));
    expect(body.meta.total).toBe(referenceIds(reference).length);
  });

  it('finds the Pacaraima Committee by name, and by the start of its name', async () => {
    for (const q of ['Pacaraima', 'pacaraima', 'Pacara', 'PACARAIMA committee']) {
      const body = await list(`q=${encodeURIComponent(q)}`);
      expect(body.data[0]?.id, q).toBe('pacaraima-committee');
    }
  });

  it('searches summaries, takeaways and implementers too', async () => {
    const venezuela = await list('q=UNICEF');
    expect(venezuela.data.map((p) => p.id)).toContain(
      'investigating-trafficking-of-children-and-women-in-venezuela',
    );
    const stemmed = await list('q=trafficked');
    expect(stemmed.meta.total).toBeGreaterThan(0);
  });

  it('sorts by relevance when q is given, title matches first', async () => {
    const body = await list('q=trafficking&pageSize=100');
    expect(body.meta.total).toBeGreaterThan(1);
    const sorted = await list('q=trafficking&sort=relevance&pageSize=100');
    expect(sorted.data.map((p) => p.id)).toEqual(body.data.map((p) => p.id));
    const newest = await list('q=trafficking&sort=newest&pageSize=100');
    expect(ids(newest)).toEqual(ids(body));
  });

  it('combines q with filters', async () => {
    const body = await list('q=trafficking&country=BRA&pageSize=100');
    const brazil = referenceIds({ country: ['BRA'] });
    expect(body.data.every((p) => brazil.includes(p.id))).toBe(true);
  });

  it('matches nothing for a q without searchable words', async () => {
    for (const q of ['***', '"', '🙂', '-', '()']) {
      const body = await list(`q=${encodeURIComponent(q)}&facets=objective`);
      expect(body.meta.total, q).toBe(0);
      expect(body.data).toEqual([]);
      expect(body.facets?.objective).toEqual([]);
    }
  });

  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

  it('sorts newest, oldest and by title, each with a stable id tie-break, undated last', async () => {
    const newest = (await list('sort=newest&pageSize=100')).data;
    const oldest = (await list('sort=oldest&pageSize=100')).data;
    const title = (await list('sort=title&pageSize=100')).data;
    expect(newest.map((p) => p.id)).toEqual(
      [...curatedPractices].sort(newestFirst).map((p) => p.id),
    );
    const dated = (list: Practice[]) => list.filter((p) => p.publishedAt !== null).map((p) => p.id);
    const undated = (list: Practice[]) =>
      list.filter((p) => p.publishedAt === null).map((p) => p.id);
    expect(dated(oldest)).toEqual(dated(newest).reverse());
    // Undated last in both orders, by id in the order's direction.
    expect(undated(newest).length).toBeGreaterThan(0);
    expect(newest.slice(-undated(newest).length).map((p) => p.id)).toEqual(undated(newest));
    expect(oldest.slice(-undated(newest).length).map((p) => p.id)).toEqual(
      undated(newest).reverse(),
    );
    for (let i = 1; i < title.length; i++) {
      const [a, b] = [title[i - 1] as Practice, title[i] as Practice];
      expect(
        fold(a.title) < fold(b.title) || (fold(a.title) === fold(b.title) && a.id < b.id),
      ).toBe(true);
    }
  });

  it('falls back to newest for sort=relevance without q', async () => {
    const relevance = await list('sort=relevance');
    const newest = await list('sort=newest');
    expect(relevance.data.map((p) => p.id)).toEqual(newest.data.map((p) => p.id));
  });

  it('pages through the curated practices with consistent links', async () => {
    const seen: string[] = [];
    let path: string | null = `/v1/practices?pageSize=6&objective=10`;
    let pages = 0;
    while (path) {
      const response: JsonResponse<PracticeList> = await getJson<PracticeList>(
        server.current,
        path,
      );
      const body: PracticeList = z.parse(PracticeList, response.body);
      seen.push(...body.data.map((p) => p.id));
      pages++;
      expect(body.meta.page).toBe(pages);
      path =
        body.links.next === null
          ? null
          : new URL(body.links.next).pathname + new URL(body.links.next).search;
    }
    expect(pages).toBe(Math.ceil(curatedPractices.length / 6));
    expect(seen.sort()).toEqual(curatedPractices.map((p) => p.id).sort());
  });
});

describe('facets', () => {
  const labels = taxonomies as Taxonomies;

  it('counts each requested field with taxonomy labels', async () => {
    const body = await list(
      'facets=objective,action,principle,country,region,implementerType,sdgTarget,status,featured',
    );
    const facets = body.facets ?? {};
    expect(Object.keys(facets).sort()).toEqual([
      'action',
      'country',
      'featured',
      'implementerType',
      'objective',
      'principle',
      'region',
      'sdgTarget',
      'status',
    ]);
    const objective10 = facets.objective?.find((b) => b.value === '10');
    expect(objective10).toEqual({
      value: '10',
      label: labels.objectives.find((o) => o.number === 10)?.shortTitle,
      count: curatedPractices.length,
    });
    expect(facets.country?.find((b) => b.value === 'BRA')).toEqual({
      value: 'BRA',
      label: 'Brazil',
      count: referenceIds({ country: ['BRA'] }).length,
    });
    expect(facets.featured).toEqual(
      expect.arrayContaining([
        { value: 'true', label: 'Featured', count: referenceIds({ featured: true }).length },
      ]),
    );
    for (const bucket of facets.implementerType ?? []) {
      expect(bucket.label).toBe(labels.implementerTypes.find((t) => t.id === bucket.value)?.label);
      expect(bucket.count).toBe(referenceIds({ implementerType: [bucket.value] }).length);
    }
    for (const bucket of facets.status ?? []) {
      expect(bucket.count).toBe(referenceIds({ status: [bucket.value] }).length);
    }
  });

  it('orders buckets by count, then value', async () => {
    const body = await list('facets=region');
    const buckets = body.facets?.region ?? [];
    for (let i = 1; i < buckets.length; i++) {
      const [a, b] = [buckets[i - 1], buckets[i]];
      expect((a?.count ?? 0) >= (b?.count ?? 0)).toBe(true);
    }
  });

  it('counts a field without its own filter but with all the others', async () => {
    const body = await list('country=BRA&region=south-america&facets=country,objective,region');
    const facets = body.facets ?? {};
    // country: counted under region=south-america only.
    const southAmerica = curatedPractices.filter((p) =>
      referenceMatches(p, { region: ['south-america'] }),
    );
    for (const bucket of facets.country ?? []) {
      expect(bucket.count).toBe(
        southAmerica.filter((p) => p.countries.includes(bucket.value)).length,
      );
    }
    expect((facets.country ?? []).length).toBeGreaterThan(1);
    // objective: counted under both filters.
    const both = curatedPractices.filter((p) =>
      referenceMatches(p, { region: ['south-america'], country: ['BRA'] }),
    );
    for (const bucket of facets.objective ?? []) {
      expect(bucket.count).toBe(
        both.filter((p) => p.objectives.includes(Number(bucket.value))).length,
      );
    }
    // region: counted under country=BRA only.
    const brazil = curatedPractices.filter((p) => p.countries.includes('BRA'));
    expect(facets.region).toEqual([
      { value: 'south-america', label: 'South America', count: brazil.length },
    ]);
  });

  it('counts under the text search', async () => {
    const body = await list('q=Pacaraima&facets=objective');
    expect(body.facets?.objective?.map((b) => [b.value, b.count]).sort()).toEqual([
      ['10', 1],
      ['3', 1],
      ['5', 1],
      ['8', 1],
    ]);
  });
});

describe('GET /v1/practices/{id}', () => {
  it('returns one practice', async () => {
    const response = await getJson<Practice>(server.current, '/v1/practices/pacaraima-committee');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(curatedPractices.find((p) => p.id === 'pacaraima-committee'));
  });

  it('shows the Pacaraima Committee as the Hub publishes it', async () => {
    const response = await getJson<Practice>(server.current, '/v1/practices/pacaraima-committee');
    const pacaraima = z.parse(PracticeSchema, response.body);
    expect(pacaraima.source.kind).toBe('repository');
    expect(pacaraima.hubUrl).toBe('https://migrationnetwork.un.org/practice/pacaraima-committee');
    expect(pacaraima.review).toEqual({ status: 'peer-reviewed' });
    expect(pacaraima.period).toEqual({ start: 2021, end: null });
    expect(pacaraima.primaryObjective).toBe(10);
    expect(pacaraima.objectives).toEqual([10, 3, 5, 8]);
  });

  it.each([
    'no-such-practice',
    'PACARAIMA-COMMITTEE',
    "x'%20OR%201=1--",
    '%F0%9F%99%82',
    'a'.repeat(500),
  ])('404s for %s', async (id) => {
    const response = await getJson(server.current, `/v1/practices/${id}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = z.parse(Problem, response.body);
    expect(problem.type).toBe('/problems/not-found');
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  });
});

describe('GET /v1/practices/{id}/related', () => {
  async function related(id: string) {
    const response = await getJson<RelatedPractices>(server.current, `/v1/practices/${id}/related`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return z.parse(RelatedPractices, response.body).data;
  }

  it('gives the Pacaraima Committee three other Objective 10 practices, closest first', async () => {
    const pacaraima = curatedPractices.find((p) => p.id === 'pacaraima-committee');
    if (!pacaraima) throw new Error('the dataset has no Pacaraima Committee');
    const data = await related('pacaraima-committee');
    expect(data).toHaveLength(3);
    expect(data.map((p) => p.id)).toEqual(referenceRelated(pacaraima, curatedPractices));
    expect(data.map((p) => p.id)).not.toContain('pacaraima-committee');
    for (const p of data) {
      expect(p.primaryObjective).toBe(10);
      expect(p).toEqual(curatedPractices.find((c) => c.id === p.id));
    }
  });

  it('answers every curated practice as a plain reading of the rule does', async () => {
    for (const practice of curatedPractices) {
      const data = await related(practice.id);
      expect(
        data.map((p) => p.id),
        practice.id,
      ).toEqual(referenceRelated(practice, curatedPractices));
    }
  });

  it('404s for an unknown id and 400s for a query', async () => {
    const missing = await getJson(server.current, '/v1/practices/no-such-practice/related');
    expect(missing.status).toBe(404);
    expect(z.parse(Problem, missing.body).type).toBe('/problems/not-found');
    const queried = await getJson(server.current, '/v1/practices/pacaraima-committee/related?x=1');
    expect(queried.status).toBe(400);
  });
});
