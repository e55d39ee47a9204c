/**
 * Size of what a partner page downloads: our embed bundle and our SDK beside
 * the alternatives, each measured the way it is shipped — the files a
 * script-tag embed loads as they are published, or an esbuild bundle
 * (minified, ESM, browser, es2022) for what needs a build step. Minified,
 * gzip level 9 and brotli quality 11; files loaded separately are compressed
 * separately and added up.
 *
 *   pnpm --filter bench bench:size
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, version as esbuildVersion } from 'esbuild';
import { writeResult } from './shared/results.js';
import { kib, printTable, ratio } from './shared/table.js';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const entry = (name: string) => fileURLToPath(new URL(`./size/entries/${name}`, import.meta.url));
const modulePath = (path: string) => join(benchDir, 'node_modules', path);

function versionOf(name: string): string {
  const manifest = JSON.parse(readFileSync(modulePath(`${name}/package.json`), 'utf8'));
  return manifest.version as string;
}

type Kind = 'ours' | 'alternative' | 'floor';
type Comparator = 'embed' | 'sdk';

interface Item {
  name: string;
  kind: Kind;
  /** Which of ours it is compared with. */
  against: Comparator;
  how: string;
  load(): Promise<Uint8Array[]>;
}

const files =
  (...paths: string[]) =>
  async () =>
    paths.map((path) => readFileSync(path));

const bundled = (path: string) => async () => {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles.map((file) => file.contents);
};

/** The elements' own account of each CDN page (files per page, from the build manifest). */
interface CdnPages {
  loader: string[];
  elements: Record<string, string[]>;
  locales: Record<string, string[]>;
  together: string[];
  oneFile: string[];
}
const elementsRoot = dirname(
  fileURLToPath(import.meta.resolve('@gcm-practices/elements/package.json')),
);
const { cdnPages } = (await import(join(elementsRoot, 'scripts/cdn-sizes.mjs'))) as {
  cdnPages(): CdnPages;
};
const pages = cdnPages();
const tags = Object.keys(pages.elements).sort();

const items: Item[] = [
  {
    name: `every element together (${tags.length}), loader + chunks`,
    kind: 'ours',
    against: 'embed',
    how: `@gcm-practices/elements dist/cdn/: the loader, the chunks of ${tags.join(', ')} (Lit, SDK, ky, zod/mini) and the largest language's strings`,
    load: files(...pages.together),
  },
  ...tags.map(
    (tag): Item => ({
      name: `page with only <${tag}>`,
      kind: 'ours',
      against: 'embed',
      how: `the loader, chunks/${tag}.js and the chunks it imports (English: no strings)`,
      load: files(...(pages.elements[tag] ?? [])),
    }),
  ),
  {
    name: 'the loader alone',
    kind: 'ours',
    against: 'embed',
    how: 'dist/cdn/gcm-practices.js, the script tag',
    load: files(...pages.loader),
  },
  {
    name: 'one-file build, every element',
    kind: 'ours',
    against: 'embed',
    how: 'dist/cdn/gcm-practices.all.js: every element and language in one file',
    load: files(...pages.oneFile),
  },
  {
    name: 'SDK alone',
    kind: 'ours',
    against: 'sdk',
    how: '@gcm-practices/sdk createClient + practices.list/iterate/get, esbuild',
    load: bundled(entry('sdk-practices.ts')),
  },
  {
    name: `instantsearch.js ${versionOf('instantsearch.js')} + algoliasearch lite (script tags)`,
    kind: 'alternative',
    against: 'embed',
    how: 'dist/instantsearch.production.min.js + algoliasearch dist/lite/builds/browser.umd.js, as published (the CDN files of the docs)',
    load: files(
      modulePath('instantsearch.js/dist/instantsearch.production.min.js'),
      modulePath('algoliasearch/dist/lite/builds/browser.umd.js'),
    ),
  },
  {
    name: 'instantsearch.js + liteClient: searchBox, hits',
    kind: 'alternative',
    against: 'embed',
    how: 'esbuild bundle of the getting-started setup (tree-shaken ES modules)',
    load: bundled(entry('instantsearch-hits.ts')),
  },
  {
    name: 'instantsearch.js + liteClient: catalogue widgets',
    kind: 'alternative',
    against: 'embed',
    how: 'esbuild: searchBox, 5 refinementLists, rangeInput, clearRefinements, stats, hits with a card template, pagination',
    load: bundled(entry('instantsearch-catalogue.ts')),
  },
  {
    name: `algoliasearch ${versionOf('algoliasearch')} lite client alone`,
    kind: 'alternative',
    against: 'sdk',
    how: "esbuild: liteClient + search (from 'algoliasearch/lite')",
    load: bundled(entry('algolia-lite-client.ts')),
  },
  {
    name: `@typeform/embed ${versionOf('@typeform/embed')}`,
    kind: 'alternative',
    against: 'embed',
    how: 'build/embed.js + build/css/widget.css, as published (the form itself then loads in an iframe)',
    load: files(
      modulePath('@typeform/embed/build/embed.js'),
      modulePath('@typeform/embed/build/css/widget.css'),
    ),
  },
  {
    name: `Lit ${versionOf('lit')} alone`,
    kind: 'floor',
    against: 'embed',
    how: 'esbuild: one minimal LitElement (styles, a property, a template): the floor of any Lit widget',
    load: bundled(entry('lit-element.ts')),
  },
  {
    name: 'vanilla-DOM card renderer',
    kind: 'floor',
    against: 'embed',
    how: 'esbuild: bench/src/baseline/vanilla-cards.ts, fetch + textContent, no validation, English only',
    load: bundled(fileURLToPath(new URL('./baseline/vanilla-cards.ts', import.meta.url))),
  },
];

interface Measured {
  name: string;
  kind: Kind;
  against: Comparator;
  how: string;
  files: number;
  min: number;
  gzip: number;
  brotli: number;
}

const gzip = (data: Uint8Array) => gzipSync(data, { level: 9 }).byteLength;
const brotli = (data: Uint8Array) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength,
    },
  }).byteLength;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

async function measure(item: Item): Promise<Measured> {
  const parts = await item.load();
  if (parts.length === 0 || parts.some((part) => part.byteLength === 0)) {
    throw new Error(`${item.name}: nothing to measure`);
  }
  return {
    name: item.name,
    kind: item.kind,
    against: item.against,
    how: item.how,
    files: parts.length,
    min: sum(parts.map((p) => p.byteLength)),
    gzip: sum(parts.map(gzip)),
    brotli: sum(parts.map(brotli)),
  };
}

async function main() {
  const measured: Measured[] = [];
  for (const item of items) measured.push(await measure(item));
  const ours: Record<Comparator, Measured> = {
    embed: measured[0] as Measured,
    sdk: measured.find((m) => m.name === 'SDK alone') as Measured,
  };

  printTable(
    'Size: what a page downloads, minified, gzip -9 and brotli -q 11 (KB = 1024 bytes)',
    measured.map((m) => ({
      '': m.kind === 'ours' ? 'ours' : m.kind,
      what: m.name,
      min: kib(m.min),
      'min+gzip': kib(m.gzip),
      'min+brotli': kib(m.brotli),
      'gzip bytes': String(m.gzip),
      'brotli bytes': String(m.brotli),
      'compared with': m.against === 'embed' ? 'every element' : 'SDK',
      '× ours (gzip)': ratio(m.gzip / ours[m.against].gzip),
      '× ours (brotli)': ratio(m.brotli / ours[m.against].brotli),
    })),
  );
  console.log('\nHow each is measured:');
  for (const m of measured) console.log(`- ${m.name}: ${m.how}`);

  const file = writeResult('size', {
    measuredAt: new Date().toISOString(),
    node: process.version,
    esbuild: esbuildVersion,
    bundler: 'esbuild (bundle, minify, format esm, platform browser, target es2022)',
    compression: 'gzip level 9, brotli quality 11; separate files compressed separately, summed',
    elements: tags,
    results: measured.map((m) => ({
      ...m,
      ratioGzip: Number((m.gzip / ours[m.against].gzip).toFixed(3)),
      ratioBrotli: Number((m.brotli / ours[m.against].brotli).toFixed(3)),
    })),
  });
  console.log(`\nwritten to ${file}`);
}

main().catch((error: unknown) => {
  console.error(
    `\nsize benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
