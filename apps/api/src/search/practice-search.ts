import type { PracticeQuery } from '@gcm-practices/contract';
import type { Db } from '../db/open.js';
import { PRACTICE_JOIN_TABLES } from '../db/schema.js';
import { type SearchOutcome, searchCatalogue } from './catalogue-search.js';
import type { CatalogueQuery, CatalogueSpec, FieldSpec } from './catalogue-spec.js';
import { toFtsExpression } from './fts-query.js';

const joinFields = Object.fromEntries(
  Object.entries(PRACTICE_JOIN_TABLES).map(([field, table]) => [
    field,
    { kind: 'join', table, ownerColumn: 'practice_rowid' } satisfies FieldSpec,
  ]),
);

export const PRACTICE_CATALOGUE: CatalogueSpec = {
  table: 'practices',
  ftsTable: 'practice_fts',
  // Columns: title, summary, takeaway, implementers. A word in the title or the
  // implementer's name says more about the practice than one in the summary.
  rank: 'bm25(practice_fts, 10.0, 2.0, 3.0, 5.0)',
  fields: {
    ...joinFields,
    status: { kind: 'column', column: 'status' },
    featured: {
      kind: 'column',
      column: 'featured',
      facetValue: (stored) => (stored === 1 ? 'true' : 'false'),
    },
    campaign: { kind: 'column', column: 'campaign' },
  },
  years: { start: 'year_start', end: 'year_end' },
  orders: {
    newest: 'p.published_at DESC, p.id',
    oldest: 'p.published_at, p.id',
    title: 'p.title COLLATE NOCASE, p.id',
  },
};

export function toCatalogueQuery(query: PracticeQuery): CatalogueQuery {
  return {
    match: query.q === undefined ? undefined : toFtsExpression(query.q),
    filters: {
      objective: query.objective ?? [],
      action: query.action ?? [],
      principle: query.principle ?? [],
      country: query.country ?? [],
      region: query.region ?? [],
      implementerType: query.implementerType ?? [],
      sdgTarget: query.sdgTarget ?? [],
      status: query.status ?? [],
      featured: query.featured === undefined ? [] : [query.featured ? 1 : 0],
      campaign: query.campaign === undefined ? [] : [query.campaign],
    },
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
    order: query.sort ?? (query.q === undefined ? 'newest' : 'relevance'),
    page: query.page,
    pageSize: query.pageSize,
    facets: query.facets ?? [],
  };
}

export function searchPractices(db: Db, query: PracticeQuery): SearchOutcome {
  return searchCatalogue(db, PRACTICE_CATALOGUE, toCatalogueQuery(query));
}
