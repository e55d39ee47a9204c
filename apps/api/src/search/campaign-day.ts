/**
 * The UTC calendar date of `at`: a date is taken as it is, a date-time is
 * moved to UTC first (23:30-05:00 on the 29th is already the 30th in UTC).
 */
export function utcDateOf(at: string | undefined, now: Date = new Date()): string {
  if (at === undefined) return now.toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  return new Date(at).toISOString().slice(0, 10);
}
