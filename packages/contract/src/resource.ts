import * as z from 'zod/mini';
import {
  CountryCode,
  HttpUrl,
  LanguageTag,
  NonEmptyText,
  ObjectiveNumber,
  Slug,
  Year,
} from './primitives.js';

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

/**
 * A publication in the Hub's resource library. As with practices, a field the library does not
 * give is null or empty: `category`, `year` and `url` may be null, `authors`, `publishers` and
 * `objectives` empty.
 */
export const Resource = z.object({
  id: Slug,
  title: NonEmptyText,
  /** Language of `title` and `summary`. */
  lang: LanguageTag,
  /** Plain text. */
  summary: NonEmptyText,
  authors: z.array(NonEmptyText),
  publishers: z.array(NonEmptyText),
  /** Year of publication; null when the source does not give it. */
  year: z.nullable(Year),
  /** Empty when the publication is worldwide in scope (then `regions` holds `worldwide`). */
  countries: z.array(CountryCode),
  regions: z.array(Slug),
  /** Null when the library does not categorise the publication. */
  category: z.nullable(ResourceCategory),
  /** GCM objectives the publication is filed under; empty when the library names none. */
  objectives: z.array(ObjectiveNumber),
  /** Null when the library lists the publication without a public address. */
  url: z.nullable(HttpUrl),
  /** Ids of practices this publication describes or draws on. */
  relatedPractices: z.array(Slug),
});

export type ResourceCategory = z.infer<typeof ResourceCategory>;
export type Resource = z.infer<typeof Resource>;
