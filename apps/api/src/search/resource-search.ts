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
  documentTable: 'resource_documents',
  ftsTable: 'resource_fts',
  // Columns: title, summary, authors, publishers.
  ftsWeights: [10, 2, 4, 4],
  fields: {
    ...joinFields,
    category: { kind: 'column', column: 'category' },
    year: { kind: 'column', column: 'year' },
  },
  // A publication has one year; yearFrom/yearTo are the year facet's own filter.
  years: { start: 'year', end: 'year', facet: 'year' },
  orders: {
    chronological: 'year, id',
    title: 'title COLLATE NOCASE, id',
  },
};

const strings = (values: readonly (string | number)[] | undefined) => (values ?? []).map(String);

function toCatalogueQuery(query: ResourceQuery): CatalogueQuery {
  return {
    match: query.q === undefined ? undefined : toFtsExpression(query.q),
    filters: {
      objective: strings(query.objective),
      country: strings(query.country),
      region: strings(query.region),
      category: strings(query.category),
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
