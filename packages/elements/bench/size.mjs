// Size of the embed bundle: minified, gzip and brotli bytes, as a table and as
// JSON in <repo>/bench/results/elements-size.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const file = new URL('../dist/cdn/gcm-practices.js', import.meta.url);
const code = readFileSync(file);
const sizes = {
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
    },
  }).length,
};

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.table(
  Object.fromEntries(
    Object.entries(sizes).map(([name, bytes]) => [name, { bytes, size: kb(bytes) }]),
  ),
);

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const results = new URL('../../../bench/results/', import.meta.url);
mkdirSync(results, { recursive: true });
const out = new URL('elements-size.json', results);
writeFileSync(
  out,
  `${JSON.stringify(
    {
      package: pkg.name,
      version: pkg.version,
      file: 'dist/cdn/gcm-practices.js',
      bytes: sizes,
      budget: { gzip: 60 * 1024 },
      measuredAt: new Date().toISOString(),
    },
    null,
    2,
  )}\n`,
);
console.log(`written ${out.pathname}`);
