import * as z from 'zod/mini';
import {
  ActionId,
  CountryCode,
  HttpUrl,
  IsoDate,
  LanguageTag,
  Link,
  NonEmptyText,
  ObjectiveNumber,
  SdgTargetId,
  Slug,
  Year,
} from './primitives.js';
import { ImplementerTypeId } from './taxonomy.js';

export const PRACTICE_STATUSES = ['planned', 'ongoing', 'completed'] as const;
export const PracticeStatus = z.enum(
  PRACTICE_STATUSES,
  `must be one of ${PRACTICE_STATUSES.join(', ')}`,
);

export const Implementer = z.object({
  name: NonEmptyText,
  type: ImplementerTypeId,
});

/** Years the practice ran; `end` is null while it is ongoing or when the source does not say. */
export const PracticePeriod = z
  .object({
    start: z.nullable(Year),
    end: z.nullable(Year),
  })
  .check(
    z.refine((p) => p.start === null || p.end === null || p.start <= p.end, {
      error: 'start must not be after end',
      path: ['end'],
    }),
  );

/**
 * Where a practice record comes from:
 * - `repository`: a practice of the Migration Network Hub's Repository of Practices;
 * - `knowledge-uptake`: a programme described in an IOM Knowledge Uptake piece;
 * - `objective-page`: an example on one of the Hub's GCM objective pages;
 * - `synthetic`: generated test data, describing nothing real.
 */
export const PRACTICE_SOURCE_KINDS = [
  'repository',
  'knowledge-uptake',
  'objective-page',
  'synthetic',
] as const;
export const PracticeSourceKind = z.enum(
  PRACTICE_SOURCE_KINDS,
  `must be one of ${PRACTICE_SOURCE_KINDS.join(', ')}`,
);

export const PracticeSource = z.object({
  kind: PracticeSourceKind,
  /** Title of the document or page the record was taken from. */
  title: NonEmptyText,
  /** Its address, or null when it has none that can be linked to. */
  url: z.nullable(HttpUrl),
});

export const REVIEW_STATUSES = ['peer-reviewed', 'not-reviewed'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES, `must be one of ${REVIEW_STATUSES.join(', ')}`);

/** Only practices the Hub publishes in its Repository, after its expert review, are `peer-reviewed`. */
export const PracticeReview = z.object({
  status: ReviewStatus,
});

/** The headings of the Hub's structured description of a practice, in the order it shows them. */
export const PRACTICE_SECTIONS = [
  'context',
  'aims',
  'beneficiaries',
  'activities',
  'results',
  'lessons',
] as const;

/**
 * The Hub's structured description of a practice, one plain-text entry per heading: how the
 * practice began, its aims, who benefits, its key activities, its results, its lessons. A
 * heading the source does not fill is absent.
 */
export const PracticeSections = z.object({
  context: z.optional(NonEmptyText),
  aims: z.optional(NonEmptyText),
  beneficiaries: z.optional(NonEmptyText),
  activities: z.optional(NonEmptyText),
  results: z.optional(NonEmptyText),
  lessons: z.optional(NonEmptyText),
});

const HUB_PRACTICE_URL = /^https:\/\/migrationnetwork\.un\.org\//;

/**
 * A programme or policy that implements the Global Compact for Migration.
 *
 * Every value comes from the practice's source; a field the source does not give is null or
 * empty, never filled in by guess.
 */
export const Practice = z
  .object({
    /** Stable identifier, also the URL slug. */
    id: Slug,
    title: NonEmptyText,
    /** Language of the record's texts: title, summary, takeaway, results and sections. */
    lang: LanguageTag,
    /** What the practice does, in a few sentences. Plain text. */
    summary: NonEmptyText,
    /** The lesson others can take from it. Plain text; null when none was published. */
    takeaway: z.nullable(NonEmptyText),
    implementers: z.array(Implementer).check(z.minLength(1, 'must name at least one implementer')),
    partners: z.array(NonEmptyText),
    countries: z.array(CountryCode),
    regions: z.array(Slug),
    /** The objective the practice is filed under. */
    primaryObjective: ObjectiveNumber,
    /** Every objective the practice serves, the primary one first. */
    objectives: z.array(ObjectiveNumber).check(z.minLength(1, 'must link at least one objective')),
    actions: z.array(ActionId),
    principles: z.array(Slug),
    sdgTargets: z.array(SdgTargetId),
    period: PracticePeriod,
    /** Null when the source does not say whether the practice is planned, running or over. */
    status: z.nullable(PracticeStatus),
    /** Outcomes reported by the implementers, one per entry. */
    results: z.array(NonEmptyText),
    links: z.array(Link),
    /** Highlighted by the Hub, e.g. in its featured practices for an awareness day. */
    featured: z.boolean(),
    /** The campaign (call for practices) it was collected through, if any. */
    campaign: z.nullable(Slug),
    source: PracticeSource,
    /** The practice's page on the Migration Network Hub, or null when it has none. */
    hubUrl: z.nullable(HttpUrl),
    review: PracticeReview,
    sections: PracticeSections,
    /** Ids of resource-library publications about this practice. */
    relatedResources: z.array(Slug),
    /** The day the practice was published; null when the source does not give it. */
    publishedAt: z.nullable(IsoDate),
    /** The day this record last changed in the catalogue that serves it. */
    updatedAt: IsoDate,
  })
  .check(
    z.refine((p) => p.objectives.length === 0 || p.objectives[0] === p.primaryObjective, {
      error: 'must list the primary objective first',
      path: ['objectives'],
    }),
    z.refine((p) => new Set(p.objectives).size === p.objectives.length, {
      error: 'must not list an objective twice',
      path: ['objectives'],
    }),
    z.refine(
      (p) =>
        p.review.status === 'not-reviewed' ||
        p.source.kind === 'repository' ||
        p.source.kind === 'synthetic',
      {
        error: 'only practices published in the Repository are peer reviewed',
        path: ['review', 'status'],
      },
    ),
    z.refine(
      (p) => !p.featured || p.source.kind === 'repository' || p.source.kind === 'synthetic',
      {
        error: 'only practices published in the Repository can be featured',
        path: ['featured'],
      },
    ),
    z.refine((p) => p.hubUrl === null || HUB_PRACTICE_URL.test(p.hubUrl), {
      error: 'must be an address on https://migrationnetwork.un.org/',
      path: ['hubUrl'],
    }),
  );

export type PracticeStatus = z.infer<typeof PracticeStatus>;
export type Implementer = z.infer<typeof Implementer>;
export type PracticePeriod = z.infer<typeof PracticePeriod>;
export type PracticeSourceKind = z.infer<typeof PracticeSourceKind>;
export type PracticeSource = z.infer<typeof PracticeSource>;
export type ReviewStatus = z.infer<typeof ReviewStatus>;
export type PracticeReview = z.infer<typeof PracticeReview>;
export type PracticeSectionName = (typeof PRACTICE_SECTIONS)[number];
export type PracticeSections = z.infer<typeof PracticeSections>;
export type Practice = z.infer<typeof Practice>;
