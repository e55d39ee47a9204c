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
