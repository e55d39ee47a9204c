// What a partner page downloads from the CDN build, in bytes: per element (the
// loader, the element's chunk and every chunk it imports), for every element
// together, for each language's strings, and for the one-file build. Read from
// Vite's build manifest, so an element added to src/elements.ts is measured
// without any change here. Used by test/size-budget.mjs and bench/size.mjs.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const CDN = new URL('../dist/cdn/', import.meta.url);

function bytesOf(files) {
  const code = Buffer.concat(files.map((file) => readFileSync(new URL(file, CDN))));
  // Each file is compressed on its own, as a server sends it.
  const each = (compress) =>
    files.reduce((sum, file) => sum + compress(readFileSync(new URL(file, CDN))).length, 0);
  return {
    files: files.length,
    min: code.length,
    gzip: each((b) => gzipSync(b, { level: 9 })),
    brotli: each((b) =>
      brotliCompressSync(b, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
        },
      }),
    ),
  };
}

export function cdnSizes() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', CDN), 'utf8'));
  } catch {
    throw new Error('dist/cdn/.vite/manifest.json is missing: build the elements first.');
  }
  const closure = (key, into = new Set()) => {
    const entry = manifest[key];
    if (!entry || into.has(entry.file)) return into;
    into.add(entry.file);
    for (const dep of entry.imports ?? []) closure(dep, into);
    return into;
  };
  const loader = 'gcm-practices.js';
  const elements = {};
  const everything = new Set([loader]);
  for (const [key, entry] of Object.entries(manifest)) {
    if (!entry.isEntry) continue;
    const files = [loader, ...closure(key)];
    for (const file of files) everything.add(file);
    elements[entry.name] = bytesOf(files);
  }
  const locales = {};
  for (const entry of Object.values(manifest)) {
    const match = /^src\/generated\/locales\/([a-z]+)\.ts$/.exec(entry.src ?? '');
    if (match) locales[match[1]] = bytesOf([entry.file]);
  }
  const largestLocale = Math.max(0, ...Object.values(locales).map((l) => l.gzip));
  return {
    loader: bytesOf([loader]),
    elements,
    locales,
    /** Every element on one page, in the language with the most bytes of strings. */
    together: { ...bytesOf([...everything]), gzip: bytesOf([...everything]).gzip + largestLocale },
    oneFile: bytesOf(['gcm-practices.all.js']),
  };
}
