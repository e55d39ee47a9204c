/**
 * How one searchable catalogue (practices, resources) maps onto its tables.
 * Every identifier here is a constant of the schema; client input only ever
 * becomes bound parameters or a lookup key in the in-memory index.
 */

export type FieldSpec =
  /** A multi-valued field stored in a join table `(value, <owner>_rowid)`. */
  | { kind: 'join'; table: string; ownerColumn: string }
  /** A single-valued column of the main table. */
  | {
      kind: 'column';
      column: string;
      /** How the stored value reads on the wire (`1` → `"true"`); default String(). */
      wireValue?: (stored: unknown) => string;
    };

export interface CatalogueSpec {
  table: string;
  /** rowid → the item's JSON, the response body. */
  documentTable: string;
  ftsTable: string;
  /** bm25() column weights, in the FTS table's column order. */
  ftsWeights: readonly number[];
  /** Filterable and facetable fields by query-parameter name. */
  fields: Readonly<Record<string, FieldSpec>>;
  /**
   * Columns bounding each item's years, for the yearFrom/yearTo overlap test,
   * and the facet (if any) that yearFrom/yearTo count as its own filter.
   */
  years: { start: string; end: string; facet?: string };
  /**
   * Ascending ORDER BY clauses, each ending with the id so ties stay stable.
   * "newest" is `chronological` read backwards, "oldest" read forwards.
   */
  orders: { chronological: string; title: string };
}

export type CatalogueOrder = 'relevance' | 'newest' | 'oldest' | 'title';

/** A decoded list query, reduced to what the search engine needs. */
export interface CatalogueQuery {
  /**
   * The text search as an FTS5 expression (see fts-query.ts). Undefined when
   * there is no text search; null when the text held no searchable word, which
   * matches nothing.
   */
  match?: string | null | undefined;
  /** Wire values per field: OR within a field, AND across fields. */
  filters: Readonly<Record<string, readonly string[]>>;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  order: CatalogueOrder;
  page: number;
  pageSize: number;
  facets: readonly string[];
}
