/**
 * The four areas side by side, from the newest JSON each benchmark wrote to
 * bench/results/: sizes, render, API, SDK. `pnpm bench` runs this last, after
 * every package's benchmark; each table names the run it comes from.
 */
import { basename } from 'node:path';
import { latestResult } from './shared/results.js';
import { kib, ms, printTable, ratio } from './shared/table.js';

interface SizeResults {
  measuredAt: string;
  results: {
    name: string;
    kind: string;
    against: string;
    gzip: number;
    brotli: number;
    ratioGzip: number;
    ratioBrotli: number;
  }[];
}
interface RenderResults {
  measuredAt: string;
  chromium: string;
  runs: number;
  scenarios: {
    id: string;
    implementation: string;
    label: string;
    count: number;
    paintedMs: number;
    heapBytes?: number;
  }[];
}
interface ApiResults {
  date: string;
  practices: number;
  connections: number;
  durationSeconds: number;
  queries: {
    /** The store (sqlite, postgres) when the run measured several. */
    store?: string;
    name: string;
    query: string;
    results: number;
    p50Ms: number | string;
    p99Ms: number | string;
    requestsPerSecond: number;
    directWarmMs: number;
    rawSqlMs?: number;
    /** '–' when no request was answered within the run. */
    overhead: number | string;
    overheadVsRawSql?: number | string;
  }[];
}
interface SdkParseResults {
  measuredAt: string;
  rows: Record<string, string>[];
}

let missing = 0;
function noResults(name: string): void {
  missing++;
  console.log(`\n(no ${name} results in bench/results/ yet: run pnpm bench)`);
}
const from = (file: string) => `(${basename(file)})`;

const size = latestResult<SizeResults>('size');
if (size) {
  printTable(
    `Size ${from(size.file)}`,
    size.data.results.map((r) => ({
      what: r.kind === 'ours' ? `**${r.name}**` : r.name,
      'min+gzip': kib(r.gzip),
      'min+brotli': kib(r.brotli),
      '× ours (gzip)':
        r.kind === 'ours'
          ? '–'
          : `${ratio(r.ratioGzip)} ${r.against === 'sdk' ? 'SDK' : 'all elements'}`,
    })),
  );
} else noResults('size');

const render = latestResult<RenderResults>('render');
if (render) {
  const timed = render.data.scenarios.filter((s) => s.implementation !== 'none');
  const vanilla = new Map(
    timed.filter((s) => s.implementation === 'vanilla').map((s) => [s.count, s]),
  );
  const empty = render.data.scenarios.find((s) => s.implementation === 'none')?.heapBytes;
  const mb = (bytes: number | undefined) =>
    bytes === undefined ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  printTable(
    `Render, script start → painted, median of ${render.data.runs}, Chromium ${render.data.chromium} ${from(render.file)}`,
    timed
      .filter((s) => s.implementation === 'ours')
      .map((s) => {
        const base = vanilla.get(s.count);
        return {
          cards: String(s.count),
          ours: s.label,
          'ours ms': ms(s.paintedMs),
          'vanilla ms': base ? ms(base.paintedMs) : '–',
          '× vanilla': base ? ratio(s.paintedMs / base.paintedMs) : '–',
          'JS heap, ours / vanilla':
            s.heapBytes !== undefined && base?.heapBytes !== undefined
              ? `${mb(s.heapBytes)} / ${mb(base.heapBytes)} (empty page ${mb(empty)})`
              : '–',
        };
      }),
  );
} else noResults('render');

const api = latestResult<ApiResults>('api-load');
if (api) {
  const d = api.data;
  printTable(
    `API: ${d.practices} synthetic practices, autocannon ${d.connections} connections × ${d.durationSeconds} s ${from(api.file)}`,
    d.queries.map((q) => ({
      query: q.store === undefined ? q.name : `${q.name} (${q.store})`,
      'p50 ms': String(q.p50Ms),
      'p99 ms': String(q.p99Ms),
      'req/s': String(q.requestsPerSecond),
      'search ms': q.directWarmMs.toFixed(2),
      'raw SQL ms': q.rawSqlMs === undefined ? '–' : q.rawSqlMs.toFixed(2),
      'p50 / raw SQL': typeof q.overheadVsRawSql === 'number' ? ratio(q.overheadVsRawSql) : '–',
      'p50 / search': typeof q.overhead === 'number' ? ratio(q.overhead) : '–',
    })),
  );
} else noResults('api-load');

const sdk = latestResult<SdkParseResults>('sdk-parse');
if (sdk) {
  printTable(
    `SDK: parse + validate vs JSON.parse ${from(sdk.file)}`,
    sdk.data.rows.map((r) => ({
      page: (r.page ?? '').replace(/ \(.*\)$/, ''),
      step: r.step ?? '',
      'ms / page': r['ms / page'] ?? '',
      '× JSON.parse': `${r['x JSON.parse']}×`,
    })),
  );
} else noResults('sdk-parse');

if (missing > 0) console.log(`\n${missing} area(s) without results.`);
