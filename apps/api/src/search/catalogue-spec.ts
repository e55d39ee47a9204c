/**
 * How one searchable catalogue (practices, resources) maps onto its tables.
 * Every identifier here is a constant of the schema; client input only ever
 * becomes bound parameters.
 */

export type FilterValue = string | number;

export type FieldSpec =
  /** A multi-valued field stored in a join table `(value, <owner>_rowid)`. */
  | { kind: 'join'; table: string; ownerColumn: string }
  /** A single-valued column of the main table. */
  | {
      kind: 'column';
      column: string;
      /** How the column's stored value reads as a facet value (`1` → `"true"`). */
      facetValue?: (stored: unknown) => string;
    };

export interface CatalogueSpec {
  table: string;
  ftsTable: string;
  /** Ranking expression over `ftsTable`; lower is better, as with bm25(). */
  rank: string;
  fields: Readonly<Record<string, FieldSpec>>;
  /**
   * Columns bounding each item's years, for the yearFrom/yearTo overlap test,
   * and the facet (if any) that yearFrom/yearTo count as its own filter.
   */
  years: { start: string; end: string; facet?: string };
  /** ORDER BY clauses over alias `p`, each ending with the id so ties stay stable. */
  orders: Readonly<Record<'newest' | 'oldest' | 'title', string>>;
}

/** A decoded list query, reduced to what the search engine needs. */
export interface CatalogueQuery {
  /**
   * The text search as an FTS5 expression (see fts-query.ts). Undefined when
   * there is no text search; null when the text held no searchable word, which
   * matches nothing.
   */
  match?: string | null | undefined;
  filters: Readonly<Record<string, readonly FilterValue[]>>;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  order: 'relevance' | 'newest' | 'oldest' | 'title';
  page: number;
  pageSize: number;
  facets: readonly string[];
}
