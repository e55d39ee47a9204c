import { type Practice, PracticeList } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { featuredThenNewest } from './support/reference.js';
import { getJson, useServer } from './support/server.js';

const SYNTHETIC = 3000;
const server = useServer({ synthetic: { count: SYNTHETIC, seed: 42 } });

async function list(query: string) {
  const response = await getJson(server.current, `/v1/practices?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return { body: z.parse(PracticeList, response.body), link: response.headers.get('link') };
}

const pathOf = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname.slice('/v1/practices'.length) + parsed.search;
};

describe('a synthetic catalogue', () => {
  it('holds the curated and the synthetic practices', async () => {
    const { body } = await list('pageSize=1');
    expect(body.meta.total).toBeGreaterThan(SYNTHETIC);
    expect(body.meta.pageCount).toBe(body.meta.total);
  });

  it('walks every page of 100 by the next links without gaps or repeats', async () => {
    const { body: first } = await list('pageSize=100');
    const seen = new Set<string>();
    let next: string | null = first.links.self;
    let previous: Practice | undefined;
    let pages = 0;
    while (next) {
      const { body, link } = await list(pathOf(next).slice(1));
      pages++;
      for (const practice of body.data) {
        expect(seen.has(practice.id)).toBe(false);
        seen.add(practice.id);
        if (previous) {
          expect(
            featuredThenNewest(previous, practice),
            `${previous.id} before ${practice.id}`,
          ).toBeLessThan(0);
        }
        previous = practice;
      }
      expect(link).toContain(`rel="last"`);
      next = body.links.next;
    }
    expect(pages).toBe(first.meta.pageCount);
    expect(seen.size).toBe(first.meta.total);
  });

  it('serves the last page and deep pages under filters', async () => {
    const { body: first } = await list('objective=10&pageSize=7');
    const { body: last } = await list(`objective=10&pageSize=7&page=${first.meta.pageCount}`);
    expect(last.data.length).toBe(first.meta.total - (first.meta.pageCount - 1) * 7);
    expect(last.links.next).toBeNull();
    expect(last.links.last).toBe(last.links.self);
    const prev = await list(pathOf(last.links.prev as string).slice(1));
    expect(prev.body.meta.page).toBe(first.meta.pageCount - 1);
    expect(prev.body.data.length).toBe(7);
  });

  it('pages agree with one big page', async () => {
    const { body: all } = await list('region=south-america&sort=title&pageSize=100');
    const stitched: string[] = [];
    for (let page = 1; page <= Math.ceil(all.data.length / 9); page++) {
      const { body } = await list(`region=south-america&sort=title&pageSize=9&page=${page}`);
      stitched.push(...body.data.map((p) => p.id));
    }
    expect(stitched.slice(0, all.data.length)).toEqual(all.data.map((p) => p.id));
  });

  it('pages by relevance in a stable order', async () => {
    const { body: all } = await list('q=trafficking&pageSize=100');
    expect(all.meta.total).toBeGreaterThan(100);
    const stitched: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const { body } = await list(`q=trafficking&pageSize=25&page=${page}`);
      stitched.push(...body.data.map((p) => p.id));
    }
    expect(stitched).toEqual(all.data.map((p) => p.id));
  });

  it('rejects a page past the last one, naming the range', async () => {
    const { body } = await list('objective=10&pageSize=100');
    const response = await getJson<{ invalidParams: { name: string; reason: string }[] }>(
      server.current,
      `/v1/practices?objective=10&pageSize=100&page=${body.meta.pageCount + 1}`,
    );
    expect(response.status).toBe(400);
    expect(response.body.invalidParams).toEqual([
      {
        name: 'page',
        reason: `must be from 1 to ${body.meta.pageCount}: ${body.meta.total} results at pageSize 100`,
      },
    ]);
  });

  it('counts facets over the whole result, not the page', async () => {
    const { body } = await list('objective=10&facets=objective,status,featured&pageSize=1');
    const objective10 = body.facets?.objective?.find((b) => b.value === '10');
    // objective is not counted under its own filter: every practice with objective 10, and the others too.
    expect(objective10?.count).toBe(body.meta.total);
    // Curated practices whose source gives no status have no status bucket.
    const statusTotal = (body.facets?.status ?? []).reduce((sum, b) => sum + b.count, 0);
    const withoutStatus = practices.filter((p) => p.objectives.includes(10) && p.status === null);
    expect(statusTotal).toBe(body.meta.total - withoutStatus.length);
    const featuredTotal = (body.facets?.featured ?? []).reduce((sum, b) => sum + b.count, 0);
    expect(featuredTotal).toBe(body.meta.total);
  });

  it('agrees with the in-process search, with and without the search cache', async () => {
    const { CatalogueService } = await import('../src/index.js');
    const { decodeQuery, PracticeQuery } = await import('@gcm-practices/contract');
    for (const query of [
      'objective=10&country=BRA',
      'region=south-america&status=ongoing&yearFrom=2015',
      'implementerType=civil-society&implementerType=academia&featured=false',
      'q=children&sdgTarget=8.7',
    ]) {
      const { body } = await list(`${query}&pageSize=100`);
      const decoded = decodeQuery(PracticeQuery, new URLSearchParams(`${query}&pageSize=100`));
      if (!decoded.success) throw new Error(query);
      for (const searchCache of [false, true]) {
        const catalogue = new CatalogueService(server.current.store.catalogue, { searchCache });
        await catalogue.warmUp();
        const direct = await catalogue.searchPractices(decoded.data);
        expect(direct.ok && direct.total, query).toBe(body.meta.total);
        expect(direct.ok && direct.items.map((j) => JSON.parse(j).id)).toEqual(
          body.data.map((p) => p.id),
        );
        catalogue.close();
      }
    }
  });
});
