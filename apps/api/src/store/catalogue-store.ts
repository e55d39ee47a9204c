import type {
  Campaign,
  Locale,
  Objective,
  Practice,
  Resource,
  Taxonomies,
} from '@gcm-practices/contract';
import type { CatalogueName, CatalogueQuery, SearchPage } from '../search/catalogue-spec.js';
import type { IndexChunk } from '../search/index-chunks.js';
import type { TextTerm } from '../search/text-query.js';
import type { SubmissionRecords } from './submission-records.js';

/**
 * Storage, as the API sees it: asynchronous, with no SQL or driver type in
 * sight. Two implementations: SQLite embedded in the process (store/sqlite)
 * and PostgreSQL shared by any number of API processes (store/postgres).
 * Routes reach it through Hono's context (`c.var.store`).
 *
 * `Store` groups the record stores: the catalogue, and the calls for
 * practices (submissions, reviews, reviewer tokens, the audit log and the
 * notification outbox), written in the same transactions as the catalogue
 * through `store.transaction()`, so that publishing a reviewed submission and
 * bumping the catalogue version commit together.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, for logs and errors: a file path, or a URL without its password. */
  readonly location: string;
  readonly catalogue: CatalogueStore;
  /** Calls for practices, read outside any transaction. */
  readonly submissions: SubmissionRecords;
  /**
   * Run `work` in one transaction: it commits when the promise resolves and
   * rolls back when it rejects. Transactions are serialised per store, and
   * readers never see a half-done one. A catalogue write inside bumps the
   * catalogue version once, at commit, and tells every process watching.
   */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** Refresh the query planner's statistics after a large load. */
  analyse?(): Promise<void>;
  close(): Promise<void>;
}

/** What can be written inside a transaction. */
export interface StoreTransaction {
  catalogue: CatalogueWriter;
  /** Calls for practices, read and written in this transaction. */
  submissions: SubmissionRecords;
}

export interface CatalogueWriter {
  /** Insert or replace by id, index rows included. */
  writePractices(practices: readonly Practice[]): Promise<void>;
  writeResources(resources: readonly Resource[]): Promise<void>;
  writeCampaigns(campaigns: readonly Campaign[]): Promise<void>;
  /** Take practices out of the catalogue (an unpublished submission), index rows included. */
  deletePractices(ids: readonly string[]): Promise<void>;
  /**
   * Objectives and taxonomies are small documents, replaced wholesale: the
   * English ones, or with `locale` a copy whose labels are in that language.
   */
  writeReferenceData(
    objectives: readonly Objective[],
    taxonomies: Taxonomies,
    locale?: Locale,
  ): Promise<void>;
  /** A small note kept with the catalogue (`synthetic_load`), JSON-encoded. */
  writeNote(key: string, value: unknown): Promise<void>;
}

/** A page of campaigns: by opening day, then id. */
export interface CampaignFilter {
  /** With `day`: true keeps campaigns open on that day, false the others. */
  active?: boolean | undefined;
  day: string;
  kinds: readonly string[];
  series?: string | undefined;
  objectives: readonly number[];
  limit: number;
  offset: number;
}

export interface CatalogueStore {
  /**
   * An opaque token that changes whenever the catalogue changes, through this
   * process or any other; everything derived from the catalogue is cached
   * per version.
   */
  version(): Promise<string>;
  /** Called with the new version when a change is seen; returns the unsubscribe function. */
  onChange(listener: (version: string) => void): () => void;

  isEmpty(): Promise<boolean>;
  practiceCount(): Promise<number>;
  practiceJson(id: string): Promise<string | undefined>;
  /**
   * Up to `limit` other practices like this one (same primary objective, then
   * shared actions; see related-practices-sql.ts), as stored JSON; undefined
   * when no practice has this id.
   */
  relatedPracticesJson(id: string, limit: number): Promise<string[] | undefined>;
  resourceJson(id: string): Promise<string | undefined>;
  /** The taxonomies with their labels in `locale` (default English), if written. */
  taxonomiesJson(locale?: Locale): Promise<string | undefined>;
  /** By number, with their labels in `locale` (default English); empty if not written. */
  objectivesJson(locale?: Locale): Promise<string[]>;
  practiceCountsByObjective(): Promise<Map<number, number>>;
  campaignSeries(): Promise<{ id: string; series: string }[]>;
  listCampaigns(filter: CampaignFilter): Promise<{ total: number; items: string[] }>;
  note<T>(key: string): Promise<T | undefined>;

  /** Filter, full-text search, sort, count and facet in the database itself. */
  search(catalogue: CatalogueName, query: CatalogueQuery): Promise<SearchPage>;

  // What the in-memory search cache (search/catalogue-cache.ts) is built from.
  /**
   * Rowids matching every term; with `ranked`, best first (BM25 with the
   * catalogue's text weights, ties by id), otherwise in no particular order.
   */
  textMatches(
    catalogue: CatalogueName,
    text: readonly TextTerm[],
    ranked: boolean,
  ): Promise<Int32Array>;
  /** The stored JSON of these rows, in this order; rows gone since are left out. */
  documents(catalogue: CatalogueName, rowids: readonly number[]): Promise<string[]>;
  /**
   * Everything the in-memory index holds, read from one snapshot in bounded
   * chunks, so a caller can yield to the event loop between them.
   */
  indexChunks(catalogue: CatalogueName): AsyncIterable<IndexChunk>;
}
