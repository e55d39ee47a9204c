import * as z from 'zod/mini';

/**
 * Building blocks shared by every resource. Each carries the message a client
 * sees when a value is rejected, so a 400 reads the same wherever it comes from.
 */

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Lower-case, hyphen-separated identifier used in URLs: `pacaraima-committee`. */
export const Slug = z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(120, 'must be at most 120 characters'),
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'must be a lower-case slug such as "pacaraima-committee"',
    ),
  );

export const NonEmptyText = z
  .string()
  .check(z.minLength(1, 'must not be empty'), z.maxLength(4000, 'must be at most 4000 characters'));

export const Year = z
  .int(`must be a whole year from ${MIN_YEAR} to ${MAX_YEAR}`)
  .check(
    z.minimum(MIN_YEAR, `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`),
    z.maximum(MAX_YEAR, `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`),
  );

/** Calendar date without time or zone, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date('must be a calendar date written YYYY-MM-DD');

/** Instant with offset, `2024-07-30T09:00:00Z`. */
export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time such as 2024-07-30T09:00:00Z',
});

export const HttpUrl = z.url({
  protocol: /^https?$/,
  error: 'must be an absolute http(s) URL',
});

/** ISO 3166-1 alpha-3 country code, upper case: `BRA`. */
export const CountryCode = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "BRA"'));

/** The Global Compact for Migration has 23 objectives, numbered from 1. */
export const MIN_OBJECTIVE = 1;
export const MAX_OBJECTIVE = 23;
const OBJECTIVE_RANGE = `must be an objective number from ${MIN_OBJECTIVE} to ${MAX_OBJECTIVE}`;

export const ObjectiveNumber = z
  .int(OBJECTIVE_RANGE)
  .check(z.minimum(MIN_OBJECTIVE, OBJECTIVE_RANGE), z.maximum(MAX_OBJECTIVE, OBJECTIVE_RANGE));

/** An objective's lettered action, written with its objective: `10a` … `10j`. */
export const ActionId = z
  .string()
  .check(
    z.regex(
      /^(?:[1-9]|1[0-9]|2[0-3])[a-z]$/,
      'must be an objective number followed by an action letter, such as "10a"',
    ),
  );

/** SDG target, `goal.target`: `8.7`, `16.2`. */
export const SdgTargetId = z
  .string()
  .check(
    z.regex(/^(?:[1-9]|1[0-7])\.(?:[1-9][0-9]?|[a-d])$/, 'must be an SDG target such as "8.7"'),
  );

export const LOCALES = ['en', 'fr', 'es', 'ar'] as const;
/** The languages the API can label its vocabularies in; English is the source and the fallback. */
export const Locale = z.enum(LOCALES, 'must be one of en, fr, es, ar');

/** BCP 47 language tag of a text: `en`, `es`, `pt-BR`. */
export const LanguageTag = z
  .string()
  .check(
    z.regex(
      /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
      'must be a BCP 47 language tag such as "en" or "pt-BR"',
    ),
  );

export const Link = z.object({
  label: NonEmptyText,
  url: HttpUrl,
});

export type Year = z.infer<typeof Year>;
export type IsoDate = z.infer<typeof IsoDate>;
export type CountryCode = z.infer<typeof CountryCode>;
export type ObjectiveNumber = z.infer<typeof ObjectiveNumber>;
export type ActionId = z.infer<typeof ActionId>;
export type SdgTargetId = z.infer<typeof SdgTargetId>;
export type Locale = z.infer<typeof Locale>;
export type LanguageTag = z.infer<typeof LanguageTag>;
export type Link = z.infer<typeof Link>;
