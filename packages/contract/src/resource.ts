import * as z from 'zod/mini';
import { CountryCode, HttpUrl, NonEmptyText, ObjectiveNumber, Slug, Year } from './primitives.js';

export const RESOURCE_CATEGORIES = [
  'guidance',
  'research',
  'report',
  'assessment',
  'brochure',
  'policy-brief',
  'training',
] as const;
export const ResourceCategory = z.enum(
  RESOURCE_CATEGORIES,
  `must be one of ${RESOURCE_CATEGORIES.join(', ')}`,
);

/** A publication in the Hub's resource library. */
export const Resource = z.object({
  id: Slug,
  title: NonEmptyText,
  /** Plain text. */
  summary: NonEmptyText,
  authors: z.array(NonEmptyText),
  publishers: z.array(NonEmptyText),
  year: Year,
  /** Empty when the publication is worldwide in scope (then `regions` holds `worldwide`). */
  countries: z.array(CountryCode),
  regions: z.array(Slug),
  category: ResourceCategory,
  objectives: z.array(ObjectiveNumber).check(z.minLength(1, 'must link at least one objective')),
  /** Null when the library lists the publication without a public address. */
  url: z.nullable(HttpUrl),
});

export type ResourceCategory = z.infer<typeof ResourceCategory>;
export type Resource = z.infer<typeof Resource>;
