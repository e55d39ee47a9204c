/**
 * The pages of the render benchmark, built in memory: the browser scripts in
 * `pages/` bundled with esbuild (minified), and one HTML document per
 * scenario. Every page starts with the same inline script (`start.ts`, the
 * "script start" mark) and ends with the same probe; only what sits between
 * differs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The CDN loader, exactly as a partner hosts it: beside its `chunks/` folder. */
export const EMBED_BUNDLE = fileURLToPath(import.meta.resolve('@gcm-practices/elements/cdn'));

/** Every script of the CDN folder (the loader, the one-file build, the chunks), by URL path. */
function cdnFiles(): [string, Buffer][] {
  const root = dirname(EMBED_BUNDLE);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && !file.startsWith('.vite'))
    .map((file) => [`/${file.split(sep).join('/')}`, readFileSync(join(root, file))]);
}

async function bundle(entry: string, format: 'esm' | 'iife', plugins: Plugin[] = []) {
  const result = await build({
    entryPoints: [here(entry)],
    bundle: true,
    minify: true,
    format,
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    plugins,
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (/<\/script/i.test(code))
    throw new Error(`${entry}: bundle contains "</script" and cannot be inlined`);
  return code;
}

/** Pages import the baseline as the separate module a partner would host, not inlined. */
const baselineAsModule: Plugin = {
  name: 'baseline-as-module',
  setup(build) {
    build.onResolve({ filter: /baseline\/vanilla-cards\.js$/ }, () => ({
      path: '/vanilla-cards.js',
      external: true,
    }));
  },
};

export interface Assets {
  /** URL path → file served by the static server. */
  files: Map<string, { type: string; body: Buffer }>;
  /** Minified vanilla baseline, the same bytes the size table measures. */
  vanillaModule: string;
}

export type Implementation = 'ours' | 'vanilla' | 'none';

export interface Scenario {
  id: string;
  implementation: Implementation;
  /** What a reader of the table should know about this page. */
  label: string;
  count: number;
  path: string;
}

const LIST_STYLE =
  'body{font-family:system-ui,sans-serif;margin:1rem}' +
  '.practice-list{list-style:none;margin:0;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))}';

function page(
  apiUrl: string,
  count: number,
  start: string,
  head: string,
  body: string,
  script: string,
) {
  return `<!doctype html>
<html lang="en" data-count="${count}" data-api="${apiUrl}">
<head>
<meta charset="utf-8">
<script>${start}</script>
<title>Render benchmark</title>
<style>${LIST_STYLE}</style>
${head}
</head>
<body>
<main id="practices">${body}</main>
<script type="module">${script}</script>
</body>
</html>
`;
}

export async function buildPages(
  apiUrl: string,
  counts: { catalogue: number[]; cards: number[] },
): Promise<{ assets: Assets; scenarios: Scenario[] }> {
  const [start, probeCatalogue, probeCards, probeVanilla, probeEmpty, vanillaModule] =
    await Promise.all([
      bundle('./pages/start.ts', 'iife'),
      bundle('./pages/ours-catalogue.ts', 'esm'),
      bundle('./pages/ours-cards.ts', 'esm'),
      bundle('./pages/vanilla.ts', 'esm', [baselineAsModule]),
      bundle('./pages/empty.ts', 'esm'),
      bundle('../baseline/vanilla-cards.ts', 'esm'),
    ]);
  const files: Assets['files'] = new Map();
  const js = 'text/javascript; charset=utf-8';
  const html = 'text/html; charset=utf-8';
  for (const [path, body] of cdnFiles()) files.set(path, { type: js, body });
  files.set('/vanilla-cards.js', { type: js, body: Buffer.from(vanillaModule) });

  const ours =
    `<meta name="gcm-practices-api" content="${apiUrl}">` +
    '<script type="module" src="/gcm-practices.js"></script>';
  const scenarios: Scenario[] = [];
  const add = (scenario: Scenario, document: string) => {
    files.set(scenario.path, { type: html, body: Buffer.from(document) });
    scenarios.push(scenario);
  };

  for (const count of counts.catalogue) {
    add(
      {
        id: `catalogue-${count}`,
        implementation: 'ours',
        label: `<gcm-practices page-size="${count}" filters="none">`,
        count,
        path: `/catalogue-${count}.html`,
      },
      page(
        apiUrl,
        count,
        start,
        ours,
        `<gcm-practices page-size="${count}" filters="none"></gcm-practices>`,
        probeCatalogue,
      ),
    );
    add(
      {
        id: `catalogue-filters-${count}`,
        implementation: 'ours',
        label: `<gcm-practices page-size="${count}">, default filters`,
        count,
        path: `/catalogue-filters-${count}.html`,
      },
      page(
        apiUrl,
        count,
        start,
        ours,
        `<gcm-practices page-size="${count}"></gcm-practices>`,
        probeCatalogue,
      ),
    );
  }
  for (const count of counts.cards) {
    add(
      {
        id: `cards-${count}`,
        implementation: 'ours',
        label: `${count} × <gcm-practice-card>, .practice set`,
        count,
        path: `/cards-${count}.html`,
      },
      page(apiUrl, count, start, ours, '', probeCards),
    );
  }
  for (const count of [...counts.catalogue, ...counts.cards]) {
    add(
      {
        id: `vanilla-${count}`,
        implementation: 'vanilla',
        label: 'vanilla DOM baseline',
        count,
        path: `/vanilla-${count}.html`,
      },
      page(apiUrl, count, start, '', '', probeVanilla),
    );
  }
  add(
    { id: 'empty', implementation: 'none', label: 'empty page', count: 0, path: '/empty.html' },
    page(apiUrl, 0, start, '', '', probeEmpty),
  );
  return { assets: { files, vanillaModule }, scenarios };
}
