import type { Practice } from '@gcm-practices/contract';

/**
 * A practice's period as the year filter reads it, with the open ends filled
 * in: no start is "since before records" (0), no end "still running" (9999),
 * so an overlap test is two plain comparisons. A period with no known year at
 * all is the empty range 9999…0, which no year filter overlaps.
 */
export function storedYears({ start, end }: Practice['period']): [number, number] {
  if (start === null && end === null) return [9999, 0];
  return [start ?? 0, end ?? 9999];
}
