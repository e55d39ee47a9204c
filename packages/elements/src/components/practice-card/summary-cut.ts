/**
 * Where to cut a summary so that what shows ends on a whole word.
 *
 * The browser's line clamp puts its ellipsis at the end of the last line and cuts the text
 * wherever the ellipsis needs room, often inside a word ("helps foreign surviv…"). The card
 * shows the text up to the cut found here, then its own ellipsis, and the clamp cuts nothing.
 */

/** Breakable spaces between words (not the no-break spaces of French punctuation). */
const SPACES = /[ \t\n]+/g;
/** Punctuation dropped before the ellipsis ("Venezuela,…" reads "Venezuela…"). */
const TRAILING = /[,;:،؛]+$/;

/**
 * The length of the longest start of `text` that ends on a word and, with the ellipsis, fits;
 * undefined when the whole text fits, or not even one word does. `fits(at)` shows the text cut
 * at `at` (whole when undefined) and says whether it fits. Fitting is monotonic in the length,
 * so a binary search asks it about seven times for a summary of a hundred words.
 */
export async function summaryCut(
  text: string,
  fits: (at: number | undefined) => Promise<boolean>,
): Promise<number | undefined> {
  if (await fits(undefined)) return undefined;
  const ends = [...text.matchAll(SPACES)]
    .map((m) => text.slice(0, m.index).replace(TRAILING, '').length)
    .filter((at) => at > 0);
  let low = 0;
  let high = ends.length - 1;
  let best: number | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (await fits(ends[mid])) {
      best = ends[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}
