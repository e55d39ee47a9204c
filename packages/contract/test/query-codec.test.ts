import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  CampaignQuery,
  decodeQuery,
  encodeQuery,
  PracticeQuery,
  type PracticeQueryInput,
  ResourceQuery,
} from '../src/index.js';

beforeAll(() => {
  z.config({ jitless: true });
});

const decode = (query: string) => decodeQuery(PracticeQuery, new URLSearchParams(query));

describe('decodeQuery', () => {
  it('applies defaults to an empty query', () => {
    expect(decode('')).toEqual({ success: true, data: { page: 1, pageSize: 20 } });
  });

  it('reads repeated and comma-separated values of repeatable parameters', () => {
    const result = decode('objective=10&objective=11,12&facets=region,country&action=10a');
    expect(result).toEqual({
      success: true,
      data: {
        objective: [10, 11, 12],
        facets: ['region', 'country'],
        action: ['10a'],
        page: 1,
        pageSize: 20,
      },
    });
  });

  it('reads numbers and booleans', () => {
    const result = decode('yearFrom=2014&yearTo=2016&featured=true&page=3&pageSize=100');
    expect(result).toMatchObject({
      success: true,
      data: { yearFrom: 2014, yearTo: 2016, featured: true, page: 3, pageSize: 100 },
    });
  });

  it('treats empty values as absent', () => {
    expect(decode('q=&objective=&page=')).toEqual({
      success: true,
      data: { page: 1, pageSize: 20 },
    });
  });

  it.each([
    ['objective=0', 'objective', 'from 1 to 23'],
    ['objective=24', 'objective', 'from 1 to 23'],
    ['objective=ten', 'objective', 'from 1 to 23'],
    ['objective=1.5', 'objective', 'from 1 to 23'],
    ['pageSize=101', 'pageSize', 'from 1 to 100'],
    ['pageSize=0', 'pageSize', 'from 1 to 100'],
    ['page=-1', 'page', 'from 1 to 10000'],
    ['page=2&page=3', 'page', 'at most once'],
    ['yearFrom=20x4', 'yearFrom', 'from 1900 to 2100'],
    ['yearTo=99999999999999999999', 'yearTo', 'from 1900 to 2100'],
    ['yearFrom=2020&yearTo=2010', 'yearFrom', 'must not be after yearTo'],
    ['featured=yes', 'featured', 'true or false'],
    ['sort=popular', 'sort', 'relevance, newest, oldest, title'],
    ['lang=de', 'lang', 'en, fr, es, ar'],
    ['lang=fr&lang=ar', 'lang', 'at most once'],
    ['facets=colour', 'facets', 'must be one of objective'],
    ['country=Brazil', 'country', 'alpha-3'],
    ['action=10', 'action', '"10a"'],
    ["region=' OR 1=1 --", 'region', 'slug'],
    [`q=${'a'.repeat(201)}`, 'q', 'at most 200 characters'],
    ['colour=red', 'colour', 'not a known parameter'],
    [`objective=${Array(51).fill(10).join(',')}`, 'objective', 'more than 50 times'],
  ])('rejects %s naming %s', (query, name, reason) => {
    const result = decode(query);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.invalidParams).toHaveLength(1);
    expect(result.invalidParams[0]?.name).toBe(name);
    expect(result.invalidParams[0]?.reason).toContain(reason);
  });

  it('reports every bad parameter at once', () => {
    const result = decode('objective=24&pageSize=500&colour=red');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.invalidParams.map((p) => p.name).sort()).toEqual([
      'colour',
      'objective',
      'pageSize',
    ]);
  });

  it('keeps search text as typed, including quotes, markup and right-to-left script', () => {
    const q = '"الاتجار بالبشر" <b>NEAR(x)</b>';
    const result = decode(new URLSearchParams({ q }).toString());
    expect(result).toMatchObject({ success: true, data: { q } });
  });

  it('decodes campaign dates and date-times, and rejects anything else', () => {
    const at = (value: string) => decodeQuery(CampaignQuery, new URLSearchParams({ at: value }));
    expect(at('2024-07-30').success).toBe(true);
    expect(at('2024-07-30T23:30:00-05:00').success).toBe(true);
    expect(at('2024-02-30').success).toBe(false);
    expect(at('tomorrow')).toMatchObject({ success: false, invalidParams: [{ name: 'at' }] });
  });

  it('decodes resource queries with their own facets', () => {
    const result = decodeQuery(ResourceQuery, new URLSearchParams('facets=year,category'));
    expect(result).toMatchObject({ success: true, data: { facets: ['year', 'category'] } });
    expect(decodeQuery(ResourceQuery, new URLSearchParams('facets=status')).success).toBe(false);
  });
});

describe('encodeQuery', () => {
  it('writes one pair per value, in the schema order, leaving out unset fields', () => {
    const query: PracticeQueryInput = {
      pageSize: 50,
      objective: [10, 11],
      q: 'child protection',
      featured: false,
      region: undefined,
    };
    expect(encodeQuery(PracticeQuery, query).toString()).toBe(
      'q=child+protection&objective=10&objective=11&featured=false&pageSize=50',
    );
  });

  it('round-trips through decodeQuery', () => {
    const query = {
      q: 'trafficking',
      objective: [10],
      action: ['10h', '10j'],
      country: ['BRA', 'VEN'],
      yearFrom: 2014,
      featured: true,
      facets: ['objective' as const, 'country' as const],
      sort: 'title' as const,
      page: 2,
      pageSize: 10,
    };
    expect(decodeQuery(PracticeQuery, encodeQuery(PracticeQuery, query))).toEqual({
      success: true,
      data: query,
    });
  });
});
