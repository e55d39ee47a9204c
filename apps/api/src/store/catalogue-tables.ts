import type { Locale } from '@gcm-practices/contract';
import type { CatalogueName } from '../search/catalogue-spec.js';

/**
 * The table layout both SQL stores share. Every identifier here is a
 * constant; client input only ever becomes bound parameters.
 *
 * Multi-valued fields live in join tables `(value, <owner>_rowid)` whose
 * primary key serves "practices with objective 10" as one index range, with a
 * second index `(<owner>_rowid, value)` for replacing one item's rows.
 */
export type FieldColumn =
  | { kind: 'join'; table: string; owner: string }
  | { kind: 'column'; column: string };

export interface CatalogueTables {
  table: string;
  documents: string;
  /** PostgreSQL: rowid → tsvector and term count (SQLite has its FTS5 table). */
  text: string;
  /** Field name → where its values are. */
  fields: Readonly<Record<string, FieldColumn>>;
  years: { start: string; end: string };
  /** The date column (null when unknown) and the tie-break column of the date orders. */
  chronological: readonly [date: string, id: string];
  /** A boolean column whose true rows come first in the catalogue's default order, if any. */
  promoted?: string;
  /** Full-text weights per column group, title first (see text-columns.ts). */
  textWeights: Readonly<Record<'A' | 'B' | 'C' | 'D', number>>;
}

const joins = (owner: string, fields: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(fields).map(([field, table]) => [
      field,
      { kind: 'join', table, owner: `${owner}_rowid` } satisfies FieldColumn,
    ]),
  );

export const PRACTICE_JOIN_TABLES = {
  objective: 'practice_objective',
  action: 'practice_action',
  principle: 'practice_principle',
  country: 'practice_country',
  region: 'practice_region',
  implementerType: 'practice_implementer_type',
  sdgTarget: 'practice_sdg_target',
} as const;

export const RESOURCE_JOIN_TABLES = {
  objective: 'resource_objective',
  country: 'resource_country',
  region: 'resource_region',
} as const;

export const TABLES: Readonly<Record<CatalogueName, CatalogueTables>> = {
  practices: {
    table: 'practices',
    documents: 'practice_documents',
    text: 'practice_text',
    fields: {
      ...joins('practice', PRACTICE_JOIN_TABLES),
      status: { kind: 'column', column: 'status' },
      featured: { kind: 'column', column: 'featured' },
      campaign: { kind: 'column', column: 'campaign' },
    },
    // A period with no known year is stored as the empty range 9999…0 (see
    // storedYears), which no year filter overlaps.
    years: { start: 'year_start', end: 'year_end' },
    chronological: ['published_at', 'id'],
    promoted: 'featured',
    // A word in the title or an implementer's name says more about a practice
    // than one in its takeaway or summary.
    textWeights: { A: 10, B: 5, C: 3, D: 2 },
  },
  resources: {
    table: 'resources',
    documents: 'resource_documents',
    text: 'resource_text',
    fields: {
      ...joins('resource', RESOURCE_JOIN_TABLES),
      category: { kind: 'column', column: 'category' },
      year: { kind: 'column', column: 'year' },
    },
    // A publication of unknown year (NULL) matches no year filter.
    years: { start: 'year', end: 'year' },
    chronological: ['year', 'id'],
    textWeights: { A: 10, B: 4, C: 4, D: 2 },
  },
};

/**
 * The period as the year filter reads it: an open end reaches the edge of time
 * (0 or 9999), but a period with no known year at all is the empty range
 * 9999…0, so a year filter never matches a practice whose years nobody knows.
 */
export function storedYears({
  start,
  end,
}: {
  start: number | null;
  end: number | null;
}): [number, number] {
  if (start === null && end === null) return [9999, 0];
  return [start ?? 0, end ?? 9999];
}

/**
 * The year bounds as the in-memory index reads them, with an unknown year
 * (NULL) as the empty range 9999…0, like SQL's NULL comparisons.
 */
export function yearBoundColumns(tables: CatalogueTables): [string, string] {
  return [`coalesce(${tables.years.start}, 9999)`, `coalesce(${tables.years.end}, 0)`];
}

/**
 * ORDER BY terms (on alias `p`) of the date orders, the same in both SQL
 * dialects: newest or oldest first with the undated last either way, ties by
 * id in the same direction; `featured-first` puts the promoted rows first,
 * each part newest first.
 */
export function dateOrderTerms(
  tables: CatalogueTables,
  order: 'newest' | 'oldest' | 'featured-first',
): string {
  const [date, id] = tables.chronological;
  if (order === 'oldest') return `(p.${date} IS NULL), p.${date}, p.${id}`;
  const newest = `(p.${date} IS NULL), p.${date} DESC, p.${id} DESC`;
  return order === 'featured-first' && tables.promoted
    ? `p.${tables.promoted} DESC, ${newest}`
    : newest;
}

/** The SQL of the index's date orders: dated rows oldest first, then the undated by id. */
export function dateOrderQueries(tables: CatalogueTables): { dated: string; undated: string } {
  const [date, id] = tables.chronological;
  return {
    dated: `SELECT rowid FROM ${tables.table} WHERE ${date} IS NOT NULL ORDER BY ${date}, ${id}`,
    undated: `SELECT rowid FROM ${tables.table} WHERE ${date} IS NULL ORDER BY ${id}`,
  };
}

/** Campaigns by opening day (the closing day when the opening one is unknown), then id. */
export const CAMPAIGN_ORDER = 'coalesce(c.opens, c.closes), c.id';

/**
 * The `documents` row holding the objectives or the taxonomies with their
 * labels in `locale`. The English objectives live in the `objectives` table
 * (one row each); every other language's are one JSON array.
 */
export function labelDocumentName(kind: 'objectives' | 'taxonomies', locale: Locale): string {
  return locale === 'en' ? kind : `${kind}.${locale}`;
}

/** A language's objectives document as one JSON text per objective (none if absent). */
export function objectiveDocuments(json: string | undefined): string[] {
  return json === undefined ? [] : (JSON.parse(json) as unknown[]).map((o) => JSON.stringify(o));
}
