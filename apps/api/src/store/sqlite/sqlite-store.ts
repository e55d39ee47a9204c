import type {
  Campaign,
  Locale,
  Objective,
  Practice,
  Resource,
  Taxonomies,
} from '@gcm-practices/contract';
import type { CatalogueName, CatalogueQuery, SearchPage } from '../../search/catalogue-spec.js';
import type { IndexChunk } from '../../search/index-chunks.js';
import type { TextTerm } from '../../search/text-query.js';
import type {
  CampaignFilter,
  CatalogueStore,
  CatalogueWriter,
  Store,
  StoreTransaction,
} from '../catalogue-store.js';
import {
  CAMPAIGN_ORDER,
  labelDocumentName,
  objectiveDocuments,
  TABLES,
} from '../catalogue-tables.js';
import { relatedPracticesSql } from '../related-practices-sql.js';
import { SubmissionRecords } from '../submission-records.js';
import { TransactionQueue } from '../transaction-queue.js';
import { bumpCatalogueVersion, catalogueVersion } from './catalogue-version.js';
import { sqliteIndexChunks } from './index-chunks.js';
import { catalogueContent } from './migrations.js';
import { type Db, openDatabase } from './open.js';
import { searchInSql, textMatchesInSql } from './search-sql.js';
import { sqliteRunner } from './sql-runner.js';
import { prepared } from './statements.js';
import { writeCampaigns, writeReferenceData, writeResources } from './write-catalogue.js';
import { deletePractices, writePractices } from './write-practices.js';

/** How often to look for changes other processes made to the file. */
const WATCH_INTERVAL_MS = 500;

const inList = (count: number) =>
  count === 1 ? '= ?' : `IN (${Array.from({ length: count }, () => '?').join(', ')})`;

/**
 * The catalogue in one SQLite file, embedded in the process: zero set-up,
 * what `pnpm start` uses. better-sqlite3 answers synchronously; the store is
 * asynchronous only to share its interface with PostgreSQL.
 *
 * Reads use one connection. Writes use a second one, one transaction at a
 * time, so a reader never sees a transaction that has not committed (WAL
 * gives each read its snapshot).
 */
export class SqliteCatalogueStore implements CatalogueStore {
  readonly #db: Db;
  readonly #path: string;
  readonly #listeners = new Set<(version: string) => void>();
  #watch: NodeJS.Timeout | undefined;
  #dataVersion: number;
  #lastVersion: string;

  constructor(db: Db, path: string) {
    this.#db = db;
    this.#path = path;
    this.#dataVersion = db.pragma('data_version', { simple: true }) as number;
    this.#lastVersion = catalogueVersion(db);
  }

  /** Call after a commit on any connection of this process; other processes are polled for. */
  changed(): void {
    const version = catalogueVersion(this.#db);
    if (version === this.#lastVersion) return;
    this.#lastVersion = version;
    for (const listener of this.#listeners) listener(version);
  }

  async version(): Promise<string> {
    return catalogueVersion(this.#db);
  }

  onChange(listener: (version: string) => void): () => void {
    this.#listeners.add(listener);
    if (!this.#watch) {
      // data_version changes when another connection commits to the file.
      this.#watch = setInterval(() => {
        const now = this.#db.pragma('data_version', { simple: true }) as number;
        if (now !== this.#dataVersion) {
          this.#dataVersion = now;
          this.changed();
        }
      }, WATCH_INTERVAL_MS).unref();
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.stopWatching();
    };
  }

  stopWatching(): void {
    clearInterval(this.#watch);
    this.#watch = undefined;
  }

  async isEmpty(): Promise<boolean> {
    return prepared(this.#db, 'SELECT 1 FROM objectives LIMIT 1').get() === undefined;
  }

  async practiceCount(): Promise<number> {
    return prepared(this.#db, 'SELECT count(*) FROM practices').pluck().get() as number;
  }

  async practiceJson(id: string): Promise<string | undefined> {
    return prepared(
      this.#db,
      'SELECT d.json FROM practices p JOIN practice_documents d ON d.rowid = p.rowid WHERE p.id = ?',
    )
      .pluck()
      .get(id) as string | undefined;
  }

  async relatedPracticesJson(id: string, limit: number): Promise<string[] | undefined> {
    const rowid = prepared(this.#db, 'SELECT rowid FROM practices WHERE id = ?').pluck().get(id) as
      | number
      | undefined;
    if (rowid === undefined) return undefined;
    const sql = relatedPracticesSql({
      primaryObjective: "json_extract(d.json, '$.primaryObjective')",
      rowidParam: '?',
      limit,
    });
    return prepared(this.#db, sql).pluck().all(rowid) as string[];
  }

  async resourceJson(id: string): Promise<string | undefined> {
    return prepared(
      this.#db,
      'SELECT d.json FROM resources r JOIN resource_documents d ON d.rowid = r.rowid WHERE r.id = ?',
    )
      .pluck()
      .get(id) as string | undefined;
  }

  #document(name: string): string | undefined {
    return prepared(this.#db, 'SELECT json FROM documents WHERE name = ?').pluck().get(name) as
      | string
      | undefined;
  }

  async taxonomiesJson(locale: Locale = 'en'): Promise<string | undefined> {
    return this.#document(labelDocumentName('taxonomies', locale));
  }

  async objectivesJson(locale: Locale = 'en'): Promise<string[]> {
    if (locale !== 'en') {
      return objectiveDocuments(this.#document(labelDocumentName('objectives', locale)));
    }
    return prepared(this.#db, 'SELECT json FROM objectives ORDER BY number')
      .pluck()
      .all() as string[];
  }

  async practiceCountsByObjective(): Promise<Map<number, number>> {
    const rows = prepared(this.#db, 'SELECT value, count(*) FROM practice_objective GROUP BY value')
      .raw()
      .all() as [number, number][];
    return new Map(rows);
  }

  async campaignSeries(): Promise<{ id: string; series: string }[]> {
    return prepared(this.#db, 'SELECT id, series FROM campaigns ORDER BY id').all() as {
      id: string;
      series: string;
    }[];
  }

  async listCampaigns(filter: CampaignFilter): Promise<{ total: number; items: string[] }> {
    const terms: string[] = [];
    const params: (string | number)[] = [];
    if (filter.active !== undefined) {
      // A campaign with no known opening day is current until it closes.
      const open = '(c.opens IS NULL OR c.opens <= ?) AND c.closes >= ?';
      terms.push(filter.active ? open : `NOT (${open})`);
      params.push(filter.day, filter.day);
    }
    if (filter.kinds.length > 0) {
      terms.push(`c.kind ${inList(filter.kinds.length)}`);
      params.push(...filter.kinds);
    }
    if (filter.series !== undefined) {
      terms.push('c.series = ?');
      params.push(filter.series);
    }
    if (filter.objectives.length > 0) {
      terms.push(
        `c.rowid IN (SELECT campaign_rowid FROM campaign_objective WHERE value ${inList(filter.objectives.length)})`,
      );
      params.push(...filter.objectives);
    }
    const where = terms.length === 0 ? '' : `WHERE ${terms.join(' AND ')}`;
    const total = prepared(this.#db, `SELECT count(*) FROM campaigns c ${where}`)
      .pluck()
      .get(...params) as number;
    const items = prepared(
      this.#db,
      `SELECT c.json FROM campaigns c ${where} ORDER BY ${CAMPAIGN_ORDER} LIMIT ? OFFSET ?`,
    )
      .pluck()
      .all(...params, filter.limit, filter.offset) as string[];
    return { total, items };
  }

  async note<T>(key: string): Promise<T | undefined> {
    const json = prepared(this.#db, 'SELECT value FROM meta WHERE key = ?')
      .pluck()
      .get(`note:${key}`) as string | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  async search(catalogue: CatalogueName, query: CatalogueQuery): Promise<SearchPage> {
    return searchInSql(this.#db, catalogue, query);
  }

  async textMatches(
    catalogue: CatalogueName,
    text: readonly TextTerm[],
    ranked: boolean,
  ): Promise<Int32Array> {
    return textMatchesInSql(this.#db, catalogue, text, ranked);
  }

  async documents(catalogue: CatalogueName, rowids: readonly number[]): Promise<string[]> {
    const read = prepared(
      this.#db,
      `SELECT json FROM ${TABLES[catalogue].documents} WHERE rowid = ?`,
    ).pluck();
    // A row can only be missing if it was replaced since the index was read;
    // leaving it out beats splicing in `undefined`.
    return rowids
      .map((rowid) => read.get(rowid) as string | undefined)
      .filter((json): json is string => json !== undefined);
  }

  indexChunks(catalogue: CatalogueName): AsyncIterable<IndexChunk> {
    return sqliteIndexChunks(this.#path, this.#db, catalogue);
  }
}

class SqliteCatalogueWriter implements CatalogueWriter {
  wrote = false;
  constructor(private readonly db: Db) {}

  async writePractices(practices: readonly Practice[]): Promise<void> {
    this.wrote = true;
    writePractices(this.db, practices);
  }

  async deletePractices(ids: readonly string[]): Promise<void> {
    this.wrote = true;
    deletePractices(this.db, ids);
  }

  async writeResources(resources: readonly Resource[]): Promise<void> {
    this.wrote = true;
    writeResources(this.db, resources);
  }

  async writeCampaigns(campaigns: readonly Campaign[]): Promise<void> {
    this.wrote = true;
    writeCampaigns(this.db, campaigns);
  }

  async writeReferenceData(
    objectives: readonly Objective[],
    taxonomies: Taxonomies,
    locale?: Locale,
  ): Promise<void> {
    this.wrote = true;
    writeReferenceData(this.db, objectives, taxonomies, locale);
  }

  /**
   * Every catalogue table emptied, in this transaction; counts as a catalogue
   * change. Submissions, reviews and the audit log stay.
   */
  empty(): void {
    for (const table of [...catalogueContent, 'practices', 'resources', 'campaigns']) {
      this.db.exec(`DELETE FROM ${table}`);
    }
    this.db.exec(`DELETE FROM meta WHERE key LIKE 'note:%'`);
    this.wrote = true;
  }

  async writeNote(key: string, value: unknown): Promise<void> {
    prepared(this.db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(
      `note:${key}`,
      JSON.stringify(value),
    );
  }
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly location: string;
  readonly catalogue: SqliteCatalogueStore;
  readonly submissions: SubmissionRecords;
  readonly #reader: Db;
  #writer: Db | undefined;
  readonly #queue = new TransactionQueue();
  #closed = false;

  constructor(path: string) {
    this.location = path;
    this.#reader = openDatabase(path);
    this.catalogue = new SqliteCatalogueStore(this.#reader, path);
    this.submissions = new SubmissionRecords(sqliteRunner(this.#reader));
  }

  /** The connection writes go through: a second one, except in memory where there is only one. */
  #writeConnection(): Db {
    if (this.location === ':memory:') return this.#reader;
    this.#writer ??= openDatabase(this.location, { migrate: false });
    return this.#writer;
  }

  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.#queue.run(async () => {
      if (this.#closed) throw new Error(`the store ${this.location} is closed`);
      const db = this.#writeConnection();
      const catalogue = new SqliteCatalogueWriter(db);
      db.exec('BEGIN IMMEDIATE');
      try {
        const submissions = new SubmissionRecords(sqliteRunner(db));
        const result = await work({ catalogue, submissions });
        if (catalogue.wrote) bumpCatalogueVersion(db);
        db.exec('COMMIT');
        if (catalogue.wrote) this.catalogue.changed();
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /** Empty the catalogue (the seed command's --reset); submissions and the schema stay. */
  async reset(): Promise<void> {
    await this.transaction(async ({ catalogue }) => {
      (catalogue as SqliteCatalogueWriter).empty();
    });
  }

  /** Refresh the planner's statistics after a large load. */
  async analyse(): Promise<void> {
    const db = this.#writeConnection();
    // Bounded, so it stays fast on large catalogues.
    db.pragma('analysis_limit = 2000');
    db.exec('ANALYZE');
  }

  /** The connection for tests and benchmarks that read the file directly. */
  get connection(): Db {
    return this.#reader;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue.idle();
    this.catalogue.stopWatching();
    this.#writer?.close();
    this.#reader.close();
  }
}
