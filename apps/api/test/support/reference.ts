import type { Practice } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';

/**
 * An independent, obviously-correct reading of the practice filters over the
 * curated dataset in plain JavaScript, to check the SQL + bitset engine against.
 */
export interface ReferenceQuery {
  objective?: number[];
  action?: string[];
  principle?: string[];
  country?: string[];
  region?: string[];
  implementerType?: string[];
  sdgTarget?: string[];
  status?: string[];
  featured?: boolean;
  campaign?: string;
  yearFrom?: number;
  yearTo?: number;
}

const anyOf = <T>(wanted: T[] | undefined, have: readonly T[]) =>
  wanted === undefined || wanted.some((w) => have.includes(w));

export function referenceMatches(practice: Practice, q: ReferenceQuery): boolean {
  const { start, end } = practice.period;
  return (
    anyOf(q.objective, practice.objectives) &&
    anyOf(q.action, practice.actions) &&
    anyOf(q.principle, practice.principles) &&
    anyOf(q.country, practice.countries) &&
    anyOf(q.region, practice.regions) &&
    anyOf(
      q.implementerType,
      practice.implementers.map((i) => i.type),
    ) &&
    anyOf(q.sdgTarget, practice.sdgTargets) &&
    anyOf(q.status, [practice.status]) &&
    (q.featured === undefined || practice.featured === q.featured) &&
    (q.campaign === undefined || practice.campaign === q.campaign) &&
    // Open ends: no start = since before records, no end = still running; a
    // practice whose years are all unknown matches no year filter.
    ((q.yearFrom === undefined && q.yearTo === undefined) || start !== null || end !== null) &&
    (q.yearFrom === undefined || end === null || end >= q.yearFrom) &&
    (q.yearTo === undefined || start === null || start <= q.yearTo)
  );
}

/**
 * Newest first: by publication date, descending, then practices with no
 * publication date; ties by id, descending.
 */
export function newestFirst(a: Practice, b: Practice): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The order of a list without q or sort: featured first, newest first within each part. */
export function featuredThenNewest(a: Practice, b: Practice): number {
  if (a.featured !== b.featured) return a.featured ? -1 : 1;
  return newestFirst(a, b);
}

export function referenceIds(q: ReferenceQuery): string[] {
  return practices
    .filter((p) => referenceMatches(p, q))
    .map((p) => p.id)
    .sort();
}

export { practices as curatedPractices };

/**
 * Related practices, read plainly: every other practice with the same primary
 * objective or a shared action, those with the same primary objective first,
 * then more shared actions, then featured, then by id.
 */
export function referenceRelated(
  practice: Practice,
  catalogue: readonly Practice[],
  limit = 3,
): string[] {
  const shared = (other: Practice) =>
    other.actions.filter((a) => practice.actions.includes(a)).length;
  const same = (other: Practice) => (other.primaryObjective === practice.primaryObjective ? 1 : 0);
  return catalogue
    .filter((other) => other.id !== practice.id && (same(other) === 1 || shared(other) > 0))
    .sort(
      (a, b) =>
        same(b) - same(a) ||
        shared(b) - shared(a) ||
        Number(b.featured) - Number(a.featured) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, limit)
    .map((p) => p.id);
}
