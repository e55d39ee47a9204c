import type { FacetBucket, Locale, Taxonomies } from '@gcm-practices/contract';
import type { RawFacets } from '../search/catalogue-spec.js';
import type { CatalogueService } from './catalogue-service.js';

// Values with no taxonomy entry of their own. English in every language: the
// Hub gives no official wording of these.
const FIXED_LABELS: Record<string, Record<string, string>> = {
  status: { planned: 'Planned', ongoing: 'Ongoing', completed: 'Completed' },
  featured: { true: 'Featured', false: 'Not featured' },
  category: {
    guidance: 'Guidance',
    research: 'Research',
    report: 'Report',
    assessment: 'Assessment',
    brochure: 'Brochure',
    'policy-brief': 'Policy brief',
    training: 'Training',
  },
};

function buildLabels(t: Taxonomies): Map<string, Map<string, string>> {
  const labels = new Map<string, Map<string, string>>([
    ['objective', new Map(t.objectives.map((o) => [String(o.number), o.shortTitle]))],
    ['action', new Map(t.actions.map((a) => [a.id, a.title]))],
    ['principle', new Map(t.principles.map((p) => [p.id, p.title]))],
    ['sdgTarget', new Map(t.sdgTargets.map((s) => [s.id, `${s.id} ${s.text}`]))],
    ['region', new Map(t.regions.map((r) => [r.id, r.name]))],
    ['country', new Map(t.countries.map((c) => [c.code, c.name]))],
    ['implementerType', new Map(t.implementerTypes.map((i) => [i.id, i.label]))],
  ]);
  for (const [field, values] of Object.entries(FIXED_LABELS)) {
    labels.set(field, new Map(Object.entries(values)));
  }
  return labels;
}

/**
 * Facet buckets with their display labels in `locale` (English where the
 * taxonomies have no official wording); a value the taxonomies do not know
 * is its own label.
 */
export async function labelFacets(
  catalogue: CatalogueService,
  raw: RawFacets,
  locale: Locale = 'en',
): Promise<Record<string, FacetBucket[]>> {
  const labels = await catalogue.memo(`facet-labels:${locale}`, async () =>
    buildLabels(await catalogue.taxonomies(locale)),
  );
  const result: Record<string, FacetBucket[]> = {};
  for (const [field, buckets] of Object.entries(raw)) {
    const names = labels.get(field);
    result[field] = buckets.map((b) => ({
      value: b.value,
      label: names?.get(b.value) ?? b.value,
      count: b.count,
    }));
  }
  return result;
}
