import type { InvalidParam } from '@gcm-practices/contract';
import type { CatalogueService } from './catalogue-service.js';

export type Vocabulary =
  | 'action'
  | 'principle'
  | 'country'
  | 'region'
  | 'sdgTarget'
  | 'campaign'
  | 'series';

interface KnownValues {
  values: Set<string>;
  /** What the reason says is allowed: the list itself when it is short. */
  allowed: string;
}

const MAX_LISTED = 25;

function describe(values: string[], what: string, where: string): KnownValues {
  return {
    values: new Set(values),
    allowed:
      values.length <= MAX_LISTED
        ? `must be one of ${values.join(', ')}`
        : `must be a known ${what}; ${where} lists them`,
  };
}

function vocabularies(catalogue: CatalogueService): Promise<Record<Vocabulary, KnownValues>> {
  return catalogue.memo('known-values', async () => {
    const [t, campaigns] = await Promise.all([
      catalogue.taxonomies(),
      catalogue.store.campaignSeries(),
    ]);
    return {
      action: describe(
        t.actions.map((a) => a.id),
        'action id',
        '/v1/taxonomies',
      ),
      principle: describe(
        t.principles.map((p) => p.id),
        'guiding principle id',
        '/v1/taxonomies',
      ),
      country: describe(
        t.countries.map((c) => c.code),
        'country code',
        '/v1/taxonomies',
      ),
      region: describe(
        t.regions.map((r) => r.id),
        'region id',
        '/v1/taxonomies',
      ),
      sdgTarget: describe(
        t.sdgTargets.map((s) => s.id),
        'SDG target',
        '/v1/taxonomies',
      ),
      campaign: describe(
        campaigns.map((c) => c.id),
        'campaign id',
        '/v1/campaigns',
      ),
      series: describe(
        [...new Set(campaigns.map((c) => c.series))],
        'campaign series',
        '/v1/campaigns',
      ),
    };
  });
}

/**
 * The contract checks that a value is well formed (`XYZ` is a country code);
 * only the catalogue knows whether it exists. A typo then gets a 400 naming the
 * parameter instead of an empty page that looks like "no practices there".
 */
export async function unknownValues(
  catalogue: CatalogueService,
  given: Partial<Record<Vocabulary, readonly string[] | string | undefined>>,
): Promise<InvalidParam[]> {
  const known = await vocabularies(catalogue);
  const problems: InvalidParam[] = [];
  for (const [name, raw] of Object.entries(given) as [
    Vocabulary,
    readonly string[] | string | undefined,
  ][]) {
    if (raw === undefined) continue;
    const values = typeof raw === 'string' ? [raw] : raw;
    const unknown = values.filter((v) => !known[name].values.has(v));
    if (unknown.length > 0) {
      problems.push({
        name,
        reason: `${unknown.map((v) => JSON.stringify(v)).join(', ')} not found: ${known[name].allowed}`,
      });
    }
  }
  return problems;
}
