/**
 * Render benchmark: time from script start to N practice cards painted in
 * headless Chromium, our elements beside a hand-written vanilla-DOM
 * renderer, with data from the real API on loopback; and the JS heap after
 * 1000 cards. See README.md for the method.
 *
 *   pnpm --filter bench bench:render        (RENDER_RUNS=9 for more runs)
 */
import { startServer } from 'api';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import type { BenchState } from './render/pages/probe.js';
import { buildPages, type Scenario } from './render/pages.js';
import { serveFiles } from './render/static-server.js';
import { writeResult } from './shared/results.js';
import { median, ms, printTable, ratio } from './shared/table.js';

const RUNS = Number(process.env.RENDER_RUNS ?? 5);
const PAGE_TIMEOUT_MS = 30_000;
const CATALOGUE_COUNTS = [20, 100];
const CARD_COUNTS = [1000];
const HEAP_COUNT = 1000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (!Number.isInteger(RUNS) || RUNS < 5) {
  throw new Error(`RENDER_RUNS must be an integer of at least 5 (got ${process.env.RENDER_RUNS})`);
}

interface Run {
  /** Script start → the frame after the one that first had every card laid out. */
  paintedMs: number;
  /** Script start → the cards laid out (forced), before that frame paints. */
  laidOutMs: number;
  /** Script start → the page's own module runs (the widget's code loaded and run). */
  codeReadyMs: number;
  /** Navigation start → painted. */
  fromNavigationMs: number;
  titles: string[];
  heapBytes?: number;
  domNodes?: number;
}

async function runOnce(
  browser: Browser,
  siteUrl: string,
  scenario: Scenario,
  measureHeap: boolean,
): Promise<Run> {
  // A new context per run: empty HTTP cache and no code cache, as on a first visit.
  const context: BrowserContext = await browser.newContext();
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const response = await page.goto(`${siteUrl}${scenario.path}`, {
      waitUntil: 'domcontentloaded',
    });
    if (!response?.ok()) throw new Error(`${scenario.path}: HTTP ${response?.status()}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(async () => {
        const progress = await page.evaluate(() => window.__bench.progress).catch(() => '?');
        reject(
          new Error(
            `${scenario.count} cards not painted within ${PAGE_TIMEOUT_MS / 1000} s ` +
              `(${progress} complete)${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}`,
          ),
        );
      }, PAGE_TIMEOUT_MS);
    });
    let result: BenchState['result'];
    let t0: number;
    let codeReady: number | undefined;
    try {
      [result, t0, codeReady] = await Promise.race([
        page.evaluate(
          async () =>
            [await window.__bench.finished, window.__bench.t0, window.__bench.codeReady] as const,
        ),
        timeout,
      ]);
    } catch (error) {
      throw new Error(
        `${scenario.id}: the page failed: ${(error as Error).message.split('\n')[0]}`,
      );
    } finally {
      clearTimeout(timer);
    }
    if (!result) throw new Error(`${scenario.id}: the page finished without a result`);
    const run: Run = {
      paintedMs: result.painted - t0,
      laidOutMs: result.laidOut - t0,
      codeReadyMs: (codeReady ?? Number.NaN) - t0,
      fromNavigationMs: result.painted,
      titles: result.titles,
    };
    if (measureHeap) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      run.heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      run.domNodes = metrics.find((m) => m.name === 'Nodes')?.value;
    }
    return run;
  } finally {
    await context.close();
  }
}

function sameTitles(a: Run, b: Run, what: string): void {
  const differ = a.titles.length !== b.titles.length || a.titles.some((t, i) => t !== b.titles[i]);
  if (differ) {
    const at = a.titles.findIndex((t, i) => t !== b.titles[i]);
    throw new Error(
      `${what}: the pages show different practices (${a.titles.length} vs ${b.titles.length} titles; ` +
        `first difference at ${at}: "${a.titles[at]}" vs "${b.titles[at]}")`,
    );
  }
}

async function main() {
  const startedAt = performance.now();
  const api = await startServer({ port: 0, synthetic: { count: 2000, seed: 1 } });
  const { assets, scenarios } = await buildPages(api.url, {
    catalogue: CATALOGUE_COUNTS,
    cards: CARD_COUNTS,
  });
  const site = await serveFiles(assets.files);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const runs = new Map<string, Run[]>(scenarios.map((s) => [s.id, []]));
  try {
    const heapScenario = (s: Scenario) => s.count === HEAP_COUNT || s.implementation === 'none';
    // One discarded run of each page first: the API's caches, the OS's file cache and
    // Chromium's process pool start equally warm for every page. It also checks that
    // every page of a size shows the same practices in the same order.
    console.log(
      `render: ${scenarios.length} pages × (1 warm-up + ${RUNS} runs), a new browser context each`,
    );
    const warm = new Map<string, Run>();
    for (const scenario of scenarios) {
      warm.set(scenario.id, await runOnce(browser, site.url, scenario, false));
    }
    for (const scenario of scenarios) {
      if (scenario.implementation !== 'ours') continue;
      const ours = warm.get(scenario.id) as Run;
      sameTitles(ours, warm.get(`vanilla-${scenario.count}`) as Run, scenario.id);
      if (ours.titles.length !== scenario.count) {
        throw new Error(`${scenario.id}: ${ours.titles.length} titles for ${scenario.count} cards`);
      }
    }
    // Pages alternate within each round, so load from elsewhere on the machine spreads evenly.
    for (let round = 0; round < RUNS; round++) {
      for (const scenario of scenarios) {
        runs
          .get(scenario.id)
          ?.push(await runOnce(browser, site.url, scenario, heapScenario(scenario)));
      }
    }

    const chromiumVersion = browser.version();
    const summary = scenarios.map((scenario) => {
      const samples = runs.get(scenario.id) as Run[];
      const painted = samples.map((r) => r.paintedMs);
      const heaps = samples.flatMap((r) => (r.heapBytes === undefined ? [] : [r.heapBytes]));
      const nodes = samples.flatMap((r) => (r.domNodes === undefined ? [] : [r.domNodes]));
      return {
        ...scenario,
        runs: samples.length,
        paintedMs: median(painted),
        paintedMinMs: Math.min(...painted),
        paintedMaxMs: Math.max(...painted),
        laidOutMs: median(samples.map((r) => r.laidOutMs)),
        codeReadyMs: median(samples.map((r) => r.codeReadyMs)),
        fromNavigationMs: median(samples.map((r) => r.fromNavigationMs)),
        heapBytes: heaps.length ? median(heaps) : undefined,
        domNodes: nodes.length ? median(nodes) : undefined,
        samplesMs: painted.map((v) => Number(v.toFixed(1))),
      };
    });
    const byId = new Map(summary.map((s) => [s.id, s]));
    const vanillaOf = (count: number) => byId.get(`vanilla-${count}`);

    const timed = summary.filter((s) => s.implementation !== 'none');
    printTable(
      `Render: script start → cards painted, headless Chromium ${chromiumVersion}, median of ${RUNS} runs (first visit, loopback API)`,
      timed
        .sort((a, b) => a.count - b.count || (a.implementation === 'vanilla' ? 1 : -1))
        .map((s) => {
          const base = vanillaOf(s.count);
          return {
            cards: String(s.count),
            page: s.label,
            'painted ms': ms(s.paintedMs),
            'min–max ms': `${ms(s.paintedMinMs)}–${ms(s.paintedMaxMs)}`,
            'code run ms': ms(s.codeReadyMs),
            'laid out ms': ms(s.laidOutMs),
            'from navigation ms': ms(s.fromNavigationMs),
            '× vanilla': base ? ratio(s.paintedMs / base.paintedMs) : '–',
          };
        }),
    );
    const mb = (bytes: number | undefined) =>
      bytes === undefined ? '–' : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    const empty = byId.get('empty');
    const heapRows = summary.filter((s) => s.heapBytes !== undefined);
    printTable(
      `Memory: JS heap after garbage collection with ${HEAP_COUNT} cards rendered (median of ${RUNS})`,
      heapRows.map((s) => {
        const base = vanillaOf(s.count);
        const over = (v: number | undefined) =>
          v === undefined || empty?.heapBytes === undefined ? undefined : v - empty.heapBytes;
        const compared = s.implementation === 'ours' && base?.heapBytes && s.heapBytes;
        return {
          page: s.implementation === 'none' ? 'empty page (reference)' : `${s.label} (${s.count})`,
          'JS heap': mb(s.heapBytes),
          'over empty page': s.implementation === 'none' ? '–' : mb(over(s.heapBytes)),
          'DOM nodes': s.domNodes === undefined ? '–' : String(s.domNodes),
          '× vanilla': compared ? ratio((s.heapBytes as number) / (base.heapBytes as number)) : '–',
        };
      }),
    );
    console.log(
      '\npainted: the frame after the first one in which every card is in the DOM, rendered and laid out' +
        '\n(checked once per animation frame). × vanilla: ours ÷ the vanilla page with the same cards.',
    );

    const file = writeResult('render', {
      measuredAt: new Date().toISOString(),
      node: process.version,
      chromium: chromiumVersion,
      runs: RUNS,
      method: {
        start: 'performance.now() in the first inline script of <head>',
        painted:
          'first animation frame in which every expected card is complete (checked each frame), layout forced, then the next frame',
        cache:
          'new browser context per run (empty HTTP and code cache); one discarded warm-up run per page',
        heap: 'CDP HeapProfiler.collectGarbage twice, then Runtime.getHeapUsage usedSize',
      },
      embedBundleBytes: assets.files.get('/gcm-practices.js')?.body.length,
      vanillaModuleBytes: assets.vanillaModule.length,
      scenarios: summary,
    });
    console.log(`\nwritten to ${file}`);
    console.log(`render benchmark: ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    await site.close();
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `\nrender benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
