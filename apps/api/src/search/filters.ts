import { Bitset } from './bitset.js';
import type { CatalogueIndex } from './catalogue-index.js';
import type { CatalogueQuery, CatalogueSpec } from './catalogue-spec.js';

/** The rows one query parameter lets through, tagged with the facet it belongs to. */
export interface Filter {
  field: string;
  rows: Bitset;
}

export const TEXT_FIELD = '_q';

/**
 * One row set per filtered field: the union of its values' rows (OR within a
 * field). Their intersection (AND across fields) is the result; leaving one
 * out gives that field's facet base.
 */
export function buildFilters(
  spec: CatalogueSpec,
  index: CatalogueIndex,
  query: CatalogueQuery,
  /** Rowids matching the text search; null = text with no searchable word; undefined = none. */
  text: Int32Array | null | undefined,
): Filter[] {
  const filters: Filter[] = [];
  if (text !== undefined) {
    const rows = new Bitset(index.size);
    if (text) for (const rowid of text) rows.add(rowid);
    filters.push({ field: TEXT_FIELD, rows });
  }
  for (const [field, values] of Object.entries(query.filters)) {
    if (values.length === 0) continue;
    const byValue = index.fields.get(field);
    const rows = new Bitset(index.size);
    for (const value of new Set(values)) {
      const withValue = byValue?.get(value);
      if (withValue) rows.or(withValue);
    }
    filters.push({ field, rows });
  }
  if (query.yearFrom !== undefined || query.yearTo !== undefined) {
    // Overlap of [start, end] with [yearFrom, yearTo]; open ends are stored as 0 and 9999.
    const from = query.yearFrom ?? 0;
    const to = query.yearTo ?? 9999;
    const rows = new Bitset(index.size);
    for (let rowid = 0; rowid < index.size; rowid++) {
      if ((index.yearStart[rowid] as number) <= to && (index.yearEnd[rowid] as number) >= from) {
        rows.add(rowid);
      }
    }
    filters.push({ field: spec.yearFacet ?? '_years', rows });
  }
  return filters;
}
