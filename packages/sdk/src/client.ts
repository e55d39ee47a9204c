import { type BaseClient, createBaseClient } from './base-client.js';
import { type CampaignsApi, campaignsApi } from './campaigns.js';
import { type ObjectivesApi, objectivesApi } from './objectives.js';
import type { ClientOptions } from './options.js';
import { type PracticesApi, practicesApi } from './practices.js';
import { type ResourcesApi, resourcesApi } from './resources.js';
import { type ReviewApi, reviewApi } from './review.js';
import { rememberToken } from './review-token.js';
import { type SubmissionsApi, submissionsApi } from './submissions.js';
import { type TaxonomiesApi, taxonomiesApi } from './taxonomies.js';

export interface Client extends BaseClient {
  readonly practices: PracticesApi;
  readonly objectives: ObjectivesApi;
  readonly resources: ResourcesApi;
  readonly campaigns: CampaignsApi;
  readonly taxonomies: TaxonomiesApi;
  /** Calls for practices: submit, read the status, answer the reviewers. */
  readonly submissions: SubmissionsApi;
  /** Peer review, with the client's `token`. */
  readonly review: ReviewApi;
}

/**
 * A client of the practices API with every resource namespace. To ship only
 * the endpoints a page uses, see `createBaseClient` and the standalone
 * functions in the README.
 */
export function createClient(options: ClientOptions): Client {
  const base = createBaseClient(options);
  const client: Client = {
    ...base,
    practices: practicesApi(base),
    objectives: objectivesApi(base),
    resources: resourcesApi(base),
    campaigns: campaignsApi(base),
    taxonomies: taxonomiesApi(base),
    submissions: submissionsApi(base),
    review: reviewApi(base),
  };
  // The standalone review functions accept the full client too.
  rememberToken(client, options.token);
  return client;
}
