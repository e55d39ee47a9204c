/**
 * Every calendar day of a range as a `YYYY-MM-DD` string, computed once, so generating a date
 * is an array lookup instead of a `Date` allocation and formatting.
 */
export class DayTable {
  readonly days: readonly string[];
  private readonly yearStarts = new Map<number, number>();

  /** `first` and `last` are `YYYY-MM-DD`, both included. */
  constructor(first: string, last: string) {
    const days: string[] = [];
    const end = Date.parse(`${last}T00:00:00Z`);
    for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const year = Number(day.slice(0, 4));
      if (!this.yearStarts.has(year)) this.yearStarts.set(year, days.length);
      days.push(day);
    }
    if (days.length === 0) throw new RangeError(`empty date range ${first} to ${last}`);
    this.days = days;
  }

  get length(): number {
    return this.days.length;
  }

  /** Index of the first day of `year` in the table; 0 before the range, the end after it. */
  firstIndexOfYear(year: number): number {
    const index = this.yearStarts.get(year);
    if (index !== undefined) return index;
    const firstYear = Number(this.days[0]?.slice(0, 4));
    return year < firstYear ? 0 : this.days.length - 1;
  }

  indexOf(day: string): number {
    return this.days.indexOf(day);
  }

  at(index: number): string {
    return this.days[index] as string;
  }
}
