import { toTerm, words } from './text-analysis.js';

/**
 * Whatever a visitor typed, as a list of terms to match. Nothing of the input
 * is ever query syntax: quotes, `*`, `-`, `NEAR(…)`, `AND`/`OR`/`NOT` and
 * column names are plain words or separators, and each store renders the terms
 * in its own query language from these values alone (see text-analysis.ts).
 */
export interface TextTerm {
  /** An index term: letters, digits and marks only. */
  term: string;
  /** Also match index terms that start with it. */
  prefix: boolean;
}

/** More words than this add nothing to a search box query but cost index lookups. */
export const MAX_QUERY_TERMS = 12;
/** A prefix of one or two letters would expand to a large share of the vocabulary. */
const MIN_PREFIX_LENGTH = 3;

/**
 * The terms of a search text (all must match), or null when it holds no
 * searchable word (only punctuation or emoji): such a query matches nothing.
 *
 * The last word also matches as a prefix when the text does not end with a
 * space, so a search box finds "Pacaraima" while the visitor is still typing
 * "Pacara".
 */
export function toTextQuery(text: string): TextTerm[] | null {
  const all = words(text);
  const kept = all.slice(0, MAX_QUERY_TERMS);
  const endsInWord =
    kept.length === all.length && /[\p{L}\p{N}\p{M}]$/u.test(text.normalize('NFKC'));
  const result: TextTerm[] = [];
  kept.forEach((word, index) => {
    const term = toTerm(word);
    if (term === '') return;
    const isLast = index === kept.length - 1;
    result.push({ term, prefix: isLast && endsInWord && [...term].length >= MIN_PREFIX_LENGTH });
  });
  return result.length === 0 ? null : result;
}

/** A stable text for cache keys. */
export function textQueryKey(query: readonly TextTerm[]): string {
  return query.map((t) => (t.prefix ? `${t.term}*` : t.term)).join(' ');
}
