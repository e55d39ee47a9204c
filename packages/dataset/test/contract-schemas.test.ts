import {
  Campaign,
  Country,
  GuidingPrinciple,
  ImplementerType,
  Objective,
  Practice,
  Region,
  Resource,
  SdgTarget,
  Taxonomies,
} from '@gcm-practices/contract';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  campaigns,
  countries,
  guidingPrinciples,
  implementerTypes,
  objectives,
  practices,
  regions,
  resources,
  sdgTargets,
  taxonomies,
} from '../src/index.js';

// Parse as browsers under a strict Content-Security-Policy will: without generated code.
z.config({ jitless: true });

/** Each collection with its schema, as [record id, record] pairs. */
const collections: [name: string, schema: z.ZodMiniType, entries: [unknown, unknown][]][] = [
  ['objectives', Objective, objectives.map((o) => [o.number, o])],
  ['guiding principles', GuidingPrinciple, guidingPrinciples.map((p) => [p.id, p])],
  ['SDG targets', SdgTarget, sdgTargets.map((t) => [t.id, t])],
  ['regions', Region, regions.map((r) => [r.id, r])],
  ['countries', Country, countries.map((c) => [c.code, c])],
  ['implementer types', ImplementerType, implementerTypes.map((t) => [t.id, t])],
  ['practices', Practice, practices.map((p) => [p.id, p])],
  ['resources', Resource, resources.map((r) => [r.id, r])],
  ['campaigns', Campaign, campaigns.map((c) => [c.id, c])],
];

describe('every curated record parses with its contract schema', () => {
  it.each(collections)('%s', (_name, schema, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    const rejected = entries.flatMap(([id, record]) => {
      const result = z.safeParse(schema, record);
      return result.success ? [] : [{ id, issues: result.error.issues }];
    });
    expect(rejected).toEqual([]);
  });

  it('taxonomies', () => {
    const result = z.safeParse(Taxonomies, taxonomies);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('parses to the same data: no field is dropped or defaulted', () => {
    for (const practice of practices) expect(z.parse(Practice, practice)).toEqual(practice);
    for (const resource of resources) expect(z.parse(Resource, resource)).toEqual(resource);
    for (const campaign of campaigns) expect(z.parse(Campaign, campaign)).toEqual(campaign);
  });
});
