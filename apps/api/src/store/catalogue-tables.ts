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
  /** Newest first reads this order backwards. */
  chronological: readonly string[];
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
    years: { start: 'year_start', end: 'year_end' },
    chronological: ['published_at', 'id'],
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
    years: { start: 'year', end: 'year' },
    chronological: ['year', 'id'],
    textWeights: { A: 10, B: 4, C: 4, D: 2 },
  },
};
