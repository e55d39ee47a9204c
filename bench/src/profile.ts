/**
 * Where a page's time goes before its cards paint: a CPU profile (V8's
 * sampling profiler through CDP) of the render benchmark's pages, summed by
 * script and by function, beside the page's network waterfall. It answers
 * "which code, which request" where `render.ts` answers "how long".
 *
 *   pnpm --filter bench bench:profile    (PROFILE_PAGES=catalogue-20,vanilla-20 PROFILE_RUNS=3;
 *                                         PROFILE_SAVE=1 also writes each page's .cpuprofile)
 *
 * Profiling slows the page down (the sampler interrupts it every 100 µs), so
 * compare shares within a page, not these times with the render table's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from 'api';
import { chromium } from 'playwright-core';
import { buildPages } from './render/pages.js';
import { serveFiles } from './render/static-server.js';
import { RESULTS_DIR, writeResult } from './shared/results.js';
import { ms, printTable } from './shared/table.js';

const PAGES = (process.env.PROFILE_PAGES ?? 'catalogue-20,vanilla-20,catalogue-100,vanilla-100')
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const TOP_FUNCTIONS = 15;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The script a sample ran in, named for a reader: the page, a chunk, or V8's own work. */
function scriptOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'browser (parse, style, layout, paint)';
    return `V8 ${functionName || '(anonymous)'}`;
  }
  const path = new URL(url).pathname;
  if (path.endsWith('.html')) return 'the page (inline scripts, probe)';
  return path.replace(/^\/chunks\//, 'chunk ').replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');
}

function selfTimes(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const scripts = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const script = scriptOf(node);
    if (script === 'idle') return;
    total += delta;
    scripts.set(script, (scripts.get(script) ?? 0) + delta);
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (url) {
      const name = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}:${columnNumber + 1}`;
      functions.set(name, (functions.get(name) ?? 0) + delta);
    }
  });
  return { scripts, functions, total };
}

function add(into: Map<string, number>, from: Map<string, number>, weight: number) {
  for (const [key, value] of from) into.set(key, (into.get(key) ?? 0) + value * weight);
}

async function main() {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`PROFILE_RUNS must be ≥ 1`);
  const api = await startServer({ port: 0, synthetic: { count: 2000, seed: 1 } });
  const { assets, scenarios } = await buildPages(api.url, { catalogue: [20, 100], cards: [1000] });
  const site = await serveFiles(assets.files);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results: Record<string, unknown> = {};
  try {
    for (const id of PAGES) {
      const scenario = scenarios.find((s) => s.id === id);
      if (!scenario) {
        throw new Error(
          `PROFILE_PAGES: no page "${id}" (pages: ${scenarios.map((s) => s.id).join(', ')})`,
        );
      }
      const scripts = new Map<string, number>();
      const functions = new Map<string, number>();
      let cpuTotal = 0;
      let painted = 0;
      let waterfall: { name: string; start: number; end: number }[] = [];
      // One discarded run warms the API's caches, as in the render benchmark.
      for (let run = -1; run < RUNS; run++) {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
          await page.goto(`${site.url}${scenario.path}`, { waitUntil: 'domcontentloaded' });
          const [result, t0] = await page.evaluate(
            async () => [await window.__bench.finished, window.__bench.t0] as const,
          );
          const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
            profile: CpuProfile;
          };
          if (run < 0 || !result) continue;
          const times = selfTimes(profile);
          add(scripts, times.scripts, 1 / RUNS);
          add(functions, times.functions, 1 / RUNS);
          cpuTotal += times.total / RUNS;
          painted += (result.painted - t0) / RUNS;
          if (run === 0 && process.env.PROFILE_SAVE) {
            // The CDP profile is the .cpuprofile format: open it in DevTools' Performance panel.
            const file = join(
              RESULTS_DIR,
              `profile-${id}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`,
            );
            mkdirSync(RESULTS_DIR, { recursive: true });
            writeFileSync(file, JSON.stringify(profile));
            console.log(`${id}: CPU profile of the first run written to ${file}`);
          }
          if (run === 0) {
            waterfall = await page.evaluate((start) => {
              return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
                (entry) => {
                  const url = new URL(entry.name);
                  return {
                    name: url.pathname.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js') + url.search,
                    start: entry.startTime - start,
                    end: entry.responseEnd - start,
                  };
                },
              );
            }, t0);
          }
        } finally {
          await context.close();
        }
      }
      const share = (value: number) => `${((value / cpuTotal) * 100).toFixed(0)} %`;
      printTable(
        `${scenario.label} (${scenario.count} cards): painted after ${ms(painted)} ms with the profiler on; CPU by script, mean of ${RUNS}`,
        [...scripts]
          .sort((a, b) => b[1] - a[1])
          .map(([script, time]) => ({ script, 'CPU ms': ms(time), share: share(time) })),
      );
      printTable(
        `  top ${TOP_FUNCTIONS} functions by self time`,
        [...functions]
          .sort((a, b) => b[1] - a[1])
          .slice(0, TOP_FUNCTIONS)
          .map(([fn, time]) => ({
            function: fn.slice(0, 90),
            'self ms': ms(time),
            share: share(time),
          })),
      );
      printTable(
        '  requests (first run), from script start',
        waterfall.map((r) => ({
          request: r.name.length > 70 ? `${r.name.slice(0, 67)}…` : r.name,
          'start ms': ms(r.start),
          'end ms': ms(r.end),
        })),
      );
      results[id] = {
        paintedMs: painted,
        cpuMs: cpuTotal,
        scripts: Object.fromEntries(scripts),
        functions: Object.fromEntries([...functions].sort((a, b) => b[1] - a[1]).slice(0, 50)),
        waterfall,
      };
    }
    console.log(
      `\nwritten to ${writeResult('profile', { measuredAt: new Date().toISOString(), runs: RUNS, pages: results })}`,
    );
  } finally {
    await browser.close();
    await site.close();
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nprofile failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
