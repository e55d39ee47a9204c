import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  Campaign,
  type Practice,
  PracticeList,
  Practice as PracticeSchema,
  Problem,
  Resource,
} from '../src/index.js';

beforeAll(() => {
  // Browsers under a strict CSP run the schemas without code generation; test them that way.
  z.config({ jitless: true });
});

const practice: Practice = {
  id: 'pacaraima-committee',
  title: 'Pacaraima Committee',
  lang: 'en',
  summary: 'Legal assistance and information for migrants arriving at the border.',
  takeaway: null,
  implementers: [{ name: 'Government of Brazil', type: 'government' }],
  partners: [],
  countries: ['BRA'],
  regions: ['south-america'],
  primaryObjective: 10,
  objectives: [10, 3, 5, 8],
  actions: [],
  principles: [],
  sdgTargets: [],
  period: { start: 2021, end: null },
  status: null,
  results: ['30 people rescued from modern slavery in December 2023'],
  links: [],
  featured: true,
  campaign: 'call-for-practices-2024',
  source: {
    kind: 'repository',
    title: 'Migration Network Hub, Repository of Practices',
    url: 'https://migrationnetwork.un.org/practice/pacaraima-committee',
  },
  hubUrl: 'https://migrationnetwork.un.org/practice/pacaraima-committee',
  review: { status: 'peer-reviewed' },
  sections: { context: 'Began as a response to migrants facing exploitation at the border.' },
  relatedResources: [],
  publishedAt: '2024-07-30',
  updatedAt: '2024-07-30',
};

const knowledgeUptake = {
  ...practice,
  id: 'iom-x',
  featured: false,
  campaign: null,
  source: {
    kind: 'knowledge-uptake',
    title: 'Knowledge Uptake: trafficking in persons',
    url: null,
  },
  hubUrl: null,
  review: { status: 'not-reviewed' },
  publishedAt: null,
} satisfies Practice;

/** Paths of the issues a malformed copy of `record` raises. */
function issuePaths(schema: z.ZodMiniType, record: unknown): string[] {
  const result = z.safeParse(schema, record);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.join('.'));
}

describe('Practice', () => {
  it('accepts a well-formed practice', () => {
    expect(z.parse(PracticeSchema, practice)).toEqual(practice);
  });

  it.each<[string, Partial<Record<keyof Practice, unknown>>, string]>([
    ['a slug with spaces', { id: 'Pacaraima Committee' }, 'id'],
    ['an empty title', { title: '' }, 'title'],
    ['objective 24', { objectives: [10, 24] }, 'objectives.1'],
    ['objective 0', { objectives: [10, 0] }, 'objectives.1'],
    ['no objective', { objectives: [] }, 'objectives'],
    ['objectives not led by the primary one', { objectives: [3, 10] }, 'objectives'],
    ['an objective listed twice', { objectives: [10, 3, 3] }, 'objectives'],
    ['an unknown source kind', { source: { ...practice.source, kind: 'blog' } }, 'source.kind'],
    ['a hub address elsewhere', { hubUrl: 'https://example.org/practice/x' }, 'hubUrl'],
    ['an unknown review status', { review: { status: 'approved' } }, 'review.status'],
    ['a section that is not plain text', { sections: { aims: 42 } }, 'sections.aims'],
    ['an empty section', { sections: { lessons: '' } }, 'sections.lessons'],
    ['a language that is not a tag', { lang: 'English' }, 'lang'],
    ['a two-letter country code', { countries: ['BR'] }, 'countries.0'],
    ['an action without its objective', { actions: ['e'] }, 'actions.0'],
    [
      'an unknown implementer type',
      { implementers: [{ name: 'X', type: 'club' }] },
      'implementers.0.type',
    ],
    ['no implementer', { implementers: [] }, 'implementers'],
    ['a period ending before it starts', { period: { start: 2020, end: 2019 } }, 'period.end'],
    ['a year out of range', { period: { start: 1066, end: null } }, 'period.start'],
    ['a date in another format', { publishedAt: '30/07/2024' }, 'publishedAt'],
    ['a javascript: link', { links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url'],
    ['an unknown status', { status: 'paused' }, 'status'],
    ['a missing summary', { summary: undefined }, 'summary'],
  ])('rejects %s, pointing at the bad field', (_name, change, path) => {
    expect(issuePaths(PracticeSchema, { ...practice, ...change })).toEqual([path]);
  });

  it('names primaryObjective when it is not an objective number', () => {
    expect(issuePaths(PracticeSchema, { ...practice, primaryObjective: 24 })).toContain(
      'primaryObjective',
    );
  });

  it('accepts a practice with no publication date, status or sections', () => {
    expect(z.safeParse(PracticeSchema, { ...knowledgeUptake, sections: {} }).success).toBe(true);
  });

  it('keeps peer review and featuring for practices published in the Repository', () => {
    expect(
      issuePaths(PracticeSchema, { ...knowledgeUptake, review: { status: 'peer-reviewed' } }),
    ).toEqual(['review.status']);
    expect(issuePaths(PracticeSchema, { ...knowledgeUptake, featured: true })).toEqual([
      'featured',
    ]);
    const synthetic = { ...practice, source: { kind: 'synthetic', title: 'Synthetic', url: null } };
    expect(z.safeParse(PracticeSchema, synthetic).success).toBe(true);
  });

  it('keeps HTML in text fields as text (rendering decides, the schema never rewrites)', () => {
    const hostile = { ...practice, title: '<img src=x onerror=alert(1)>' };
    expect(z.parse(PracticeSchema, hostile).title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('Campaign', () => {
  const worldDay = {
    id: 'world-day-against-trafficking-2024',
    kind: 'awareness-day',
    title: 'World Day Against Trafficking in Persons',
    theme: 'Leave No Child Behind in the Fight Against Human Trafficking',
    description: 'A yearly day of awareness.',
    observance: '2024-07-30',
    opens: '2024-07-01',
    closes: '2024-07-30',
    callToAction: null,
    objectives: [10],
    recurrence: 'yearly',
    series: 'world-day-against-trafficking',
  };

  it('accepts an awareness day', () => {
    expect(z.safeParse(Campaign, worldDay).success).toBe(true);
  });

  it('rejects a window that closes before it opens', () => {
    expect(issuePaths(Campaign, { ...worldDay, opens: '2024-08-01' })).toEqual(['closes']);
  });

  it('accepts a campaign whose opening day the source does not give', () => {
    expect(z.safeParse(Campaign, { ...worldDay, opens: null }).success).toBe(true);
  });

  it('rejects an awareness day without an observance date', () => {
    expect(issuePaths(Campaign, { ...worldDay, observance: null })).toEqual(['observance']);
  });

  it('rejects a call for practices with an observance date', () => {
    expect(issuePaths(Campaign, { ...worldDay, kind: 'call-for-practices' })).toEqual([
      'observance',
    ]);
  });
});

describe('Resource', () => {
  const resource = {
    id: 'beneath-the-surface',
    title: 'Beneath the Surface',
    lang: 'en',
    summary: 'Methodological issues in research with assisted trafficking victims.',
    authors: ['Rebecca Surtees', 'Sarah Craggs'],
    publishers: [],
    year: 2010,
    countries: [],
    regions: ['worldwide'],
    category: null,
    objectives: [],
    url: null,
    relatedPractices: [],
  };

  it('accepts a publication the library gives no category, objective, publisher or address for', () => {
    expect(z.safeParse(Resource, resource).success).toBe(true);
    expect(z.safeParse(Resource, { ...resource, year: null }).success).toBe(true);
  });

  it('rejects a bad year and an unknown category, naming both fields', () => {
    expect(issuePaths(Resource, { ...resource, year: '2010', category: 'blog' }).sort()).toEqual([
      'category',
      'year',
    ]);
  });
});

describe('PracticeList', () => {
  it('accepts facets only for known fields', () => {
    const list = {
      data: [practice],
      meta: { total: 1, page: 1, pageSize: 20, pageCount: 1 },
      links: {
        self: '/v1/practices',
        first: '/v1/practices',
        last: '/v1/practices',
        prev: null,
        next: null,
      },
      facets: { objective: [{ value: '10', label: 'Trafficking in persons', count: 1 }] },
    };
    expect(z.safeParse(PracticeList, list).success).toBe(true);
    expect(issuePaths(PracticeList, { ...list, facets: { colour: [] } })).toEqual(['facets']);
  });
});

describe('Problem', () => {
  it('keeps extension members', () => {
    const problem = {
      type: '/problems/not-found',
      title: 'Not Found',
      status: 404,
      traceId: 'abc',
    };
    expect(z.parse(Problem, problem)).toEqual(problem);
  });

  it('rejects a status outside 400–599', () => {
    expect(issuePaths(Problem, { type: 'about:blank', title: 'OK', status: 200 })).toEqual([
      'status',
    ]);
  });
});
