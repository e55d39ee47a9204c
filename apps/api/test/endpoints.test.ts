import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type Campaign,
  CampaignList,
  ObjectiveWithCount,
  Problem,
  Resource,
  ResourceList,
  Taxonomies,
} from '@gcm-practices/contract';
import { campaigns, objectives, resources, taxonomies } from '@gcm-practices/dataset';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { curatedPractices } from './support/reference.js';
import { getJson, useServer } from './support/server.js';

const server = useServer();

const ObjectiveListBody = z.object({ data: z.array(ObjectiveWithCount) });

describe('GET /v1/objectives', () => {
  it('lists the 23 objectives with their practice counts', async () => {
    const response = await getJson(server.current, '/v1/objectives');
    expect(response.status).toBe(200);
    const body = z.parse(ObjectiveListBody, response.body);
    expect(body.data.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    for (const objective of body.data) {
      const { practiceCount, ...rest } = objective;
      expect(rest).toEqual(objectives.find((o) => o.number === objective.number));
      expect(practiceCount).toBe(
        curatedPractices.filter((p) => p.objectives.includes(objective.number)).length,
      );
    }
  });

  it('returns objective 10 with its ten actions', async () => {
    const response = await getJson(server.current, '/v1/objectives/10');
    expect(response.status).toBe(200);
    const objective = z.parse(ObjectiveWithCount, response.body);
    expect(objective.actions.map((a) => a.letter).join('')).toBe('abcdefghij');
    expect(objective.practiceCount).toBe(curatedPractices.length);
  });

  it.each(['0', '24', '999999'])('404s for objective %s', async (number) => {
    const response = await getJson(server.current, `/v1/objectives/${number}`);
    expect(response.status).toBe(404);
    expect(z.parse(Problem, response.body).type).toBe('/problems/not-found');
  });

  it.each(['ten', '1.5', '-1', '1e1', '%20', '9999999999'])(
    '400s for objective %s',
    async (number) => {
      const response = await getJson(server.current, `/v1/objectives/${number}`);
      expect(response.status).toBe(400);
      const problem = z.parse(Problem, response.body);
      expect(problem.invalidParams?.[0]?.name).toBe('number');
      expect(problem.invalidParams?.[0]?.reason).toMatch(/1 to 23/);
    },
  );
});

describe('GET /v1/resources', () => {
  const list = async (query: string) => {
    const response = await getJson(server.current, `/v1/resources?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return z.parse(ResourceList, response.body);
  };

  it('lists the publications, newest first, those without a year last', async () => {
    const body = await list('pageSize=100');
    expect(body.meta.total).toBe(resources.length);
    const years = body.data.map((r) => r.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(body.data.at(-1)?.year).toBeNull();
    for (const resource of body.data) {
      expect(resource).toEqual(resources.find((r) => r.id === resource.id));
    }
  });

  it('filters by objective, category, country, region and year', async () => {
    const expectIds = async (query: string, keep: (r: Resource) => boolean) => {
      const body = await list(`${query}&pageSize=100`);
      expect(body.data.map((r) => r.id).sort(), query).toEqual(
        resources
          .filter(keep)
          .map((r) => r.id)
          .sort(),
      );
    };
    await expectIds('objective=7', (r) => r.objectives.includes(7));
    await expectIds('objective=1&objective=6', (r) => r.objectives.some((o) => o === 1 || o === 6));
    await expectIds('category=research', (r) => r.category === 'research');
    await expectIds('country=NGA', (r) => r.countries.includes('NGA'));
    await expectIds('region=worldwide', (r) => r.regions.includes('worldwide'));
    const year = (r: Resource) => r.year ?? Number.NaN;
    await expectIds('yearFrom=2017&yearTo=2019', (r) => year(r) >= 2017 && year(r) <= 2019);
    await expectIds('yearTo=2010', (r) => year(r) <= 2010);
    await expectIds('yearFrom=1900', (r) => r.year !== null);
    await expectIds(
      'objective=10&category=research&yearFrom=2015',
      (r) => r.objectives.includes(10) && r.category === 'research' && year(r) >= 2015,
    );
  });

  it('searches titles and summaries', async () => {
    const body = await list('q=humanitarian');
    expect(body.data.map((r) => r.id)).toContain('anti-trafficking-in-humanitarian-responses');
  });

  it('counts category and year facets, year without yearFrom/yearTo', async () => {
    const body = await list('facets=category,year,objective&yearFrom=2018&category=research');
    const researched = resources.filter((r) => r.category === 'research');
    for (const bucket of body.facets?.year ?? []) {
      expect(bucket.label).toBe(bucket.value);
      expect(bucket.count).toBe(researched.filter((r) => String(r.year) === bucket.value).length);
    }
    const recent = resources.filter((r) => r.year !== null && r.year >= 2018);
    const research = recent.filter((r) => r.category === 'research').length;
    expect(body.facets?.category?.find((b) => b.value === 'research')).toEqual(
      research === 0 ? undefined : { value: 'research', label: 'Research', count: research },
    );
  });

  it('returns one publication, and 404 for an unknown one', async () => {
    const first = resources[0] as Resource;
    const found = await getJson(server.current, `/v1/resources/${first.id}`);
    expect(z.parse(Resource, found.body)).toEqual(first);
    const missing = await getJson(server.current, '/v1/resources/no-such-publication');
    expect(missing.status).toBe(404);
    z.parse(Problem, missing.body);
  });
});

describe('GET /v1/campaigns', () => {
  const list = async (query: string) => {
    const response = await getJson(server.current, `/v1/campaigns?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return z.parse(CampaignList, response.body);
  };
  const byOpening = (list: Campaign[]) =>
    [...list]
      .sort(
        (a, b) =>
          (a.opens ?? a.closes).localeCompare(b.opens ?? b.closes) || a.id.localeCompare(b.id),
      )
      .map((c) => c.id);

  it('lists every campaign by opening day, then id', async () => {
    const body = await list('');
    expect(body.data.map((c) => c.id)).toEqual(byOpening(campaigns));
    expect(body.meta.total).toBe(campaigns.length);
  });

  it('keeps the campaigns current on a date with active=true&at=', async () => {
    const worldDay = await list('active=true&at=2024-07-30');
    expect(worldDay.data.map((c) => c.id)).toEqual(['world-day-against-trafficking-2024']);
    // The call's opening day is unknown: it is current until its deadline.
    const call = await list('active=true&at=2024-06-01');
    expect(call.data.map((c) => c.id)).toEqual(['call-for-practices-2024']);
    const deadline = await list('active=true&at=2024-06-24');
    expect(deadline.data.map((c) => c.id)).toEqual(['call-for-practices-2024']);
    const none = await list('active=true&at=2024-12-25');
    expect(none.data).toEqual([]);
    expect(none.meta).toEqual({ total: 0, page: 1, pageSize: 20, pageCount: 0 });
  });

  it('takes the UTC date of a date-time', async () => {
    // 23:30 on 30 July in New York is 31 July in UTC, after the World Day closed.
    const after = await list(`active=true&at=${encodeURIComponent('2024-07-30T23:30:00-04:00')}`);
    expect(after.data).toEqual([]);
    // 01:00 on 31 July in Tokyo is still 30 July in UTC.
    const during = await list(`active=true&at=${encodeURIComponent('2024-07-31T01:00:00+09:00')}`);
    expect(during.data.map((c) => c.id)).toEqual(['world-day-against-trafficking-2024']);
    const zulu = await list('active=true&at=2024-07-02T00:00:00Z');
    expect(zulu.data.map((c) => c.id)).toEqual(['world-day-against-trafficking-2024']);
  });

  it('returns the other campaigns with active=false', async () => {
    const body = await list('active=false&at=2024-07-30');
    expect(body.data.map((c) => c.id)).toEqual(
      byOpening(campaigns.filter((c) => c.id !== 'world-day-against-trafficking-2024')),
    );
  });

  it('defaults at to now', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const body = await list('active=true');
    expect(body.data.map((c) => c.id)).toEqual(
      byOpening(campaigns.filter((c) => (c.opens ?? c.closes) <= today && c.closes >= today)),
    );
  });

  it('filters by kind, series and objective', async () => {
    const calls = await list('kind=call-for-practices');
    expect(calls.data.map((c) => c.id)).toEqual(
      byOpening(campaigns.filter((c) => c.kind === 'call-for-practices')),
    );
    const series = await list('series=world-day-against-trafficking');
    expect(series.data.map((c) => c.id)).toEqual(
      byOpening(campaigns.filter((c) => c.series === 'world-day-against-trafficking')),
    );
    const objective = await list('objective=10&kind=awareness-day&kind=call-for-practices');
    expect(objective.meta.total).toBe(campaigns.filter((c) => c.objectives.includes(10)).length);
    const other = await list('objective=3');
    expect(other.data).toEqual([]);
  });

  it('pages', async () => {
    const body = await list('pageSize=2&page=2');
    expect(body.data.map((c) => c.id)).toEqual(byOpening(campaigns).slice(2, 4));
    expect(body.meta.pageCount).toBe(Math.ceil(campaigns.length / 2));
  });
});

describe('other endpoints', () => {
  it('GET /v1/taxonomies returns the taxonomies', async () => {
    const response = await getJson(server.current, '/v1/taxonomies');
    expect(response.status).toBe(200);
    expect(z.parse(Taxonomies, response.body)).toEqual(taxonomies);
  });

  it('GET /healthz answers without caching', async () => {
    const response = await getJson(server.current, '/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', practices: curatedPractices.length });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('GET /v1/openapi.json serves the contract package document', async () => {
    const path = createRequire(import.meta.url).resolve('@gcm-practices/contract/openapi.json');
    const expected = JSON.parse(readFileSync(path, 'utf8'));
    const response = await getJson<{ openapi: string; paths: Record<string, unknown> }>(
      server.current,
      '/v1/openapi.json',
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expected);
    expect(response.body.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/v1/practices', '/v1/practices/{id}', '/v1/campaigns']),
    );
  });
});
