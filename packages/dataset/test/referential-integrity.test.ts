import { describe, expect, it } from 'vitest';
import {
  campaigns,
  countries,
  objectives,
  practices,
  regions,
  resources,
  sdgTargets,
  taxonomies,
} from '../src/index.js';
import { known, practiceReferenceProblems, resourceReferenceProblems } from './references.js';

describe('referential integrity of the curated data', () => {
  it('every practice refers only to records of the dataset', () => {
    expect(practices.flatMap(practiceReferenceProblems)).toEqual([]);
  });

  it('every resource refers only to records of the dataset', () => {
    expect(resources.flatMap(resourceReferenceProblems)).toEqual([]);
  });

  it('every country belongs to known regions, never to the worldwide one', () => {
    for (const country of countries) {
      expect(country.regions.length, country.code).toBeGreaterThan(0);
      for (const region of country.regions) {
        expect(known.regions.has(region), `${country.code} → ${region}`).toBe(true);
        expect(region).not.toBe('worldwide');
      }
    }
  });

  it('every region except worldwide has countries, and worldwide is there', () => {
    expect(known.regions.has('worldwide')).toBe(true);
    for (const region of regions) {
      if (region.id === 'worldwide') continue;
      expect(
        countries.some((country) => country.regions.includes(region.id)),
        region.id,
      ).toBe(true);
    }
  });

  it('objectives link only known SDG targets, and every SDG target is linked', () => {
    const linked = new Set(objectives.flatMap((objective) => objective.sdgTargets));
    for (const target of linked) expect(known.sdgTargets.has(target), target).toBe(true);
    expect([...linked].sort()).toEqual(sdgTargets.map((target) => target.id).sort());
  });

  it('actions carry ids made of their objective number and letter', () => {
    for (const objective of objectives) {
      for (const action of objective.actions) {
        expect(action.id).toBe(`${objective.number}${action.letter}`);
      }
    }
  });

  it('campaigns link only known objectives', () => {
    for (const campaign of campaigns) {
      for (const number of campaign.objectives) expect(known.objectives.has(number)).toBe(true);
    }
  });

  it('taxonomies are assembled from the records themselves', () => {
    expect(taxonomies.objectives.map((objective) => objective.number)).toEqual(
      objectives.map((objective) => objective.number),
    );
    expect(taxonomies.actions.map((action) => action.id)).toEqual([...known.actions.keys()]);
    expect(
      taxonomies.actions.every((action) => known.actions.get(action.id) === action.objective),
    ).toBe(true);
    expect(taxonomies.countries).toBe(countries);
    expect(taxonomies.regions).toBe(regions);
    expect(taxonomies.sdgTargets).toBe(sdgTargets);
  });
});
