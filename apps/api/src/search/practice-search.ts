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
  documentTable: 'practice_documents',
  ftsTable: 'practice_fts',
  // Columns: title, summary, takeaway, implementers. A word in the title or the
  // implementer's name says more about the practice than one in the summary.
  ftsWeights: [10, 2, 3, 5],
  fields: {
    ...joinFields,
    status: { kind: 'column', column: 'status' },
    featured: {
      kind: 'column',
      column: 'featured',
      wireValue: (stored) => (stored === 1 ? 'true' : 'false'),
    },
    campaign: { kind: 'column', column: 'campaign' },
  },
  years: { start: 'year_start', end: 'year_end' },
  orders: {
    chronological: 'published_at, id',
    title: 'title COLLATE NOCASE, id',
  },
};

const strings = (values: readonly (string | number)[] | undefined) => (values ?? []).map(String);

export function toCatalogueQuery(query: PracticeQuery): CatalogueQuery {
  return {
    match: query.q === undefined ? undefined : toFtsExpression(query.q),
    filters: {
      objective: strings(query.objective),
      action: strings(query.action),
      principle: strings(query.principle),
      country: strings(query.country),
      region: strings(query.region),
      implementerType: strings(query.implementerType),
      sdgTarget: strings(query.sdgTarget),
      status: strings(query.status),
      featured: query.featured === undefined ? [] : [String(query.featured)],
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
