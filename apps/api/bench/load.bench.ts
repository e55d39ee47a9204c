/**
 * Load benchmark of the API over a 100 000-practice synthetic catalogue:
 * HTTP latency and throughput under autocannon next to the time the same
 * search takes when called in-process, and the time plain SQL over the same
 * SQLite file takes for the same answer (raw-sql.ts), for three typical queries.
 *
 *   pnpm --filter api bench            (PRACTICES=20000 DURATION=3 to shorten)
 *
 * Results are printed and written to bench/results/ at the repository root.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeQuery, PracticeQuery } from '@gcm-practices/contract';
import autocannon from 'autocannon';
import {
  loadCuratedDataset,
  loadSyntheticPractices,
  openDatabase,
  searchPractices,
} from '../src/index.js';
import { clearTextMatchCache } from '../src/search/text-search.js';
import { differences, newestPage, objectivePage, type RawQuery, textSearch } from './raw-sql.js';

const PRACTICES = Number(process.env.PRACTICES ?? 100_000);
const DURATION = Number(process.env.DURATION ?? 5);
const CONNECTIONS = 10;
const DIRECT_RUNS = 30;

type Db = ReturnType<typeof openDatabase>;

/** Typical requests of the catalogue element; the deep page is the one before the last. */
function queries(totalPractices: number) {
  const deepPage = Math.max(1, Math.ceil(totalPractices / 25) - 1);
  return [
    {
      name: 'objective filter',
      query: 'objective=7',
      raw: (db: Db): RawQuery => objectivePage(db, 7, 20, 1),
    },
    {
      name: 'full text + facets',
      query: 'q=child%20labour&facets=objective,region,implementerType,status',
      raw: (db: Db): RawQuery =>
        textSearch(db, 'child labour', ['objective', 'region', 'implementerType', 'status'], 20, 1),
    },
    {
      name: 'deep page',
      query: `sort=newest&pageSize=25&page=${deepPage}`,
      raw: (db: Db): RawQuery => newestPage(db, 25, deepPage),
    },
  ];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

function directTimes(db: Db, name: string, query: string, rawQuery: RawQuery) {
  const decoded = decodeQuery(PracticeQuery, new URLSearchParams(query));
  if (!decoded.success) throw new Error(`bad benchmark query ${query}`);
  const answer = searchPractices(db, decoded.data);
  if (!answer.ok) throw new Error(`${name}: the search found no such page`);
  const differ = differences(rawQuery(), answer);
  if (differ) throw new Error(`${name}: plain SQL and the API's search disagree: ${differ}`);
  const warm: number[] = [];
  const cold: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < DIRECT_RUNS; i++) {
    clearTextMatchCache(db);
    let started = performance.now();
    searchPractices(db, decoded.data);
    cold.push(performance.now() - started);
    started = performance.now();
    searchPractices(db, decoded.data);
    warm.push(performance.now() - started);
    started = performance.now();
    rawQuery();
    raw.push(performance.now() - started);
  }
  return { warmMs: median(warm), coldMs: median(cold), rawMs: median(raw), total: answer.total };
}

/**
 * The server runs in its own process, as in production (info-level request
 * logs included), so autocannon does not share its event loop.
 */
function spawnServer(databasePath: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"msg":"listening","url":"([^"]+)"/.exec(buffered);
      if (match) {
        // Keep draining the request log so the pipe never fills.
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve({ child, url: match[1] as string });
      }
    };
    child.stdout?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'gcm-api-bench-'));
  const databasePath = join(dir, 'bench.db');
  try {
    const db = openDatabase(databasePath);
    loadCuratedDataset(db);
    process.stdout.write(`Seeding ${PRACTICES} synthetic practices…\n`);
    const seed = loadSyntheticPractices(db, { count: PRACTICES, seed: 1 });
    db.close();
    process.stdout.write(
      `Seeded ${seed.count} practices in ${(seed.ms / 1000).toFixed(1)} s (${Math.round(seed.rowsPerSecond)} rows/s)\n`,
    );

    const spawned = performance.now();
    const server = await spawnServer(databasePath);
    const startMs = performance.now() - spawned;
    const reader = openDatabase(databasePath);
    const rows = [];
    try {
      const total = reader.prepare('SELECT count(*) FROM practices').pluck().get() as number;
      for (const { name, query, raw } of queries(total)) {
        const direct = directTimes(reader, name, query, raw(reader));
        const result = await autocannon({
          url: `${server.url}/v1/practices?${query}`,
          connections: CONNECTIONS,
          duration: DURATION,
          // What a browser sends: responses are brotli-compressed, as in production.
          headers: { 'accept-encoding': 'gzip, deflate, br' },
        });
        if (result.non2xx > 0 || result.errors > 0) {
          throw new Error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
        }
        rows.push({
          name,
          query,
          results: direct.total,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          requestsPerSecond: Math.round(result.requests.average),
          directWarmMs: Number(direct.warmMs.toFixed(3)),
          directColdMs: Number(direct.coldMs.toFixed(3)),
          rawSqlMs: Number(direct.rawMs.toFixed(3)),
          overhead: Number((result.latency.p50 / Math.max(direct.warmMs, 0.001)).toFixed(1)),
          overheadVsRawSql: Number((result.latency.p50 / Math.max(direct.rawMs, 0.001)).toFixed(2)),
          // With one event loop, wall time per answered request is what each costs the server.
          serverMsPerRequest: Number((1000 / result.requests.average).toFixed(2)),
        });
      }
    } finally {
      reader.close();
      server.child.kill('SIGTERM');
    }

    console.log(
      `\n${PRACTICES} synthetic practices, ${CONNECTIONS} connections, ${DURATION} s per query`,
    );
    console.log(`server start (process, open, index build): ${startMs.toFixed(0)} ms\n`);
    console.table(
      rows.map((r) => ({
        query: r.name,
        results: r.results,
        'p50 ms': r.p50Ms,
        'p99 ms': r.p99Ms,
        'req/s': r.requestsPerSecond,
        'search ms (warm)': r.directWarmMs,
        'search ms (cold)': r.directColdMs,
        'raw SQL ms': r.rawSqlMs,
        'p50 / search': r.overhead,
        'p50 / raw SQL': r.overheadVsRawSql,
        'server ms/req': r.serverMsPerRequest,
      })),
    );
    console.log(
      'search ms: median of direct in-process calls (SQLite + in-memory index, no HTTP);\n' +
        'cold = full-text cache cleared before each call. raw SQL: the same page, total and\n' +
        'facet counts from plain SQL statements over the same file (bench/raw-sql.ts).\n' +
        'p50 / search and p50 / raw SQL: HTTP p50 over the in-process time (overhead ratio)\n' +
        `(p50 includes queueing behind ${CONNECTIONS} concurrent requests); server ms/req = 1000 / req/s.`,
    );

    const resultsDir = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
    mkdirSync(resultsDir, { recursive: true });
    const file = join(
      resultsDir,
      `api-load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          practices: PRACTICES,
          connections: CONNECTIONS,
          durationSeconds: DURATION,
          seed: {
            rows: seed.count,
            ms: Math.round(seed.ms),
            rowsPerSecond: Math.round(seed.rowsPerSecond),
          },
          serverStartMs: Math.round(startMs),
          queries: rows,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nwritten to ${file}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
