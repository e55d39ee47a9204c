import type { FacetBucket, PageLinks, PageMeta } from '@gcm-practices/contract';

/**
 * The list envelope as JSON text. Items arrive as the JSON stored in the
 * database and are spliced in as they are: parsing and re-serialising a page
 * of documents would be most of a request's CPU time.
 */
export function listBody(
  items: readonly string[],
  meta: PageMeta,
  links: PageLinks,
  facets?: Record<string, FacetBucket[]>,
): string {
  const facetPart = facets === undefined ? '' : `,"facets":${JSON.stringify(facets)}`;
  return `{"data":[${items.join(',')}],"meta":${JSON.stringify(meta)},"links":${JSON.stringify(links)}${facetPart}}`;
}
