import type {
  Campaign,
  Locale,
  Objective,
  Practice,
  Resource,
  Taxonomies,
} from '@gcm-practices/contract';
import type pg from 'pg';
import { redactUrl } from '../../config.js';
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
import { StoreOpenError } from '../store-open-error.js';
import { SubmissionRecords } from '../submission-records.js';
import { SUBMISSION_TABLES } from '../submission-tables.js';
import { TransactionQueue } from '../transaction-queue.js';
import { CATALOGUE_CHANNEL, CatalogueListener } from './catalogue-listener.js';
import { checkIn, checkOut, createPool, openError } from './connect.js';
import { postgresIndexChunks } from './index-chunks.js';
import { migrate, SCHEMA_VERSION, SchemaTooNewError } from './migrations.js';
import { searchInSql, textMatchesInSql } from './search-sql.js';
import { postgresRunner } from './sql-runner.js';
import {
  deletePractices,
  refreshTextStatistics,
  writeCampaigns,
  writePractices,
  writeReferenceData,
  writeResources,
} from './write-catalogue.js';

/** Run reads that must agree (a total and its page) in one snapshot. */
async function inSnapshot<T>(
  pool: pg.Pool,
  read: (client: pg.ClientBase) => Promise<T>,
): Promise<T> {
  const client = await checkOut(pool);
  let broken = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await read(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    broken = await client.query('ROLLBACK').then(
      () => false,
      () => true,
    );
    throw error;
  } finally {
    checkIn(client, broken);
  }
}

/**
 * The catalogue in PostgreSQL, shared by any number of API processes. Each
 * learns of a change made through any other within milliseconds (LISTEN/NOTIFY
 * on the catalogue version) and keeps nothing another process could not
 * rebuild from the database.
 */
export class PostgresCatalogueStore implements CatalogueStore {
  readonly #pool: pg.Pool;
  readonly #listeners = new Set<(version: string) => void>();
  #version = '0';
  listener: CatalogueListener | undefined;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async readVersion(): Promise<string> {
    const { rows } = await this.#pool.query<{ value: string }>(
      `SELECT value FROM meta WHERE key = 'catalogue_version'`,
    );
    return rows[0]?.value ?? '0';
  }

  /** A version seen through a notification, a commit here, or a read. */
  seen(version: string): void {
    if (version === this.#version || Number(version) < Number(this.#version)) return;
    this.#version = version;
    for (const listener of this.#listeners) listener(version);
  }

  async version(): Promise<string> {
    if (this.listener?.listening) return this.#version;
    const version = await this.readVersion();
    this.seen(version);
    return version;
  }

  onChange(listener: (version: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async isEmpty(): Promise<boolean> {
    const { rowCount } = await this.#pool.query('SELECT 1 FROM objectives LIMIT 1');
    return rowCount === 0;
  }

  async practiceCount(): Promise<number> {
    const { rows } = await this.#pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM practices',
    );
    return rows[0]?.n ?? 0;
  }

  async #json(sql: string, params: unknown[]): Promise<string | undefined> {
    const { rows } = await this.#pool.query<{ json: string }>(sql, params);
    return rows[0]?.json;
  }

  practiceJson(id: string): Promise<string | undefined> {
    return this.#json(
      'SELECT d.json FROM practices p JOIN practice_documents d ON d.rowid = p.rowid WHERE p.id = $1',
      [id],
    );
  }

  async relatedPracticesJson(id: string, limit: number): Promise<string[] | undefined> {
    const found = await this.#pool.query<{ rowid: number }>(
      'SELECT rowid FROM practices WHERE id = $1',
      [id],
    );
    const rowid = found.rows[0]?.rowid;
    if (rowid === undefined) return undefined;
    const sql = relatedPracticesSql({
      primaryObjective: "(d.json::json ->> 'primaryObjective')::integer",
      rowidParam: '$1',
      limit,
    });
    const { rows } = await this.#pool.query<{ json: string }>(sql, [rowid]);
    return rows.map((row) => row.json);
  }

  resourceJson(id: string): Promise<string | undefined> {
    return this.#json(
      'SELECT d.json FROM resources r JOIN resource_documents d ON d.rowid = r.rowid WHERE r.id = $1',
      [id],
    );
  }

  taxonomiesJson(locale: Locale = 'en'): Promise<string | undefined> {
    return this.#json('SELECT json FROM documents WHERE name = $1', [
      labelDocumentName('taxonomies', locale),
    ]);
  }

  async objectivesJson(locale: Locale = 'en'): Promise<string[]> {
    if (locale !== 'en') {
      return objectiveDocuments(
        await this.#json('SELECT json FROM documents WHERE name = $1', [
          labelDocumentName('objectives', locale),
        ]),
      );
    }
    const { rows } = await this.#pool.query<{ json: string }>(
      'SELECT json FROM objectives ORDER BY number',
    );
    return rows.map((row) => row.json);
  }

  async practiceCountsByObjective(): Promise<Map<number, number>> {
    const { rows } = await this.#pool.query<{ value: number; n: number }>(
      'SELECT value, count(*)::int AS n FROM practice_objective GROUP BY value',
    );
    return new Map(rows.map((row) => [row.value, row.n]));
  }

  async campaignSeries(): Promise<{ id: string; series: string }[]> {
    const { rows } = await this.#pool.query<{ id: string; series: string }>(
      'SELECT id, series FROM campaigns ORDER BY id',
    );
    return rows;
  }

  listCampaigns(filter: CampaignFilter): Promise<{ total: number; items: string[] }> {
    const terms: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.active !== undefined) {
      const day = add(filter.day);
      // A campaign with no known opening day is current until it closes.
      const open = `(c.opens IS NULL OR c.opens <= ${day}) AND c.closes >= ${day}`;
      terms.push(filter.active ? open : `NOT (${open})`);
    }
    if (filter.kinds.length > 0) terms.push(`c.kind = ANY(${add(filter.kinds)}::text[])`);
    if (filter.series !== undefined) terms.push(`c.series = ${add(filter.series)}`);
    if (filter.objectives.length > 0) {
      terms.push(
        `c.rowid IN (SELECT campaign_rowid FROM campaign_objective WHERE value = ANY(${add(filter.objectives)}::int[]))`,
      );
    }
    const where = terms.length === 0 ? '' : `WHERE ${terms.join(' AND ')}`;
    return inSnapshot(this.#pool, async (client) => {
      const { rows: counted } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM campaigns c ${where}`,
        params,
      );
      const { rows } = await client.query<{ json: string }>(
        `SELECT c.json FROM campaigns c ${where} ORDER BY ${CAMPAIGN_ORDER}
         LIMIT ${add(filter.limit)} OFFSET ${add(filter.offset)}`,
        params,
      );
      return { total: counted[0]?.n ?? 0, items: rows.map((row) => row.json) };
    });
  }

  async note<T>(key: string): Promise<T | undefined> {
    const value = await this.#json('SELECT value AS json FROM meta WHERE key = $1', [
      `note:${key}`,
    ]);
    return value === undefined ? undefined : (JSON.parse(value) as T);
  }

  search(catalogue: CatalogueName, query: CatalogueQuery): Promise<SearchPage> {
    return inSnapshot(this.#pool, (client) => searchInSql(client, catalogue, query));
  }

  textMatches(
    catalogue: CatalogueName,
    text: readonly TextTerm[],
    ranked: boolean,
  ): Promise<Int32Array> {
    return inSnapshot(this.#pool, (client) => textMatchesInSql(client, catalogue, text, ranked));
  }

  async documents(catalogue: CatalogueName, rowids: readonly number[]): Promise<string[]> {
    const { rows } = await this.#pool.query<{ json: string }>(
      `SELECT d.json FROM unnest($1::int[]) WITH ORDINALITY AS r(rowid, position)
       JOIN ${TABLES[catalogue].documents} d ON d.rowid = r.rowid
       ORDER BY r.position`,
      [rowids],
    );
    return rows.map((row) => row.json);
  }

  indexChunks(catalogue: CatalogueName): AsyncIterable<IndexChunk> {
    return postgresIndexChunks(this.#pool, catalogue);
  }
}

class PostgresCatalogueWriter implements CatalogueWriter {
  readonly touched = new Set<CatalogueName>();
  wrote = false;
  constructor(private readonly client: pg.ClientBase) {}

  async writePractices(practices: readonly Practice[]): Promise<void> {
    this.wrote = true;
    this.touched.add('practices');
    await writePractices(this.client, practices);
  }

  async deletePractices(ids: readonly string[]): Promise<void> {
    this.wrote = true;
    this.touched.add('practices');
    await deletePractices(this.client, ids);
  }

  async writeResources(resources: readonly Resource[]): Promise<void> {
    this.wrote = true;
    this.touched.add('resources');
    await writeResources(this.client, resources);
  }

  async writeCampaigns(campaigns: readonly Campaign[]): Promise<void> {
    this.wrote = true;
    await writeCampaigns(this.client, campaigns);
  }

  async writeReferenceData(
    objectives: readonly Objective[],
    taxonomies: Taxonomies,
    locale?: Locale,
  ): Promise<void> {
    this.wrote = true;
    await writeReferenceData(this.client, objectives, taxonomies, locale);
  }

  /**
   * Every catalogue table emptied, in this transaction; counts as a catalogue
   * change. Submissions, reviews and the audit log stay.
   */
  async empty(): Promise<void> {
    const { rows } = await this.client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
       AND NOT (tablename = ANY($1::text[]))`,
      [['schema_migrations', 'meta', ...SUBMISSION_TABLES]],
    );
    await this.client.query(
      `TRUNCATE ${rows.map((row) => row.tablename).join(', ')} RESTART IDENTITY`,
    );
    await this.client.query(`DELETE FROM meta WHERE key LIKE 'note:%'`);
    this.wrote = true;
    this.touched.add('practices').add('resources');
  }

  async writeNote(key: string, value: unknown): Promise<void> {
    await this.client.query(
      `INSERT INTO meta (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [`note:${key}`, JSON.stringify(value)],
    );
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly location: string;
  readonly catalogue: PostgresCatalogueStore;
  readonly submissions: SubmissionRecords;
  readonly #pool: pg.Pool;
  readonly #queue = new TransactionQueue();
  #closed = false;

  constructor(pool: pg.Pool, url: string) {
    this.#pool = pool;
    this.location = redactUrl(url);
    this.catalogue = new PostgresCatalogueStore(pool);
    this.submissions = new SubmissionRecords(postgresRunner(pool));
  }

  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.#queue.run(async () => {
      if (this.#closed) throw new Error(`the store ${this.location} is closed`);
      const client = await checkOut(this.#pool);
      const catalogue = new PostgresCatalogueWriter(client);
      let broken = false;
      try {
        await client.query('BEGIN');
        const submissions = new SubmissionRecords(postgresRunner(client));
        const result = await work({ catalogue, submissions });
        let version: string | undefined;
        if (catalogue.wrote) {
          for (const name of catalogue.touched) await refreshTextStatistics(client, name);
          const { rows } = await client.query<{ value: string }>(
            `INSERT INTO meta (key, value) VALUES ('catalogue_version', '1')
             ON CONFLICT (key) DO UPDATE SET value = (meta.value::bigint + 1)::text
             RETURNING value`,
          );
          version = rows[0]?.value;
          // Delivered to every listening process when, and only if, this commits.
          await client.query('SELECT pg_notify($1, $2)', [CATALOGUE_CHANNEL, version]);
        }
        await client.query('COMMIT');
        if (version !== undefined) this.catalogue.seen(version);
        return result;
      } catch (error) {
        broken = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        );
        throw error;
      } finally {
        checkIn(client, broken);
      }
    });
  }

  async analyse(): Promise<void> {
    await this.#pool.query('ANALYZE');
  }

  /** Empty the catalogue (the seed command's --reset); the schema stays. */
  async reset(): Promise<void> {
    await this.transaction(async ({ catalogue }) => {
      await (catalogue as PostgresCatalogueWriter).empty();
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue.idle();
    await this.catalogue.listener?.close();
    await this.#pool.end();
  }
}

export async function openPostgresStore(url: string): Promise<PostgresStore> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new StoreOpenError(
      redactUrl(url),
      'not a URL',
      'write DATABASE_URL as postgres://user:password@host:5432/database',
      error,
    );
  }
  const pool = createPool(url);
  try {
    const client = await checkOut(pool);
    try {
      await migrate(client);
    } finally {
      checkIn(client);
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof SchemaTooNewError) {
      throw new StoreOpenError(
        redactUrl(url),
        error.message,
        `upgrade the server to one that knows schema version ${error.found} (this one knows ${SCHEMA_VERSION})`,
      );
    }
    throw openError(parsed.toString(), error);
  }
  const store = new PostgresStore(pool, url);
  const catalogue = store.catalogue;
  const listener = new CatalogueListener(
    { connectionString: url, application_name: 'gcm-practices-api listener' },
    () => catalogue.readVersion(),
    (version) => catalogue.seen(version),
  );
  catalogue.listener = listener;
  try {
    await listener.start();
  } catch (error) {
    await store.close();
    throw openError(url, error);
  }
  return store;
}

export async function resetPostgresCatalogue(store: Store): Promise<void> {
  if (!(store instanceof PostgresStore)) throw new Error('not a PostgreSQL store');
  await store.reset();
}
