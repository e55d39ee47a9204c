import { Practice } from '@gcm-practices/contract';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { campaigns, objectives } from '../src/index.js';
import { createRandom, generatePractices } from '../src/synthetic/index.js';
import { practiceReferenceProblems } from './references.js';

z.config({ jitless: true });

const take = (count: number, seed?: number) => [...generatePractices({ count, seed })];

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    for (let i = 0; i < 10_000; i++) {
      const value = a.next();
      expect(value).toBe(b.next());
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it('gives different sequences for neighbouring seeds, including above 2^32', () => {
    const first = (seed: number) => Array.from({ length: 8 }, createRandom(seed).next);
    expect(first(1)).not.toEqual(first(2));
    expect(first(0)).not.toEqual(first(2 ** 32));
  });

  it('draws integers uniformly enough', () => {
    const random = createRandom(7);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[random.int(10)]++;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
    for (let i = 0; i < 1000; i++) {
      const value = random.between(3, 5);
      expect(value >= 3 && value <= 5 && Number.isInteger(value)).toBe(true);
    }
  });

  it('rejects seeds that are not non-negative safe integers', () => {
    for (const seed of [-1, 1.5, Number.NaN, 2 ** 53]) {
      expect(() => createRandom(seed)).toThrow(RangeError);
    }
  });
});

describe('generatePractices', () => {
  it('is deterministic: the same seed yields the same first 1000 practices', () => {
    expect(take(1000, 3)).toEqual(take(1000, 3));
  });

  it('defaults to seed 1', () => {
    expect(take(50)).toEqual(take(50, 1));
  });

  it('yields different practices for a different seed', () => {
    const a = take(100, 1);
    const b = take(100, 2);
    const sameContent = a.filter((practice, i) => {
      const { id: _a, ...rest } = practice;
      const { id: _b, ...other } = b[i] as typeof practice;
      return JSON.stringify(rest) === JSON.stringify(other);
    });
    expect(sameContent).toEqual([]);
  });

  it('streams lazily: a huge count costs nothing until items are pulled', () => {
    const stream = generatePractices({ count: Number.MAX_SAFE_INTEGER, seed: 9 });
    const first = stream.next();
    expect(first.done).toBe(false);
    expect(first.value?.id).toBe('synthetic-9-1');
    stream.return(undefined);
  });

  it('yields exactly `count` practices and rejects a bad count or seed', () => {
    expect(take(0)).toEqual([]);
    expect(take(17)).toHaveLength(17);
    expect(() => generatePractices({ count: -1 })).toThrow(RangeError);
    expect(() => generatePractices({ count: 1.5 })).toThrow(RangeError);
    expect(() => generatePractices({ count: 1, seed: -3 })).toThrow(RangeError);
  });

  describe('5,000 practices', () => {
    const sample = take(5000, 2024);

    it('all parse with the contract', () => {
      const rejected = sample.flatMap((practice) => {
        const result = z.safeParse(Practice, practice);
        return result.success ? [] : [{ id: practice.id, issues: result.error.issues }];
      });
      expect(rejected).toEqual([]);
    });

    it('refer only to records of the dataset', () => {
      expect(sample.flatMap(practiceReferenceProblems)).toEqual([]);
    });

    it('have unique slug ids synthetic-<seed>-<n>', () => {
      const ids = sample.map((practice) => practice.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids[0]).toBe('synthetic-2024-1');
      expect(ids[4999]).toBe('synthetic-2024-5000');
    });

    it('have no repeated values inside a practice', () => {
      // One assertion over all practices: an expect per list is slow on a busy machine.
      const repeated = sample.filter((practice) =>
        (
          [
            practice.objectives,
            practice.actions,
            practice.principles,
            practice.sdgTargets,
            practice.countries,
            practice.regions,
            practice.partners,
            practice.results,
            practice.implementers.map((implementer) => implementer.name),
          ] as unknown[][]
        ).some((list) => new Set(list).size !== list.length),
      );
      expect(repeated.map((practice) => practice.id)).toEqual([]);
    });

    it('have realistic distributions', () => {
      const objectiveCounts = new Map<number, number>();
      for (const practice of sample) {
        expect(practice.objectives.length).toBeGreaterThanOrEqual(1);
        expect(practice.objectives.length).toBeLessThanOrEqual(3);
        expect(practice.implementers.length).toBeGreaterThanOrEqual(1);
        expect(practice.implementers.length).toBeLessThanOrEqual(3);
        expect(practice.partners.length).toBeLessThanOrEqual(4);
        for (const number of practice.objectives) {
          objectiveCounts.set(number, (objectiveCounts.get(number) ?? 0) + 1);
        }
        if (practice.objectives.includes(10)) {
          expect(practice.actions.length).toBeGreaterThanOrEqual(1);
          expect(practice.actions.length).toBeLessThanOrEqual(3);
        } else {
          expect(practice.actions).toEqual([]);
        }
      }
      // Objective 10 is the most frequent, and every objective appears.
      const ranked = [...objectiveCounts].sort((a, b) => b[1] - a[1]);
      expect(ranked[0]?.[0]).toBe(10);
      expect(objectiveCounts.size).toBe(objectives.length);

      const ongoing = sample.filter((practice) => practice.status === 'ongoing').length;
      expect(ongoing / sample.length).toBeGreaterThanOrEqual(0.2);
      expect(ongoing / sample.length).toBeLessThanOrEqual(0.4);

      const featured = sample.filter((practice) => practice.featured).length / sample.length;
      expect(featured).toBeGreaterThan(0.01);
      expect(featured).toBeLessThan(0.04);

      const countries = new Set(sample.flatMap((practice) => practice.countries));
      expect(countries.size).toBeGreaterThanOrEqual(40);
    });

    it('keep periods, status and dates consistent, a few without a publication date', () => {
      const years = new Set<string>();
      let undated = 0;
      for (const practice of sample) {
        const { start, end } = practice.period;
        expect(start).not.toBeNull();
        expect((start as number) >= 2000 && (start as number) <= 2026).toBe(true);
        if (practice.status === 'completed') expect(end).not.toBeNull();
        else expect(end).toBeNull();
        expect(practice.source.kind).toBe('synthetic');
        expect(practice.hubUrl).toBeNull();
        expect(practice.primaryObjective).toBe(practice.objectives[0]);
        if (practice.publishedAt === null) {
          undated++;
          expect(practice.featured || practice.campaign !== null).toBe(false);
          continue;
        }
        expect(practice.publishedAt >= '2019-01-01' && practice.publishedAt <= '2026-12-31').toBe(
          true,
        );
        expect(practice.updatedAt >= practice.publishedAt).toBe(true);
        years.add(practice.publishedAt.slice(0, 4));
        if (practice.campaign !== null) {
          expect(practice.objectives).toContain(10);
          expect(practice.publishedAt).toBe('2024-07-30');
        }
      }
      expect([...years].sort()).toEqual([
        '2019',
        '2020',
        '2021',
        '2022',
        '2023',
        '2024',
        '2025',
        '2026',
      ]);
      expect(campaigns.some((campaign) => campaign.id === 'call-for-practices-2024')).toBe(true);
      // About 2 % of the 5 000: some, but few.
      expect(undated).toBeGreaterThan(20);
      expect(undated).toBeLessThan(250);
    });

    it('fill the Hub description, review and source plausibly', () => {
      const withSections = sample.filter((p) => Object.keys(p.sections).length > 0).length;
      expect(withSections / sample.length).toBeGreaterThan(0.5);
      expect(withSections / sample.length).toBeLessThan(0.7);
      const reviewed = sample.filter((p) => p.review.status === 'peer-reviewed').length;
      expect(reviewed / sample.length).toBeGreaterThan(0.7);
      expect(reviewed).toBeLessThan(sample.length);
      expect(new Set(sample.map((p) => p.source.title))).toEqual(
        new Set(['Synthetic catalogue, seed 2024 (fictitious test data)']),
      );
    });

    it('write searchable text about trafficking and migration', () => {
      const text = sample.map((practice) => `${practice.title} ${practice.summary}`).join(' ');
      for (const term of ['trafficking', 'victims', 'migrant', 'recruitment', 'children']) {
        expect(text).toContain(term);
      }
    });
  });
});
