import * as z from 'zod/mini';
import { NonEmptyText } from './primitives.js';

export const PageMeta = z.object({
  total: z.int().check(z.nonnegative()),
  page: z.int().check(z.minimum(1)),
  pageSize: z.int().check(z.minimum(1)),
  pageCount: z.int().check(z.nonnegative()),
});

/** Absolute URLs of the neighbouring pages, the same ones the `Link` header carries. */
export const PageLinks = z.object({
  self: z.string(),
  first: z.string(),
  last: z.string(),
  prev: z.nullable(z.string()),
  next: z.nullable(z.string()),
});

/** How many results carry one value of a field, counted without that field's own filter. */
export const FacetBucket = z.object({
  value: z.string(),
  label: NonEmptyText,
  count: z.int().check(z.nonnegative()),
});

/** The envelope of every list endpoint, typed by its item and the facet fields it offers. */
export const listOf = <Item extends z.ZodMiniType, Facet extends z.ZodMiniType<string>>(
  item: Item,
  facet: Facet,
) =>
  z.object({
    data: z.array(item),
    meta: PageMeta,
    links: PageLinks,
    facets: z.optional(z.partialRecord(facet, z.array(FacetBucket))),
  });

export type PageMeta = z.infer<typeof PageMeta>;
export type PageLinks = z.infer<typeof PageLinks>;
export type FacetBucket = z.infer<typeof FacetBucket>;
export interface List<Item, Facet extends string = never> {
  data: Item[];
  meta: PageMeta;
  links: PageLinks;
  facets?: Partial<Record<Facet, FacetBucket[]>> | undefined;
}
