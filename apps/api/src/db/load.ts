import {
  Campaign,
  Objective,
  type Practice,
  Practice as PracticeSchema,
  Resource,
  Taxonomies,
} from '@gcm-practices/contract';
import { campaigns, objectives, practices, resources, taxonomies } from '@gcm-practices/dataset';
import { generatePractices } from '@gcm-practices/dataset/synthetic';
import * as z from 'zod/mini';
import { bumpCatalogueVersion } from './catalogue-version.js';
import type { Db } from './open.js';
import { prepared } from './statements.js';
import { writeCampaigns, writeReferenceData, writeResources } from './write-catalogue.js';
import { createPracticeWriter } from './write-practices.js';

export interface CuratedLoadResult {
  objectives: number;
  practices: number;
  resources: number;
  campaigns: number;
}

/** True until the curated dataset has been loaded into this database. */
export function isCatalogueEmpty(db: Db): boolean {
  return prepared(db, 'SELECT 1 FROM objectives LIMIT 1').get() === undefined;
}

// Refresh the planner's statistics after a load: with them SQLite picks the
// join table or the sort index to drive a search depending on how selective
// each filter is. A bounded analysis keeps this fast on large catalogues.
function refreshStatistics(db: Db): void {
  db.pragma('analysis_limit = 2000');
  db.exec('ANALYZE');
}

function validated<S extends z.ZodMiniType>(schema: S, kind: string, items: readonly unknown[]) {
  return items.map((item, index) => {
    const result = z.safeParse(schema, item);
    if (!result.success) {
      const id =
        (item as { id?: unknown; number?: unknown }).id ?? (item as { number?: unknown }).number;
      throw new Error(
        `curated ${kind} ${String(id ?? `#${index}`)} does not match the contract: ${z.prettifyError(result.error)}`,
      );
    }
    return result.data as z.output<S>;
  });
}

/**
 * Load (or refresh) the curated dataset in one transaction: a reader sees the
 * catalogue before or after, never half of it. Items are checked against the
 * contract first, so a bad record stops the load instead of reaching clients.
 */
export function loadCuratedDataset(db: Db): CuratedLoadResult {
  const data = {
    objectives: validated(Objective, 'objective', objectives),
    taxonomies: validated(Taxonomies, 'taxonomies', [taxonomies])[0] as Taxonomies,
    practices: validated(PracticeSchema, 'practice', practices),
    resources: validated(Resource, 'resource', resources),
    campaigns: validated(Campaign, 'campaign', campaigns),
  };
  db.transaction(() => {
    writeReferenceData(db, data.objectives, data.taxonomies);
    createPracticeWriter(db)(data.practices);
    writeResources(db, data.resources);
    writeCampaigns(db, data.campaigns);
    bumpCatalogueVersion(db);
  }).immediate();
  refreshStatistics(db);
  return {
    objectives: data.objectives.length,
    practices: data.practices.length,
    resources: data.resources.length,
    campaigns: data.campaigns.length,
  };
}

/** The last synthetic load into this database, if any. */
export function syntheticLoadRecord(db: Db): { count: number; seed: number } | undefined {
  const json = prepared(db, `SELECT value FROM meta WHERE key = 'synthetic_load'`).pluck().get() as
    | string
    | undefined;
  return json === undefined ? undefined : (JSON.parse(json) as { count: number; seed: number });
}

export interface SyntheticLoadOptions {
  count: number;
  seed?: number;
  /** Practices per transaction: large enough to amortise commits, small enough to let readers in. */
  batchSize?: number;
  onProgress?: (loaded: number) => void;
}

export interface SyntheticLoadResult {
  count: number;
  ms: number;
  rowsPerSecond: number;
}

/** Add a deterministic synthetic catalogue; the same seed gives the same practices. */
export function loadSyntheticPractices(
  db: Db,
  { count, seed = 1, batchSize = 5000, onProgress }: SyntheticLoadOptions,
): SyntheticLoadResult {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a whole number');
  const started = performance.now();
  const writePractices = createPracticeWriter(db);
  const writeBatch = db.transaction((batch: Practice[]) => {
    writePractices(batch);
    bumpCatalogueVersion(db);
  });
  let batch: Practice[] = [];
  let loaded = 0;
  for (const practice of generatePractices({ count, seed })) {
    batch.push(practice);
    if (batch.length >= batchSize) {
      writeBatch.immediate(batch);
      loaded += batch.length;
      batch = [];
      onProgress?.(loaded);
    }
  }
  if (batch.length > 0) {
    writeBatch.immediate(batch);
    loaded += batch.length;
    onProgress?.(loaded);
  }
  prepared(db, `INSERT OR REPLACE INTO meta (key, value) VALUES ('synthetic_load', ?)`).run(
    JSON.stringify({ count: loaded, seed }),
  );
  refreshStatistics(db);
  const ms = performance.now() - started;
  return { count: loaded, ms, rowsPerSecond: loaded / (ms / 1000) };
}
