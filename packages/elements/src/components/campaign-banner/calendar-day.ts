/*
 * Calendar days as `YYYY-MM-DD` strings. Campaigns are days, not instants, and
 * "today" is the visitor's own date, so an instant is turned into a date once,
 * in a time zone, and everything after that is arithmetic on dates.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` as the UTC midnight starting it, or NaN when it is no real date (2026-02-30). */
function utcMidnight(day: string): number {
  const t = ISO_DATE.test(day) ? Date.parse(day) : Number.NaN;
  // Date.parse rolls 2026-02-30 over to 2 March; a real date survives the round trip.
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(day) ? t : Number.NaN;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  return !Number.isNaN(utcMidnight(value));
}

/**
 * Whole days from `from` to `to` (negative when `to` comes first). Counted
 * between UTC midnights, which are always 24 hours apart, so a daylight-saving
 * change in the visitor's zone cannot make a day of 23 or 25 hours.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The calendar date of `instant` in `timeZone` (an IANA name); the runtime's zone when it is missing or unknown. */
export function dayIn(instant: Date, timeZone?: string): string {
  let format: Intl.DateTimeFormat;
  const fields = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
  try {
    format = new Intl.DateTimeFormat('en-US', { ...fields, timeZone: timeZone || undefined });
  } catch {
    format = new Intl.DateTimeFormat('en-US', fields);
  }
  const part = (type: string) => format.formatToParts(instant).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * "Today" for a banner: `now` when it is a calendar date (a preview of that
 * day, whatever the zone), else the date of the instant `now` names (an ISO
 * date-time) in `timeZone`, else the date of the current instant there.
 */
export function today(now: string | undefined, timeZone: string | undefined): string {
  const value = now?.trim() ?? '';
  if (isCalendarDay(value)) return value;
  const instant = value ? new Date(value) : new Date();
  return dayIn(Number.isNaN(instant.getTime()) ? new Date() : instant, timeZone);
}

/** `day` written out for `locale` ("30 July 2026", "30 يوليو 2026"), never shifted by a time zone. */
export function formatDay(locale: string, day: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    utcMidnight(day),
  );
}
