import type { TextTerm } from './text-query.js';

/**
 * What the search engine needs to know about a searchable catalogue
 * (practices, publications), independent of how a store keeps it.
 */
export type CatalogueName = 'practices' | 'resources';

export interface CatalogueSpec {
  name: CatalogueName;
  /** Filterable and facetable fields by query-parameter name. */
  fields: readonly string[];
  /** The facet (if any) that yearFrom/yearTo count as its own filter. */
  yearFacet?: string;
  /** The field value whose items come first in the `featured-first` order, if any. */
  promoted?: { field: string; value: string };
}

/**
 * The orders a search can take: the four a client can ask for (`sort`), and
 * `featured-first`, the default order of a practice list without `q`.
 */
export type CatalogueOrder = 'relevance' | 'newest' | 'oldest' | 'title' | 'featured-first';

/** A decoded list query, reduced to what a search needs. */
export interface CatalogueQuery {
  /**
   * The text search (see text-query.ts). Undefined when there is none; null
   * when the text held no searchable word, which matches nothing.
   */
  text?: readonly TextTerm[] | null | undefined;
  /** Wire values per field: OR within a field, AND across fields. */
  filters: Readonly<Record<string, readonly string[]>>;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  order: CatalogueOrder;
  page: number;
  pageSize: number;
  facets: readonly string[];
}

export interface RawBucket {
  value: string;
  count: number;
}
export type RawFacets = Record<string, RawBucket[]>;

/** One page of a search: the items as stored JSON text, ready to splice into a body. */
export interface SearchPage {
  total: number;
  items: string[];
  facets: RawFacets | undefined;
}

export const PRACTICES: CatalogueSpec = {
  name: 'practices',
  fields: [
    'objective',
    'action',
    'principle',
    'country',
    'region',
    'implementerType',
    'sdgTarget',
    'status',
    'featured',
    'campaign',
  ],
  promoted: { field: 'featured', value: 'true' },
};

export const RESOURCES: CatalogueSpec = {
  name: 'resources',
  fields: ['objective', 'country', 'region', 'category', 'year'],
  // A publication has one year; yearFrom/yearTo are the year facet's own filter.
  yearFacet: 'year',
};

/** Whether a relevance order applies: only with a text that has words. */
export function isRanked(query: CatalogueQuery): boolean {
  return query.order === 'relevance' && Array.isArray(query.text);
}

// One collator for every sort: localeCompare with options builds a new one per call.
// Numeric, so objective 2 comes before objective 10.
const byValue = new Intl.Collator('en', { numeric: true });

/** Buckets as the API lists them: most results first, then by value. */
export function sortBuckets(buckets: RawBucket[]): RawBucket[] {
  return buckets
    .filter((b) => b.count > 0)
    .sort((a, b) => b.count - a.count || byValue.compare(a.value, b.value));
}
