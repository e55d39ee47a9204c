import {
  DEFAULT_PAGE_SIZE,
  encodeQuery,
  MAX_PAGE_SIZE,
  Resource,
  ResourceList,
  ResourceQuery,
  type ResourceQueryInput,
} from '@gcm-practices/contract';
import type { BaseClient } from './base-client.js';
import type { CallOptions } from './options.js';
import { eachItem } from './pages.js';
import { pathSegment } from './path-segment.js';

const PATH = 'v1/resources';

/** One page of the resource library: `GET /v1/resources`. */
export function listResources(
  client: BaseClient,
  query: ResourceQueryInput = {},
  options: CallOptions = {},
): Promise<ResourceList> {
  return client.getJson(PATH, ResourceList, {
    ...options,
    searchParams: encodeQuery(ResourceQuery, query),
    maxItems: query.pageSize ?? DEFAULT_PAGE_SIZE,
  });
}

/** Every resource matching `query`, page after page (`pageSize` defaults to 100). */
export function iterateResources(
  client: BaseClient,
  query: ResourceQueryInput = {},
  options: CallOptions = {},
): AsyncGenerator<Resource, void, undefined> {
  const { page = 1, pageSize = MAX_PAGE_SIZE, ...filters } = query;
  return eachItem((p) => listResources(client, { ...filters, page: p, pageSize }, options), page);
}

/** One publication by id: `GET /v1/resources/{id}`. */
export async function getResource(
  client: BaseClient,
  id: string,
  options: CallOptions = {},
): Promise<Resource> {
  return client.getJson(`${PATH}/${pathSegment(id, 'resource id')}`, Resource, options);
}

export interface ResourcesApi {
  list(query?: ResourceQueryInput, options?: CallOptions): Promise<ResourceList>;
  iterate(
    query?: ResourceQueryInput,
    options?: CallOptions,
  ): AsyncGenerator<Resource, void, undefined>;
  get(id: string, options?: CallOptions): Promise<Resource>;
}

export function resourcesApi(client: BaseClient): ResourcesApi {
  return {
    list: (query, options) => listResources(client, query, options),
    iterate: (query, options) => iterateResources(client, query, options),
    get: (id, options) => getResource(client, id, options),
  };
}
