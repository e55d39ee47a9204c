import * as z from 'zod/mini';
import { CampaignKind } from './campaign.js';
import { PracticeStatus } from './practice.js';
import {
  ActionId,
  CountryCode,
  IsoDate,
  IsoDateTime,
  Locale,
  ObjectiveNumber,
  SdgTargetId,
  Slug,
  Year,
} from './primitives.js';
import { many, Page, PageSize } from './query-parameters.js';
import { ResourceCategory } from './resource.js';
import { ImplementerTypeId } from './taxonomy.js';

export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_VALUES_PER_PARAMETER,
} from './query-parameters.js';
export const MAX_QUERY_LENGTH = 200;

const SearchText = z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
  );

interface YearRange {
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
}
const yearRangeInOrder = z.refine<YearRange>(
  (q) => q.yearFrom === undefined || q.yearTo === undefined || q.yearFrom <= q.yearTo,
  { error: 'yearFrom must not be after yearTo', path: ['yearFrom'] },
);

export const PRACTICE_FACETS = [
  'objective',
  'action',
  'principle',
  'country',
  'region',
  'implementerType',
  'sdgTarget',
  'status',
  'featured',
] as const;
export const PracticeFacet = z.enum(
  PRACTICE_FACETS,
  `must be one of ${PRACTICE_FACETS.join(', ')}`,
);

export const PRACTICE_SORTS = ['relevance', 'newest', 'oldest', 'title'] as const;
export const PracticeSort = z.enum(PRACTICE_SORTS, `must be one of ${PRACTICE_SORTS.join(', ')}`);

/**
 * Language of the labels in a response (facet labels, objective and action titles, principle,
 * region and country names). Without it the API follows `Accept-Language`; a label with no
 * official wording in the language comes in English.
 */
const LabelLanguage = z.optional(Locale);

/**
 * `GET /v1/practices`. Repeated parameters are ORed (`objective=10&objective=11`),
 * different parameters are ANDed. Without `sort`, results are by relevance when
 * `q` is given; otherwise featured Repository practices come first, then the
 * newest (practices with no publication date last).
 */
export const PracticeQuery = z
  .object({
    q: z.optional(SearchText),
    objective: many(ObjectiveNumber),
    action: many(ActionId),
    principle: many(Slug),
    country: many(CountryCode),
    region: many(Slug),
    implementerType: many(ImplementerTypeId),
    sdgTarget: many(SdgTargetId),
    status: many(PracticeStatus),
    yearFrom: z.optional(Year),
    yearTo: z.optional(Year),
    featured: z.optional(z.boolean('must be true or false')),
    campaign: z.optional(Slug),
    facets: many(PracticeFacet),
    sort: z.optional(PracticeSort),
    lang: LabelLanguage,
    page: Page,
    pageSize: PageSize,
  })
  .check(yearRangeInOrder);

export const RESOURCE_FACETS = ['objective', 'country', 'region', 'category', 'year'] as const;
export const ResourceFacet = z.enum(
  RESOURCE_FACETS,
  `must be one of ${RESOURCE_FACETS.join(', ')}`,
);

export const RESOURCE_SORTS = ['relevance', 'newest', 'oldest', 'title'] as const;
export const ResourceSort = z.enum(RESOURCE_SORTS, `must be one of ${RESOURCE_SORTS.join(', ')}`);

/**
 * `GET /v1/resources`: the resource library, filtered like practices. Without `sort`,
 * results are by relevance when `q` is given and newest first otherwise (publications
 * with no year last).
 */
export const ResourceQuery = z
  .object({
    q: z.optional(SearchText),
    objective: many(ObjectiveNumber),
    country: many(CountryCode),
    region: many(Slug),
    category: many(ResourceCategory),
    yearFrom: z.optional(Year),
    yearTo: z.optional(Year),
    facets: many(ResourceFacet),
    sort: z.optional(ResourceSort),
    lang: LabelLanguage,
    page: Page,
    pageSize: PageSize,
  })
  .check(yearRangeInOrder);

/**
 * `GET /v1/campaigns`. `active=true` keeps the campaigns current at `at`
 * (default: now), i.e. whose `opens`…`closes` days contain that instant's date.
 */
export const CampaignQuery = z.object({
  active: z.optional(z.boolean('must be true or false')),
  at: z.optional(
    z.union([IsoDateTime, IsoDate], {
      error: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
    }),
  ),
  kind: many(CampaignKind),
  series: z.optional(Slug),
  objective: many(ObjectiveNumber),
  page: Page,
  pageSize: PageSize,
});

/** `GET /v1/objectives`, `GET /v1/objectives/{number}`, `GET /v1/taxonomies`: only the label language. */
export const LabelQuery = z.object({
  lang: LabelLanguage,
});

export type PracticeFacet = z.infer<typeof PracticeFacet>;
export type PracticeSort = z.infer<typeof PracticeSort>;
export type ResourceFacet = z.infer<typeof ResourceFacet>;
export type ResourceSort = z.infer<typeof ResourceSort>;
/** Query as a caller writes it: defaults may be left out. */
export type PracticeQueryInput = z.input<typeof PracticeQuery>;
/** Query as the server sees it after parsing: defaults applied. */
export type PracticeQuery = z.output<typeof PracticeQuery>;
export type ResourceQueryInput = z.input<typeof ResourceQuery>;
export type ResourceQuery = z.output<typeof ResourceQuery>;
export type CampaignQueryInput = z.input<typeof CampaignQuery>;
export type CampaignQuery = z.output<typeof CampaignQuery>;
export type LabelQueryInput = z.input<typeof LabelQuery>;
export type LabelQuery = z.output<typeof LabelQuery>;
