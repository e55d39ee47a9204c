import type { ResourceQuery } from '@gcm-practices/contract';
import type { Db } from '../db/open.js';
import { RESOURCE_JOIN_TABLES } from '../db/schema.js';
import { type SearchOutcome, searchCatalogue } from './catalogue-search.js';
import type { CatalogueQuery, CatalogueSpec, FieldSpec } from './catalogue-spec.js';
import { toFtsExpression } from './fts-query.js';

const joinFields = Object.fromEntries(
  Object.entries(RESOURCE_JOIN_TABLES).map(([field, table]) => [
    field,
    { kind: 'join', table, ownerColumn: 'resource_rowid' } satisfies FieldSpec,
  ]),
);

export const RESOURCE_CATALOGUE: CatalogueSpec = {
  table: 'resources',
  ftsTable: 'resource_fts',
  // Columns: title, summary, authors, publishers.
  rank: 'bm25(resource_fts, 10.0, 2.0, 4.0, 4.0)',
  fields: {
    ...joinFields,
    category: { kind: 'column', column: 'category' },
    year: { kind: 'column', column: 'year' },
  },
  // A publication has one year; yearFrom/yearTo are the year facet's own filter.
  years: { start: 'year', end: 'year', facet: 'year' },
  orders: {
    newest: 'p.year DESC, p.id',
    oldest: 'p.year, p.id',
    title: 'p.title COLLATE NOCASE, p.id',
  },
};

function toCatalogueQuery(query: ResourceQuery): CatalogueQuery {
  return {
    match: query.q === undefined ? undefined : toFtsExpression(query.q),
    filters: {
      objective: query.objective ?? [],
      country: query.country ?? [],
      region: query.region ?? [],
      category: query.category ?? [],
    },
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
    order: query.sort ?? (query.q === undefined ? 'newest' : 'relevance'),
    page: query.page,
    pageSize: query.pageSize,
    facets: query.facets ?? [],
  };
}

export function searchResources(db: Db, query: ResourceQuery): SearchOutcome {
  return searchCatalogue(db, RESOURCE_CATALOGUE, toCatalogueQuery(query));
}
