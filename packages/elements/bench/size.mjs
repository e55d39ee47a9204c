// What a partner page downloads from the CDN build: per element, every element
// together, each language, the one-file build (minified, gzip -9 and brotli
// bytes), as a table and as JSON in <repo>/bench/results/elements-size.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cdnSizes } from '../scripts/cdn-sizes.mjs';

const sizes = cdnSizes();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = {
  'loader (gcm-practices.js)': sizes.loader,
  ...Object.fromEntries(
    Object.entries(sizes.elements).map(([tag, s]) => [`page with only <${tag}>`, s]),
  ),
  'every element together (+ one language)': sizes.together,
  ...Object.fromEntries(Object.entries(sizes.locales).map(([lang, s]) => [`strings: ${lang}`, s])),
  'one-file build (gcm-practices.all.js)': sizes.oneFile,
};
console.table(
  Object.fromEntries(
    Object.entries(rows).map(([name, s]) => [
      name,
      { files: s.files, min: kb(s.min), gzip: kb(s.gzip), brotli: kb(s.brotli) },
    ]),
  ),
);

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const results = new URL('../../../bench/results/', import.meta.url);
mkdirSync(results, { recursive: true });
const out = new URL('elements-size.json', results);
writeFileSync(
  out,
  `${JSON.stringify(
    { package: pkg.name, version: pkg.version, sizes, measuredAt: new Date().toISOString() },
    null,
    2,
  )}\n`,
);
console.log(`written ${out.pathname}`);
