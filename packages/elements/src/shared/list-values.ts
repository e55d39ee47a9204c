import { MAX_YEAR, MIN_YEAR } from '@gcm-practices/contract';

/** `"10, 11"` → `["10", "11"]`: the comma-separated values of a filter attribute. */
export function listValues(list: string | undefined | null): string[] {
  return (list ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** `value` when it is a year the API accepts (a whole number from MIN_YEAR to MAX_YEAR). */
export function validYear(value: number | undefined | null): number | undefined {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_YEAR &&
    value <= MAX_YEAR
    ? value
    : undefined;
}

/**
 * The controls a `filters` attribute shows, in `all`'s order: every one without the
 * attribute, none for `none`, else those it names (unknown names are ignored).
 */
export function chosenControls<C extends string>(
  filters: string | undefined | null,
  all: readonly C[],
): C[] {
  if (filters === undefined || filters === null) return [...all];
  const list = listValues(filters.toLowerCase());
  if (list.includes('none')) return [];
  return all.filter((c) => list.includes(c));
}
