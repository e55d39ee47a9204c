import * as z from 'zod/mini';
import {
  ActionId,
  CountryCode,
  IsoDate,
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

/** A programme or policy submitted to the Repository of Practices. */
export const Practice = z.object({
  /** Stable identifier, also the URL slug. */
  id: Slug,
  title: NonEmptyText,
  /** What the practice does, in a few sentences. Plain text. */
  summary: NonEmptyText,
  /** The lesson others can take from it. Plain text; null when none was published. */
  takeaway: z.nullable(NonEmptyText),
  implementers: z.array(Implementer).check(z.minLength(1, 'must name at least one implementer')),
  partners: z.array(NonEmptyText),
  countries: z.array(CountryCode),
  regions: z.array(Slug),
  objectives: z.array(ObjectiveNumber).check(z.minLength(1, 'must link at least one objective')),
  actions: z.array(ActionId),
  principles: z.array(Slug),
  sdgTargets: z.array(SdgTargetId),
  period: PracticePeriod,
  status: PracticeStatus,
  /** Outcomes reported by the implementers, one per entry. */
  results: z.array(NonEmptyText),
  links: z.array(Link),
  featured: z.boolean(),
  /** The campaign (call for practices) it was collected through, if any. */
  campaign: z.nullable(Slug),
  publishedAt: IsoDate,
  updatedAt: IsoDate,
});

export type PracticeStatus = z.infer<typeof PracticeStatus>;
export type Implementer = z.infer<typeof Implementer>;
export type PracticePeriod = z.infer<typeof PracticePeriod>;
export type Practice = z.infer<typeof Practice>;
