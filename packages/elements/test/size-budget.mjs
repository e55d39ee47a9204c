// Fails when what a partner page downloads outgrows its budget (gzip -9 bytes,
// each file compressed on its own as a server sends it). An element added to
// src/elements.ts is measured, and counted in "every element together", with
// no change here; give it a line in BUDGETS only if it needs a budget of its own.
import { cdnSizes } from '../scripts/cdn-sizes.mjs';

const KB = 1024;
/*
 * Pages with one element: the targets are 26 KB for <gcm-practices> and 16 KB for
 * <gcm-campaign-banner>, but the floor under either is Lit (5.7 KB) plus the SDK's
 * path to one endpoint: ky, zod/mini and the contract (20.4 KB for campaigns alone,
 * esbuild, minified, gzip -9), 26.1 KB before any code of the element. Until that
 * floor moves, these ceilings only keep the pages from growing.
 *
 * <gcm-practices> shares its controls, states and pagination with <gcm-resources>: since
 * then those modules, and the error messages, labels and objective badges the card uses too,
 * are two chunks of their own, each gzipped on its own. Measured on the catalogue's page:
 * 40 593 bytes before, 40 831 with the shared modules and no <gcm-resources>, 42 024 with
 * it, so the split costs about 1.2 KB; hence 41.5 KB rather than 40. <gcm-resources> alone
 * starts from the same floor.
 *
 * <gcm-practice> (a practice in full) shares its states, messages and links with the lists,
 * and the catalogue opens it in a dialog: since then the catalogue's page carries the
 * dialog, the sort, principle, SDG target and status controls, and a few more shared chunks
 * (42 735 bytes with <gcm-practice> added, 44 862 with the dialog and controls), and
 * <gcm-resources> pays about 200 bytes for a link check now in a chunk of its own. The
 * <gcm-practice> chunk itself (5.2 KB) loads only when a visitor opens a practice. Hence 45 KB
 * and 41.5 KB; every element together grows by the new element and the split, 61.6 KB → 65.2 KB.
 */
/*
 * <gcm-practice-form> checks a practice in the browser with the contract's `SubmissionInput`,
 * the API's own rules. The parts of zod/mini those rules use (e-mail and URL formats,
 * defaults, refinements) sit in the chunk every element shares: with the form, every page
 * grew by 0.75–0.95 KB (the catalogue's from 42 024 to 42 980 bytes), hence a kilobyte more
 * on each ceiling. The form's own chunk is 13 KB of its page's 46 KB, and every element
 * together went from 56.3 KB to 72.8 KB (one-file build: 49.5 KB to 67.7 KB), past the 60 KB
 * budget of the read-only elements: 75 KB and 70 KB now.
 */
// With both <gcm-practice> and the form, measured: catalogue 46 386, banner 35 630, resources
// 42 737, form 47 055, practice 40 014 bytes; every element together 82 929 (one-file 75 931).
const ONLY_PRACTICES_CEILING = 47 * KB;
const ONLY_BANNER_CEILING = 35 * KB;
const ONLY_RESOURCES_CEILING = 42.5 * KB;
const ONLY_FORM_CEILING = 48 * KB;
const ONLY_PRACTICE_CEILING = 40.5 * KB;

/** What each budget covers, and its ceiling in gzip bytes. */
const BUDGETS = {
  'the loader (gcm-practices.js)': [(s) => s.loader, 4 * KB],
  'a page with only <gcm-practices> (ceiling, see above)': [
    (s) => s.elements['gcm-practices'],
    ONLY_PRACTICES_CEILING,
  ],
  'a page with only <gcm-campaign-banner> (ceiling, see above)': [
    (s) => s.elements['gcm-campaign-banner'],
    ONLY_BANNER_CEILING,
  ],
  'a page with only <gcm-resources> (ceiling, see above)': [
    (s) => s.elements['gcm-resources'],
    ONLY_RESOURCES_CEILING,
  ],
  'a page with only <gcm-practice-form> (ceiling, see above)': [
    (s) => s.elements['gcm-practice-form'],
    ONLY_FORM_CEILING,
  ],
  'a page with only <gcm-practice> (ceiling, see above)': [
    (s) => s.elements['gcm-practice'],
    ONLY_PRACTICE_CEILING,
  ],
  'every element together (loader, chunks, one language)': [(s) => s.together, 82 * KB],
  'every element together in the one-file build (gcm-practices.all.js)': [
    (s) => s.oneFile,
    76 * KB,
  ],
};

const sizes = cdnSizes();
let failed = false;
for (const [what, [pick, budget]] of Object.entries(BUDGETS)) {
  const { gzip } = pick(sizes);
  const share = ((gzip / budget) * 100).toFixed(1);
  console.log(`${what}: ${gzip} bytes gzip (budget ${budget}, ${share}% used)`);
  if (gzip > budget) {
    console.error(`  over budget by ${gzip - budget} bytes`);
    failed = true;
  }
}
for (const [tag, { gzip }] of Object.entries(sizes.elements)) {
  console.log(`a page with only <${tag}>: ${gzip} bytes gzip`);
}
if (failed) process.exit(1);
