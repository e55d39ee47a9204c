import {
  DEFAULT_PAGE_SIZE,
  encodeQuery,
  MAX_PAGE_SIZE,
  Practice,
  PracticeList,
  PracticeQuery,
  type PracticeQueryInput,
  RelatedPractices,
} from '@gcm-practices/contract';
import type { BaseClient } from './base-client.js';
import type { CallOptions } from './options.js';
import { eachItem } from './pages.js';
import { pathSegment } from './path-segment.js';

const PATH = 'v1/practices';

/** One page of practices: `GET /v1/practices`. */
export function listPractices(
  client: BaseClient,
  query: PracticeQueryInput = {},
  options: CallOptions = {},
): Promise<PracticeList> {
  return client.getJson(PATH, PracticeList, {
    ...options,
    searchParams: encodeQuery(PracticeQuery, query),
    maxItems: query.pageSize ?? DEFAULT_PAGE_SIZE,
  });
}

/**
 * Every practice matching `query`, following the pages to the last one.
 * Starts at `query.page` (default 1); `pageSize` defaults to the maximum, 100.
 */
export function iteratePractices(
  client: BaseClient,
  query: PracticeQueryInput = {},
  options: CallOptions = {},
): AsyncGenerator<Practice, void, undefined> {
  const { page = 1, pageSize = MAX_PAGE_SIZE, ...filters } = query;
  return eachItem((p) => listPractices(client, { ...filters, page: p, pageSize }, options), page);
}

/** One practice by id: `GET /v1/practices/{id}`. */
export async function getPractice(
  client: BaseClient,
  id: string,
  options: CallOptions = {},
): Promise<Practice> {
  return client.getJson(`${PATH}/${pathSegment(id, 'practice id')}`, Practice, options);
}

/**
 * Up to three practices like this one: `GET /v1/practices/{id}/related` — those filed under the
 * same primary objective first, then those sharing more of its objective actions.
 */
export async function relatedPractices(
  client: BaseClient,
  id: string,
  options: CallOptions = {},
): Promise<Practice[]> {
  const body = await client.getJson(
    `${PATH}/${pathSegment(id, 'practice id')}/related`,
    RelatedPractices,
    options,
  );
  return body.data;
}

export interface PracticesApi {
  /** One page of practices. */
  list(query?: PracticeQueryInput, options?: CallOptions): Promise<PracticeList>;
  /** Every matching practice, page after page: `for await (const p of client.practices.iterate(q))`. */
  iterate(
    query?: PracticeQueryInput,
    options?: CallOptions,
  ): AsyncGenerator<Practice, void, undefined>;
  /** One practice by id; a `NotFoundError` when there is none. */
  get(id: string, options?: CallOptions): Promise<Practice>;
  /** Up to three practices like this one; a `NotFoundError` when no practice has this id. */
  related(id: string, options?: CallOptions): Promise<Practice[]>;
}

export function practicesApi(client: BaseClient): PracticesApi {
  return {
    list: (query, options) => listPractices(client, query, options),
    iterate: (query, options) => iteratePractices(client, query, options),
    get: (id, options) => getPractice(client, id, options),
    related: (id, options) => relatedPractices(client, id, options),
  };
}
