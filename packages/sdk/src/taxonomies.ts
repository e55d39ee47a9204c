import { Taxonomies } from '@gcm-practices/contract';
import type { BaseClient } from './base-client.js';
import type { CallOptions } from './options.js';

/** Labels for every id found on practices (objectives, actions, regions, …): `GET /v1/taxonomies`. */
export function getTaxonomies(client: BaseClient, options: CallOptions = {}): Promise<Taxonomies> {
  return client.getJson('v1/taxonomies', Taxonomies, options);
}

export interface TaxonomiesApi {
  get(options?: CallOptions): Promise<Taxonomies>;
}

export function taxonomiesApi(client: BaseClient): TaxonomiesApi {
  return { get: (options) => getTaxonomies(client, options) };
}
