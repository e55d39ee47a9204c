import * as z from 'zod/mini';

/**
 * Parameters shared by the list queries. Kept out of the package's exports:
 * the query schemas that use them are the public surface.
 */

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE = 10_000;
/** Most values one repeatable parameter may carry; more is a mistake, not a search. */
export const MAX_VALUES_PER_PARAMETER = 50;

/** A repeatable parameter: `objective=10&objective=11`. */
export const many = <T extends z.ZodMiniType>(item: T) =>
  z.optional(
    z
      .array(item)
      .check(
        z.maxLength(
          MAX_VALUES_PER_PARAMETER,
          `must not be repeated more than ${MAX_VALUES_PER_PARAMETER} times`,
        ),
      ),
  );

export const Page = z._default(
  z
    .int(`must be a whole page number from 1 to ${MAX_PAGE}`)
    .check(
      z.minimum(1, `must be a page number from 1 to ${MAX_PAGE}`),
      z.maximum(MAX_PAGE, `must be a page number from 1 to ${MAX_PAGE}`),
    ),
  1,
);

export const PageSize = z._default(
  z
    .int(`must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .check(
      z.minimum(1, `must be from 1 to ${MAX_PAGE_SIZE}`),
      z.maximum(MAX_PAGE_SIZE, `must be from 1 to ${MAX_PAGE_SIZE}`),
    ),
  DEFAULT_PAGE_SIZE,
);
