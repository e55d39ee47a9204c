import type { PracticeQuery, ResourceQuery } from '@gcm-practices/contract';
import type { CatalogueQuery } from './catalogue-spec.js';
import { toTextQuery } from './text-query.js';

const strings = (values: readonly (string | number)[] | undefined) => (values ?? []).map(String);

/** `GET /v1/practices` parameters as a catalogue search. */
export function practiceSearch(query: PracticeQuery): CatalogueQuery {
  return {
    text: query.q === undefined ? undefined : toTextQuery(query.q),
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
    // Without a search, the featured Repository practices lead, then the newest.
    order: query.sort ?? (query.q === undefined ? 'featured-first' : 'relevance'),
    page: query.page,
    pageSize: query.pageSize,
    facets: query.facets ?? [],
  };
}

/** `GET /v1/resources` parameters as a catalogue search. */
export function resourceSearch(query: ResourceQuery): CatalogueQuery {
  return {
    text: query.q === undefined ? undefined : toTextQuery(query.q),
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
