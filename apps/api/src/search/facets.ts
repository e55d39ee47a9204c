import type { Bitset } from './bitset.js';
import type { CatalogueIndex } from './catalogue-index.js';
import { type RawBucket, type RawFacets, sortBuckets } from './catalogue-spec.js';
import type { Filter } from './filters.js';

function countField(index: CatalogueIndex, name: string, base: Bitset): RawBucket[] {
  const buckets: RawBucket[] = [];
  const values = index.fields.get(name);
  if (!values || base.count() === 0) return buckets;
  for (const [value, rows] of values) {
    buckets.push({ value, count: base.countAnd(rows) });
  }
  return sortBuckets(buckets);
}

function baseSet(index: CatalogueIndex, filters: readonly Filter[]): Bitset {
  const base = index.all.clone();
  for (const filter of filters) base.and(filter.rows);
  return base;
}

/**
 * Counts of each requested field's values among the results, each field
 * counted under every filter except its own: choosing a second country widens
 * the result, so the country facet must show what the other countries would add.
 */
export function countFacets(
  index: CatalogueIndex,
  filters: readonly Filter[],
  names: readonly string[],
): RawFacets {
  const facets: RawFacets = {};
  for (const name of new Set(names)) {
    const others = filters.filter((f) => f.field !== name);
    if (others.length > 0) {
      facets[name] = countField(index, name, baseSet(index, others));
      continue;
    }
    let unfiltered = index.unfilteredFacets.get(name) as RawBucket[] | undefined;
    if (!unfiltered) {
      unfiltered = countField(index, name, index.all);
      index.unfilteredFacets.set(name, unfiltered);
    }
    facets[name] = unfiltered;
  }
  return facets;
}
