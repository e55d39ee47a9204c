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
    // Open ends: no start = since before records, no end = still running.
    (q.yearFrom === undefined || end === null || end >= q.yearFrom) &&
    (q.yearTo === undefined || start === null || start <= q.yearTo)
  );
}

export function referenceIds(q: ReferenceQuery): string[] {
  return practices
    .filter((p) => referenceMatches(p, q))
    .map((p) => p.id)
    .sort();
}

export { practices as curatedPractices };
