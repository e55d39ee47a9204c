import { ObjectiveWithCount } from '@gcm-practices/contract';
import * as z from 'zod/mini';
import type { BaseClient } from './base-client.js';
import type { CallOptions } from './options.js';
import { pathSegment } from './path-segment.js';

const PATH = 'v1/objectives';

/** Body of `GET /v1/objectives`: the 23 objectives in order, with their practice counts. */
export const ObjectiveList = z.object({ data: z.array(ObjectiveWithCount) });
export type ObjectiveList = z.infer<typeof ObjectiveList>;

/** All 23 objectives with their actions, SDG targets and practice counts. */
export function listObjectives(
  client: BaseClient,
  options: CallOptions = {},
): Promise<ObjectiveList> {
  return client.getJson(PATH, ObjectiveList, options);
}

/** One objective by number (1–23); a `NotFoundError` outside that range. */
export async function getObjective(
  client: BaseClient,
  number: number,
  options: CallOptions = {},
): Promise<ObjectiveWithCount> {
  return client.getJson(
    `${PATH}/${pathSegment(number, 'objective number')}`,
    ObjectiveWithCount,
    options,
  );
}

export interface ObjectivesApi {
  list(options?: CallOptions): Promise<ObjectiveList>;
  get(number: number, options?: CallOptions): Promise<ObjectiveWithCount>;
}

export function objectivesApi(client: BaseClient): ObjectivesApi {
  return {
    list: (options) => listObjectives(client, options),
    get: (number, options) => getObjective(client, number, options),
  };
}
