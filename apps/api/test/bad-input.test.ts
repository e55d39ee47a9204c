import { PracticeList, Problem } from '@gcm-practices/contract';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { curatedPractices } from './support/reference.js';
import { getJson, useServer } from './support/server.js';

const server = useServer();

const e = encodeURIComponent;

/** [what the client sends, status, the parameters the problem must name, what a reason must say] */
const BAD: [string, number, string[], RegExp?][] = [
  // unknown parameters
  ['/v1/practices?foo=1', 400, ['foo'], /expected one of q, objective/],
  ['/v1/practices?Objective=10', 400, ['Objective']],
  ['/v1/practices?%00=1', 400, ['\u0000']],
  [`/v1/practices?${e('objective[]')}=10`, 400, ['objective[]']],
  ['/v1/campaigns?q=world', 400, ['q']],
  ['/v1/resources?featured=true', 400, ['featured']],
  // objectives out of range or malformed
  ['/v1/practices?objective=0', 400, ['objective'], /from 1 to 23/],
  ['/v1/practices?objective=24', 400, ['objective'], /from 1 to 23/],
  ['/v1/practices?objective=abc', 400, ['objective']],
  ['/v1/practices?objective=1.5', 400, ['objective']],
  ['/v1/practices?objective=-3', 400, ['objective']],
  ['/v1/practices?objective=99999999999999999999999', 400, ['objective']],
  [`/v1/practices?objective=${e('١٠')}`, 400, ['objective']],
  [`/v1/practices?objective=${e('10 OR 1=1')}`, 400, ['objective']],
  [
    `/v1/practices?${Array.from({ length: 51 }, () => 'objective=10').join('&')}`,
    400,
    ['objective'],
    /50/,
  ],
  // pages
  ['/v1/practices?page=0', 400, ['page'], /1 to 10000/],
  ['/v1/practices?page=-1', 400, ['page']],
  ['/v1/practices?page=two', 400, ['page']],
  ['/v1/practices?page=10001', 400, ['page']],
  ['/v1/practices?page=1e3', 400, ['page']],
  ['/v1/practices?page=1&page=2', 400, ['page'], /at most once/],
  ['/v1/practices?page=1&page=1', 400, ['page'], /at most once/],
  ['/v1/practices?page=1,2', 400, ['page']],
  [
    `/v1/practices?page=${Math.ceil(curatedPractices.length / 20) + 1}`,
    400,
    ['page'],
    /must be from 1 to \d+: \d+ results/,
  ],
  ['/v1/practices?objective=10&pageSize=5&page=9999', 400, ['page'], /from 1 to \d+/],
  ['/v1/practices?pageSize=101', 400, ['pageSize'], /1 to 100/],
  ['/v1/practices?pageSize=0', 400, ['pageSize']],
  ['/v1/practices?pageSize=100000000000', 400, ['pageSize']],
  ['/v1/campaigns?page=5', 400, ['page']],
  ['/v1/resources?page=2', 400, ['page']],
  // years
  ['/v1/practices?yearFrom=20x4', 400, ['yearFrom']],
  ['/v1/practices?yearFrom=1800', 400, ['yearFrom'], /1900 to 2100/],
  ['/v1/practices?yearTo=2101', 400, ['yearTo'], /1900 to 2100/],
  ['/v1/practices?yearFrom=2020&yearTo=2010', 400, ['yearFrom'], /after yearTo/],
  ['/v1/resources?yearFrom=2020&yearTo=2019', 400, ['yearFrom']],
  ['/v1/resources?yearTo=last', 400, ['yearTo']],
  // text
  [`/v1/practices?q=${'a'.repeat(10_000)}`, 400, ['q'], /200/],
  [`/v1/practices?q=${'é'.repeat(201)}`, 400, ['q'], /200/],
  ['/v1/practices?q=a&q=b', 400, ['q'], /at most once/],
  [`/v1/resources?q=${'x'.repeat(201)}`, 400, ['q']],
  // enumerations and formats
  ['/v1/practices?status=finished', 400, ['status'], /planned, ongoing, completed/],
  [`/v1/practices?status=${e('ongoing\u0000')}`, 400, ['status']],
  ['/v1/practices?sort=random', 400, ['sort'], /relevance, newest, oldest, title/],
  [`/v1/practices?sort=${e('title; DROP TABLE practices')}`, 400, ['sort']],
  ['/v1/practices?facets=year', 400, ['facets']],
  [`/v1/practices?facets=${e('objective) --')}`, 400, ['facets']],
  ['/v1/practices?featured=yes', 400, ['featured'], /true or false/],
  ['/v1/practices?implementerType=ngo', 400, ['implementerType']],
  ['/v1/practices?country=bra', 400, ['country'], /alpha-3/],
  [`/v1/practices?country=${e("BRA' OR '1'='1")}`, 400, ['country']],
  [`/v1/practices?country=${e('ΒRA')}`, 400, ['country']],
  ['/v1/practices?country=XYZ', 400, ['country'], /"XYZ" not found/],
  ['/v1/practices?country=BRA&country=QQQ', 400, ['country'], /"QQQ"/],
  ['/v1/practices?region=atlantis', 400, ['region'], /not found/],
  [`/v1/practices?region=${e('südamerika')}`, 400, ['region']],
  ['/v1/practices?action=10z', 400, ['action'], /one of 4a, .*10a, /],
  ['/v1/practices?action=99a', 400, ['action']],
  [`/v1/practices?principle=${e('Human Rights')}`, 400, ['principle']],
  ['/v1/practices?principle=no-such-principle', 400, ['principle']],
  ['/v1/practices?sdgTarget=18.1', 400, ['sdgTarget']],
  ['/v1/practices?sdgTarget=1.1', 400, ['sdgTarget'], /not found/],
  ['/v1/practices?campaign=call-for-practices-1999', 400, ['campaign'], /not found/],
  ['/v1/practices?campaign=a&campaign=b', 400, ['campaign']],
  ['/v1/resources?category=novel', 400, ['category']],
  ['/v1/resources?facets=status', 400, ['facets']],
  ['/v1/resources?country=XYZ', 400, ['country']],
  // campaigns' date
  ['/v1/campaigns?active=true&at=yesterday', 400, ['at'], /YYYY-MM-DD/],
  ['/v1/campaigns?at=2024-13-01', 400, ['at']],
  ['/v1/campaigns?at=2024-02-30', 400, ['at']],
  [`/v1/campaigns?at=${e('2024-07-30T25:00:00Z')}`, 400, ['at']],
  ['/v1/campaigns?at=2024-07-30T10:00:00', 400, ['at']],
  [`/v1/campaigns?at=${e("2024-07-30'; --")}`, 400, ['at']],
  ['/v1/campaigns?active=maybe', 400, ['active']],
  ['/v1/campaigns?kind=webinar', 400, ['kind']],
  ['/v1/campaigns?series=no-such-series', 400, ['series'], /not found/],
  ['/v1/campaigns?objective=0', 400, ['objective']],
  // several at once
  ['/v1/practices?objective=0&pageSize=500&foo=bar', 400, ['foo', 'objective', 'pageSize']],
  ['/v1/practices?country=XYZ&pageSize=0', 400, ['country', 'pageSize'], /"XYZ" not found/],
  [
    '/v1/practices?region=atlantis&action=10z&yearFrom=1800&campaign=nope',
    400,
    ['action', 'campaign', 'region', 'yearFrom'],
  ],
  ['/v1/campaigns?series=no-such-series&kind=webinar', 400, ['kind', 'series']],
  // endpoints that take no query parameters
  ['/v1/objectives?foo=1', 400, ['foo'], /one of lang/],
  ['/v1/objectives/10?lang=de', 400, ['lang'], /en, fr, es, ar/],
  ['/v1/taxonomies?lang=fr&x=1', 400, ['x']],
  ['/v1/openapi.json?v=2', 400, ['v']],
  ['/v1/practices/pacaraima-committee?fields=title', 400, ['fields']],
  ['/v1/resources/harrowing-journeys?x=1', 400, ['x']],
  // path parameters
  ['/v1/objectives/ten', 400, ['number']],
  ['/v1/objectives/24', 404, []],
  ['/v1/objectives/0', 404, []],
  ['/v1/practices/does-not-exist', 404, []],
  [`/v1/practices/${e("1' OR '1'='1")}`, 404, []],
  ['/v1/resources/does-not-exist', 404, []],
];

describe('bad input', () => {
  it.each(BAD)('%s → %i naming %j', async (path, status, names, reason) => {
    const response = await getJson(server.current, path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const problem = z.parse(Problem, response.body);
    expect(problem.status).toBe(status);
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
    if (status === 400) {
      expect(problem.type).toBe('/problems/invalid-parameters');
      expect(problem.invalidParams?.map((p) => p.name).sort()).toEqual([...names].sort());
      if (reason) expect(problem.invalidParams?.map((p) => p.reason).join(' | ')).toMatch(reason);
    } else {
      expect(problem.type).toBe('/problems/not-found');
    }
  });
});

describe('hostile but valid text', () => {
  const HOSTILE = [
    "' OR 1=1; DROP TABLE practices; --",
    '" OR ""="',
    'trafficking"',
    '"unbalanced',
    'NEAR(trafficking child, 2)',
    'child NOT labour',
    'title:trafficking',
    '-trafficking',
    'traff*',
    '*',
    '^child',
    'child AND OR NOT',
    'a + b - c',
    '(((((',
    'SELECT * FROM practice_documents',
    '\u0000nul',
    '🙂 trafficking 🙂',
    'الاتجار بالبشر',
    'מסחר בבני אדם',
    '人口贩卖',
    'Niñas y niños',
    'e\u0301migration',
    '\u202Eevil',
    '%00%27',
    '\\',
    ';',
    'a'.repeat(200),
  ];

  it.each(HOSTILE)('q=%s is searched as plain text', async (q) => {
    for (const sort of ['', '&sort=newest']) {
      const response = await getJson(
        server.current,
        `/v1/practices?q=${e(q)}${sort}&facets=objective,country`,
      );
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      z.parse(PracticeList, response.body);
    }
    const resources = await getJson(server.current, `/v1/resources?q=${e(q)}`);
    expect(resources.status).toBe(200);
  });

  it('still holds every practice after the injection attempts', async () => {
    const response = await getJson(server.current, '/v1/practices');
    expect(z.parse(PracticeList, response.body).meta.total).toBe(curatedPractices.length);
  });
});
