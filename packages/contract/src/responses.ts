import * as z from 'zod/mini';
import { Campaign } from './campaign.js';
import { listOf } from './list.js';
import { Practice } from './practice.js';
import { PracticeFacet, ResourceFacet } from './query.js';
import { Resource } from './resource.js';

/** Response bodies of the list endpoints. */
export const PracticeList = listOf(Practice, PracticeFacet);
export const ResourceList = listOf(Resource, ResourceFacet);
export const CampaignList = listOf(Campaign, z.never());

export type PracticeList = z.infer<typeof PracticeList>;
export type ResourceList = z.infer<typeof ResourceList>;
export type CampaignList = z.infer<typeof CampaignList>;

/** How many related practices `GET /v1/practices/{id}/related` returns at most. */
export const RELATED_PRACTICES_LIMIT = 3;

/**
 * Body of `GET /v1/practices/{id}/related`: up to three other practices, those filed under the
 * same primary objective first, then by how many objective actions they share with it, then
 * featured ones, then by id.
 */
export const RelatedPractices = z.object({
  data: z.array(Practice).check(z.maxLength(RELATED_PRACTICES_LIMIT)),
});

export type RelatedPractices = z.infer<typeof RelatedPractices>;
