/**
 * Turns whatever a visitor typed into a safe FTS5 expression.
 *
 * FTS5 has its own query language (quotes, `*`, `^`, `-`, `NEAR(...)`, `AND`,
 * `OR`, `NOT`, column filters), and a syntax error there is an SQL error. So
 * nothing of the input reaches FTS5 as syntax: only runs of letters, digits and
 * combining marks survive, each wrapped in double quotes (a quoted string is
 * always a plain phrase), joined by spaces (implicit AND). Punctuation, emoji
 * and operators simply separate words. The expression is still bound as a
 * parameter, never spliced into SQL.
 */

/** More words than this add nothing to a search box query but cost index lookups. */
export const MAX_FTS_TOKENS = 12;
/** A prefix query for one or two letters would expand to a large share of the vocabulary. */
const MIN_PREFIX_LENGTH = 3;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The expression, or null when the text holds no searchable word (only
 * punctuation or emoji, say): such a query matches nothing.
 *
 * The last word also matches as a prefix when the text does not end with a
 * space, so a search box finds "Pacaraima" while the visitor is still typing
 * "Pacara".
 */
export function toFtsExpression(text: string): string | null {
  const normalised = text.normalize('NFKC');
  const all = normalised.match(WORD) ?? [];
  const words = all.slice(0, MAX_FTS_TOKENS);
  if (words.length === 0) return null;
  const endsInWord = words.length === all.length && /[\p{L}\p{N}\p{M}]$/u.test(normalised);
  return words
    .map((word, index) => {
      const phrase = `"${word}"`;
      const isLast = index === words.length - 1;
      return isLast && endsInWord && [...word].length >= MIN_PREFIX_LENGTH ? `${phrase}*` : phrase;
    })
    .join(' ');
}
