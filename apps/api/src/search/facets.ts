import { memoForVersion } from '../db/catalogue-version.js';
import type { Db } from '../db/open.js';
import type { Bitset } from './bitset.js';
import type { CatalogueIndex } from './catalogue-index.js';
import type { CatalogueSpec } from './catalogue-spec.js';
import type { Filter } from './filters.js';

export interface RawBucket {
  value: string;
  count: number;
}
export type RawFacets = Record<string, RawBucket[]>;

// One collator for every sort: localeCompare with options builds a new one per call.
// Numeric, so objective 2 comes before objective 10.
const byValue = new Intl.Collator('en', { numeric: true });

function countField(index: CatalogueIndex, name: string, base: Bitset): RawBucket[] {
  const buckets: RawBucket[] = [];
  const values = index.fields.get(name);
  if (!values || base.count() === 0) return buckets;
  for (const [value, rows] of values) {
    const count = base.countAnd(rows);
    if (count > 0) buckets.push({ value, count });
  }
  return buckets.sort((a, b) => b.count - a.count || byValue.compare(a.value, b.value));
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
 * Counts under no filter at all are the same for every request and are kept
 * until the catalogue changes.
 */
export function countFacets(
  db: Db,
  spec: CatalogueSpec,
  index: CatalogueIndex,
  filters: readonly Filter[],
  names: readonly string[],
): RawFacets {
  const facets: RawFacets = {};
  for (const name of new Set(names)) {
    const others = filters.filter((f) => f.field !== name);
    facets[name] =
      others.length === 0
        ? memoForVersion(db, `facet:${spec.table}:${name}`, () =>
            countField(index, name, index.all),
          )
        : countField(index, name, baseSet(index, others));
  }
  return facets;
}
