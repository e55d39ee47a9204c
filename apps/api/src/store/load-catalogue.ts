import {
  Campaign,
  LOCALES,
  Objective,
  type Practice,
  Practice as PracticeSchema,
  Resource,
  Taxonomies,
} from '@gcm-practices/contract';
import {
  campaigns,
  localizedObjectives,
  localizedTaxonomies,
  practices,
  resources,
} from '@gcm-practices/dataset';
import { generatePractices } from '@gcm-practices/dataset/synthetic';
import * as z from 'zod/mini';
import type { Store } from './catalogue-store.js';

export interface CuratedLoadResult {
  objectives: number;
  practices: number;
  resources: number;
  campaigns: number;
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
export async function loadCuratedDataset(store: Store): Promise<CuratedLoadResult> {
  // The reference data once per language, with the official labels recorded
  // for it and English wherever none is (see the dataset's translations).
  const labels = LOCALES.map((locale) => ({
    locale,
    objectives: validated(Objective, `objective (${locale})`, localizedObjectives(locale)),
    taxonomies: validated(Taxonomies, `taxonomies (${locale})`, [
      localizedTaxonomies(locale),
    ])[0] as Taxonomies,
  }));
  const data = {
    practices: validated(PracticeSchema, 'practice', practices),
    resources: validated(Resource, 'resource', resources),
    campaigns: validated(Campaign, 'campaign', campaigns),
  };
  await store.transaction(async ({ catalogue }) => {
    for (const { locale, objectives, taxonomies } of labels) {
      await catalogue.writeReferenceData(objectives, taxonomies, locale);
    }
    await catalogue.writePractices(data.practices);
    await catalogue.writeResources(data.resources);
    await catalogue.writeCampaigns(data.campaigns);
  });
  await store.analyse?.();
  return {
    objectives: labels[0]?.objectives.length ?? 0,
    practices: data.practices.length,
    resources: data.resources.length,
    campaigns: data.campaigns.length,
  };
}

export interface SyntheticLoad {
  count: number;
  seed: number;
}

/** The last synthetic load into this store, if any. */
export function syntheticLoadRecord(store: Store): Promise<SyntheticLoad | undefined> {
  return store.catalogue.note<SyntheticLoad>('synthetic_load');
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
export async function loadSyntheticPractices(
  store: Store,
  { count, seed = 1, batchSize = 5000, onProgress }: SyntheticLoadOptions,
): Promise<SyntheticLoadResult> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a whole number');
  const started = performance.now();
  let batch: Practice[] = [];
  let loaded = 0;
  const flush = async () => {
    const written = batch;
    batch = [];
    await store.transaction(({ catalogue }) => catalogue.writePractices(written));
    loaded += written.length;
    onProgress?.(loaded);
  };
  for (const practice of generatePractices({ count, seed })) {
    batch.push(practice);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  await store.transaction(({ catalogue }) =>
    catalogue.writeNote('synthetic_load', { count: loaded, seed } satisfies SyntheticLoad),
  );
  await store.analyse?.();
  const ms = performance.now() - started;
  return { count: loaded, ms, rowsPerSecond: loaded / (ms / 1000) };
}
