// What a partner page downloads from the CDN build: per element (the loader,
// the element's chunk and every chunk it imports), every element together (in
// the language with the most bytes of strings), each language's strings, and
// the one-file build. Read from Vite's build manifest, so an element added to
// src/elements.ts is measured with no change here. Used by
// test/size-budget.mjs, bench/size.mjs and the repository's size benchmark.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const CDN = new URL('../dist/cdn/', import.meta.url);
const LOADER = 'gcm-practices.js';
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The files of each page, as absolute paths. */
export function cdnPages() {
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
  const path = (file) => fileURLToPath(new URL(file, CDN));
  const elements = {};
  const everything = new Set([LOADER]);
  for (const [key, entry] of Object.entries(manifest)) {
    if (!entry.isEntry) continue;
    const files = [LOADER, ...closure(key)];
    for (const file of files) everything.add(file);
    elements[entry.name] = files.map(path);
  }
  const locales = {};
  for (const entry of Object.values(manifest)) {
    const match = /^src\/generated\/locales\/([a-z]+)\.ts$/.exec(entry.src ?? '');
    if (match) locales[match[1]] = [path(entry.file)];
  }
  const largest = Object.values(locales).sort(
    (a, b) => gzip(readFileSync(b[0])) - gzip(readFileSync(a[0])),
  )[0];
  return {
    loader: [path(LOADER)],
    elements,
    locales,
    together: [...[...everything].map(path), ...(largest ?? [])],
    oneFile: [path('gcm-practices.all.js')],
  };
}

/** Minified, gzip -9 and brotli -q 11 bytes; each file compressed on its own, as a server sends it. */
export function bytesOf(paths) {
  const parts = paths.map((p) => readFileSync(p));
  const sum = (f) => parts.reduce((total, part) => total + f(part), 0);
  return {
    files: parts.length,
    min: sum((b) => b.length),
    gzip: sum(gzip),
    brotli: sum(
      (b) =>
        brotliCompressSync(b, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
          },
        }).length,
    ),
  };
}

export function cdnSizes() {
  const pages = cdnPages();
  const map = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, bytesOf(v)]));
  return {
    loader: bytesOf(pages.loader),
    elements: map(pages.elements),
    locales: map(pages.locales),
    together: bytesOf(pages.together),
    oneFile: bytesOf(pages.oneFile),
  };
}
