import type { Taxonomies } from '@gcm-practices/contract';

/** Lookups from ids to display names, built once per taxonomies response. */
export interface Labels {
  objectives: Map<number, { title: string; shortTitle: string }>;
  actions: Map<string, string>;
  regions: Map<string, string>;
  countries: Map<string, string>;
  implementerTypes: Map<string, string>;
}

const cache = new WeakMap<Taxonomies, Labels>();

export function labelsOf(taxonomies: Taxonomies | undefined): Labels | undefined {
  if (!taxonomies) return undefined;
  let labels = cache.get(taxonomies);
  if (!labels) {
    labels = {
      objectives: new Map(taxonomies.objectives.map((o) => [o.number, o])),
      actions: new Map(taxonomies.actions.map((a) => [a.id, a.title])),
      regions: new Map(taxonomies.regions.map((r) => [r.id, r.name])),
      countries: new Map(taxonomies.countries.map((c) => [c.code, c.name])),
      implementerTypes: new Map(taxonomies.implementerTypes.map((i) => [i.id, i.label])),
    };
    cache.set(taxonomies, labels);
  }
  return labels;
}

/** `south-east-asia` → `South east asia`, for a region the taxonomies do not name (yet). */
export function humanize(slug: string): string {
  const text = slug.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
