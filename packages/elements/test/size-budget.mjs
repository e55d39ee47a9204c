// Fails when what a partner page downloads outgrows its budget (gzip -9 bytes,
// each file compressed on its own as a server sends it). An element added to
// src/elements.ts is measured, and counted in "every element together", with
// no change here; give it a line in BUDGETS only if it needs a budget of its own.
import { cdnSizes } from '../scripts/cdn-sizes.mjs';

const KB = 1024;
/** What each budget covers, and its ceiling in gzip bytes. */
const BUDGETS = {
  'the loader (gcm-practices.js)': [(s) => s.loader, 4 * KB],
  'every element together (loader, chunks, one language)': [(s) => s.together, 60 * KB],
  'every element together in the one-file build (gcm-practices.all.js)': [
    (s) => s.oneFile,
    60 * KB,
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
