/**
 * Bundle size of the SDK as a browser app would ship it: esbuild, minified,
 * ESM, browser platform, with ky and zod/mini inside. `pnpm --filter
 * @gcm-practices/sdk bench` (builds first: the bundles use `dist/` through
 * the package's own `exports`, as a consumer's bundler would).
 *
 * Prints a table and writes `<repo>/bench/results/sdk-size.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { printTable } from './table.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, '..');
const repoRoot = resolve(packageDir, '../..');

interface Scenario {
  name: string;
  what: string;
  source: string;
}

const scenarios: Scenario[] = [
  {
    name: 'whole SDK',
    what: 'every export of @gcm-practices/sdk',
    source: `export * from '@gcm-practices/sdk';`,
  },
  {
    name: 'createClient + practices',
    what: 'createClient(), then only client.practices.list/iterate/get',
    source: `
      import { createClient } from '@gcm-practices/sdk';
      const client = createClient({ baseUrl: 'https://api.example.org' });
      export const list = (q) => client.practices.list(q);
      export const iterate = (q) => client.practices.iterate(q);
      export const get = (id) => client.practices.get(id);`,
  },
  {
    name: 'standalone practices',
    what: 'createBaseClient() + listPractices/iteratePractices/getPractice',
    source: `
      import { createBaseClient, listPractices, iteratePractices, getPractice } from '@gcm-practices/sdk';
      const client = createBaseClient({ baseUrl: 'https://api.example.org' });
      export const list = (q) => listPractices(client, q);
      export const iterate = (q) => iteratePractices(client, q);
      export const get = (id) => getPractice(client, id);`,
  },
  {
    name: 'standalone taxonomies',
    what: 'createBaseClient() + getTaxonomies',
    source: `
      import { createBaseClient, getTaxonomies } from '@gcm-practices/sdk';
      export const get = () => getTaxonomies(createBaseClient({ baseUrl: 'https://api.example.org' }));`,
  },
  {
    name: 'error guards only',
    what: 'isApiError, isNotFoundError, isAbortError',
    source: `export { isApiError, isNotFoundError, isAbortError } from '@gcm-practices/sdk';`,
  },
];

interface Measured {
  scenario: string;
  what: string;
  min: number;
  gzip: number;
  brotli: number;
  /** Minified bytes in the bundle by package. */
  byPackage: Record<string, number>;
}

function packageOf(path: string): string {
  if (path.includes('/ky/')) return 'ky';
  if (path.includes('/zod/')) return 'zod/mini';
  if (path.includes('contract/dist') || path.includes('/@gcm-practices/contract/'))
    return 'contract';
  if (path.includes('sdk/dist') || path.startsWith('dist/')) return 'sdk';
  return 'entry';
}

function byPackage(metafile: Metafile): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(path);
      totals[name] = (totals[name] ?? 0) + bytesInOutput;
    }
  }
  return totals;
}

async function measure(scenario: Scenario): Promise<Measured> {
  const result = await build({
    stdin: { contents: scenario.source, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    scenario: scenario.name,
    what: scenario.what,
    min: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).byteLength,
    byPackage: byPackage(result.metafile),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const results: Measured[] = [];
for (const scenario of scenarios) results.push(await measure(scenario));

printTable(
  results.map((r) => ({
    bundle: r.scenario,
    min: kb(r.min),
    'min+gzip': kb(r.gzip),
    'min+brotli': kb(r.brotli),
    'sdk / contract / zod / ky (min)': ['sdk', 'contract', 'zod/mini', 'ky']
      .map((name) => kb(r.byPackage[name] ?? 0).replace(' KiB', ''))
      .join(' / '),
  })),
);

const out = join(repoRoot, 'bench/results/sdk-size.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      package: '@gcm-practices/sdk',
      bundler: 'esbuild (minify, format esm, platform browser, target es2022)',
      compression: 'gzip level 9, brotli quality 11',
      measuredAt: new Date().toISOString(),
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten to ${out}`);
