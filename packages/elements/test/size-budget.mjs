// Fails when the embed bundle outgrows its budget: every element together, 60 KB
// minified and gzipped (the SDK's transport is ky again, about 4 KB).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 60 * 1024;
const file = new URL('../dist/cdn/gcm-practices.js', import.meta.url);

let code;
try {
  code = readFileSync(file);
} catch {
  console.error('dist/cdn/gcm-practices.js is missing: run `vite build` first.');
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const share = ((gzip / BUDGET) * 100).toFixed(1);
console.log(
  `embed bundle: ${code.length} bytes minified, ${gzip} bytes gzip (budget ${BUDGET}, ${share}% used)`,
);
if (gzip > BUDGET) {
  console.error(`over budget by ${gzip - BUDGET} bytes`);
  process.exit(1);
}
