import { stemmer } from 'stemmer';

/**
 * How text becomes index terms, done here once for every store so that
 * SQLite (FTS5) and PostgreSQL (tsvector) index the very same lexemes and
 * therefore find, count and rank the same practices. Neither engine's own
 * tokenizer is used: FTS5's porter tokenizer and PostgreSQL's parser with its
 * Snowball stemmer split and stem differently ("8.7", hyphenated words,
 * "labour"/"labor"), which would make the two stores disagree.
 *
 * A word is a run of letters, digits and combining marks. It is folded to
 * lower case, its accents are removed (what PostgreSQL's `unaccent` does for
 * Latin text: "México" matches "Mexico"), and English words are reduced to
 * their Porter stem, so "trafficked" finds "trafficking".
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Combining diacritical marks (Latin, Greek, Cyrillic accents) left after NFD. */
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Letters that carry their accent in the letter itself rather than as a combining mark. */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
/** Longer "words" are noise (an identifier, a run of digits); PostgreSQL caps lexemes at 2 KB. */
const MAX_TERM_LENGTH = 64;

/** The words of a text as the visitor or author wrote them, NFKC-normalised. */
export function words(text: string): string[] {
  return text.normalize('NFKC').match(WORD) ?? [];
}

/** One word as an index term, or '' when nothing searchable is left (a lone accent). */
export function toTerm(word: string): string {
  const folded = word
    .toLowerCase()
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter] as string)
    .normalize('NFC');
  const stemmed = /^[a-z]+$/.test(folded) ? stemmer(folded) : folded;
  return [...stemmed].slice(0, MAX_TERM_LENGTH).join('');
}

/** The index terms of a text, in order, repeats kept (they count towards relevance). */
export function terms(text: string): string[] {
  const result: string[] = [];
  for (const word of words(text)) {
    const term = toTerm(word);
    if (term !== '') result.push(term);
  }
  return result;
}
