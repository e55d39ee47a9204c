import { PRACTICE_JOIN_TABLES, RESOURCE_JOIN_TABLES } from '../catalogue-tables.js';
import { submissionTablesSql } from '../submission-tables.js';
import type { Db } from './open.js';
import { reindexText } from './write-text.js';

/**
 * The SQLite layout. Append a migration whenever it changes; `PRAGMA
 * user_version` records how many a file has had. PostgreSQL keeps the same
 * numbering (store/postgres/migrations.ts).
 *
 * Every list filter has an index: multi-valued fields live in join tables whose
 * primary key is (value, rowid), so "practices with objective 10" is one index
 * range already in rowid order — which is also how the in-memory search index
 * (search/catalogue-index.ts) reads them. The (rowid, value) indexes serve
 * replacing one practice's rows. Each `rowid` is declared INTEGER PRIMARY KEY
 * so VACUUM cannot renumber it under the join tables.
 */

function joinTable(name: string, owner: 'practice' | 'resource' | 'campaign', type: string) {
  return `
    CREATE TABLE ${name} (
      value ${type} NOT NULL,
      ${owner}_rowid INTEGER NOT NULL,
      PRIMARY KEY (value, ${owner}_rowid)
    ) WITHOUT ROWID;
    CREATE INDEX ${name}_by_${owner} ON ${name} (${owner}_rowid, value);`;
}

// Porter stemming lets "trafficked" find "trafficking"; remove_diacritics lets
// "Mexico" find "México". The tables are contentless: the text lives in the JSON
// column, and the index only has to yield rowids and bm25 ranks.
const FTS_OPTIONS = `content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2'`;

const V1 = `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE documents (
    name TEXT PRIMARY KEY,
    json TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE objectives (
    number INTEGER PRIMARY KEY,
    json TEXT NOT NULL
  );

  CREATE TABLE practices (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    published_at TEXT NOT NULL,
    -- Period bounds with the open ends filled in (0 = since before records,
    -- 9999 = still running), so an overlap test is two plain comparisons.
    year_start INTEGER NOT NULL,
    year_end INTEGER NOT NULL,
    status TEXT NOT NULL,
    featured INTEGER NOT NULL,
    campaign TEXT
  );
  -- Scanned forwards for oldest first, backwards for newest first.
  CREATE INDEX practices_published ON practices (published_at, id);
  CREATE INDEX practices_title ON practices (title COLLATE NOCASE, id);
  CREATE INDEX practices_status ON practices (status);
  CREATE INDEX practices_featured ON practices (featured);
  CREATE INDEX practices_campaign ON practices (campaign);
  CREATE INDEX practices_year_start ON practices (year_start);
  CREATE INDEX practices_year_end ON practices (year_end);
  ${joinTable('practice_objective', 'practice', 'INTEGER')}
  ${joinTable('practice_action', 'practice', 'TEXT')}
  ${joinTable('practice_principle', 'practice', 'TEXT')}
  ${joinTable('practice_country', 'practice', 'TEXT')}
  ${joinTable('practice_region', 'practice', 'TEXT')}
  ${joinTable('practice_implementer_type', 'practice', 'TEXT')}
  ${joinTable('practice_sdg_target', 'practice', 'TEXT')}
  -- The response bodies, apart from the filter columns so that scanning
  -- practices (to build the search index) reads a few MB, not every document.
  CREATE TABLE practice_documents (
    rowid INTEGER PRIMARY KEY,
    json TEXT NOT NULL
  );
  CREATE VIRTUAL TABLE practice_fts USING fts5(title, summary, takeaway, implementers, ${FTS_OPTIONS});

  CREATE TABLE resources (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    category TEXT NOT NULL
  );
  CREATE INDEX resources_year ON resources (year, id);
  CREATE INDEX resources_title ON resources (title COLLATE NOCASE, id);
  CREATE INDEX resources_category ON resources (category);
  ${joinTable('resource_objective', 'resource', 'INTEGER')}
  ${joinTable('resource_country', 'resource', 'TEXT')}
  ${joinTable('resource_region', 'resource', 'TEXT')}
  CREATE TABLE resource_documents (
    rowid INTEGER PRIMARY KEY,
    json TEXT NOT NULL
  );
  CREATE VIRTUAL TABLE resource_fts USING fts5(title, summary, authors, publishers, ${FTS_OPTIONS});

  CREATE TABLE campaigns (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    series TEXT NOT NULL,
    opens TEXT NOT NULL,
    closes TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX campaigns_opens ON campaigns (opens, id);
  CREATE INDEX campaigns_closes ON campaigns (closes);
  CREATE INDEX campaigns_series ON campaigns (series);
  CREATE INDEX campaigns_kind ON campaigns (kind);
  ${joinTable('campaign_objective', 'campaign', 'INTEGER')}
`;

// The full-text tables index the terms of search/text-analysis.ts, shared with
// PostgreSQL, instead of FTS5's own porter tokenizer: the ascii tokenizer only
// splits them at the spaces they are joined with. Columns a–d are the weight
// groups of store/text-columns.ts (title, then implementers or authors, …).
// They keep their text: a contentless table cannot take a row's terms out of
// its totals when the row is deleted, so BM25 would drift from PostgreSQL's
// after every update.
const FTS_V2 = `tokenize='ascii'`;
function v2(db: Db): void {
  db.exec(`
    DROP TABLE practice_fts;
    DROP TABLE resource_fts;
    CREATE VIRTUAL TABLE practice_fts USING fts5(a, b, c, d, ${FTS_V2});
    CREATE VIRTUAL TABLE resource_fts USING fts5(a, b, c, d, ${FTS_V2});
  `);
  reindexText(db);
}

/**
 * Unknown values (contract 2): a practice's publication date and status, a
 * publication's year and category, and a campaign's opening day may be NULL.
 * SQLite cannot drop a NOT NULL, so the three tables are made again. The
 * stored documents lack what items now carry (a practice's source, review and
 * Hub page, …) and cannot be completed without guessing, so the catalogue is
 * emptied: the server loads the curated dataset again on its next start (run
 * `seed --synthetic` again for generated practices). The date orders get
 * indexes that put the undated last in both directions.
 */
export const catalogueContent = [
  ...Object.values(PRACTICE_JOIN_TABLES),
  'practice_documents',
  'practice_fts',
  ...Object.values(RESOURCE_JOIN_TABLES),
  'resource_documents',
  'resource_fts',
  'campaign_objective',
  'objectives',
  'documents',
];
const V3 = `
  ${catalogueContent.map((table) => `DELETE FROM ${table};`).join('\n  ')}
  DELETE FROM meta WHERE key LIKE 'note:%';

  DROP TABLE practices;
  CREATE TABLE practices (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    published_at TEXT,
    -- Period bounds with the open ends filled in (0 = since before records,
    -- 9999 = still running), so an overlap test is two plain comparisons; a
    -- period with no known year is the empty range 9999…0.
    year_start INTEGER NOT NULL,
    year_end INTEGER NOT NULL,
    status TEXT,
    featured INTEGER NOT NULL,
    campaign TEXT
  );
  CREATE INDEX practices_newest ON practices ((published_at IS NULL), published_at DESC, id DESC);
  CREATE INDEX practices_oldest ON practices ((published_at IS NULL), published_at, id);
  CREATE INDEX practices_featured_first
    ON practices (featured DESC, (published_at IS NULL), published_at DESC, id DESC);
  CREATE INDEX practices_title ON practices (title COLLATE NOCASE, id);
  CREATE INDEX practices_status ON practices (status);
  CREATE INDEX practices_featured ON practices (featured);
  CREATE INDEX practices_campaign ON practices (campaign);
  CREATE INDEX practices_year_start ON practices (year_start);
  CREATE INDEX practices_year_end ON practices (year_end);

  DROP TABLE resources;
  CREATE TABLE resources (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    year INTEGER,
    category TEXT
  );
  CREATE INDEX resources_year ON resources (year, id);
  CREATE INDEX resources_newest ON resources ((year IS NULL), year DESC, id DESC);
  CREATE INDEX resources_oldest ON resources ((year IS NULL), year, id);
  CREATE INDEX resources_title ON resources (title COLLATE NOCASE, id);
  CREATE INDEX resources_category ON resources (category);

  DROP TABLE campaigns;
  CREATE TABLE campaigns (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    series TEXT NOT NULL,
    opens TEXT,
    closes TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX campaigns_opens ON campaigns (coalesce(opens, closes), id);
  CREATE INDEX campaigns_closes ON campaigns (closes);
  CREATE INDEX campaigns_series ON campaigns (series);
  CREATE INDEX campaigns_kind ON campaigns (kind);
`;

export interface Migration {
  name: string;
  up: string | ((db: Db) => void);
}

/** Migration n (1-based) takes a database from user_version n-1 to n. */
export const MIGRATIONS: readonly Migration[] = [
  { name: 'catalogue', up: V1 },
  { name: 'shared text analysis', up: v2 },
  { name: 'unknown dates and categories', up: V3 },
  { name: 'calls for practices', up: submissionTablesSql('sqlite') },
];
export const SCHEMA_VERSION = MIGRATIONS.length;
