/**
 * Load benchmark of the API over 100 000 synthetic practices, on SQLite and
 * on PostgreSQL side by side: HTTP latency and throughput under autocannon,
 * with the in-memory search cache on and off, next to the same search called
 * in-process from the cache and as plain SQL (the store's own SQL path, what
 * a server without the cache runs, without HTTP). Also measures building the
 * cache: how long, and the longest the event loop was held meanwhile.
 *
 *   pnpm --filter api bench            (PRACTICES=20000 DURATION=3 to shorten)
 *
 * PostgreSQL: BENCH_DATABASE_URL (an empty database), else a throwaway cluster
 * from this machine's binaries; without either only SQLite is measured.
 * Results are printed and written to bench/results/ at the repository root.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { decodeQuery, PracticeQuery } from '@gcm-practices/contract';
import autocannon from 'autocannon';
import {
  CatalogueService,
  loadCuratedDataset,
  loadSyntheticPractices,
  openStore,
  type Store,
  type StoreLocation,
} from '../src/index.js';
import { PRACTICES as PRACTICE_CATALOGUE } from '../src/search/catalogue-spec.js';
import {
  findPostgresBin,
  type PostgresCluster,
  startPostgresCluster,
} from '../test/support/postgres-cluster.js';

const PRACTICES = Number(process.env.PRACTICES ?? 100_000);
const DURATION = Number(process.env.DURATION ?? 5);
const CONNECTIONS = 10;
const DIRECT_RUNS = 20;

/** Typical requests of the catalogue element; the deep page is the one before the last. */
function queries(totalPractices: number) {
  const deepPage = Math.max(1, Math.ceil(totalPractices / 25) - 1);
  return [
    { name: 'objective filter', query: 'objective=7' },
    {
      name: 'full text + 4 facets',
      query: 'q=child%20labour&facets=objective,region,implementerType,status',
    },
    { name: 'deep page', query: `sort=newest&pageSize=25&page=${deepPage}` },
  ];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** In-process: the same search from the cache (warm, and with the text matches forgotten) and in SQL. */
async function directTimes(store: Store, query: string) {
  const decoded = decodeQuery(PracticeQuery, new URLSearchParams(query));
  if (!decoded.success) throw new Error(`bad benchmark query ${query}`);
  const cached = new CatalogueService(store.catalogue, { searchCache: true });
  const plain = new CatalogueService(store.catalogue, { searchCache: false });
  await cached.warmUp();
  const fromCache = await cached.searchPractices(decoded.data);
  const fromSql = await plain.searchPractices(decoded.data);
  if (JSON.stringify(fromCache) !== JSON.stringify(fromSql)) {
    throw new Error(`${query}: the search cache and plain SQL disagree`);
  }
  const warm: number[] = [];
  const cold: number[] = [];
  const sql: number[] = [];
  for (let i = 0; i < DIRECT_RUNS; i++) {
    cached.searchCache?.forgetTexts();
    cold.push(await timed(() => cached.searchPractices(decoded.data)));
    warm.push(await timed(() => cached.searchPractices(decoded.data)));
    sql.push(await timed(() => plain.searchPractices(decoded.data)));
  }
  cached.close();
  plain.close();
  return {
    total: fromSql.ok ? fromSql.total : 0,
    warmMs: median(warm),
    coldMs: median(cold),
    sqlMs: median(sql),
  };
}

/**
 * Build the practices' search index in-process and watch the event loop: the
 * delay of a 1 ms timer (which on a busy machine also counts time the process
 * waited for a CPU), and the CPU time the process spent between two turns of
 * the loop — the longest of those is the longest the build held the loop.
 */
async function indexBuild(store: Store) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const cache = new CatalogueService(store.catalogue, { searchCache: true });
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let building = true;
  let lastCpu = cpuMs();
  let longestTurnCpuMs = 0;
  const turn = () => {
    const now = cpuMs();
    longestTurnCpuMs = Math.max(longestTurnCpuMs, now - lastCpu);
    lastCpu = now;
    if (building) setImmediate(turn);
  };
  setImmediate(turn);
  delay.enable();
  const ms = await timed(() => cache.searchCache?.build(PRACTICE_CATALOGUE) as Promise<unknown>);
  building = false;
  delay.disable();
  cache.close();
  return { ms, maxDelayMs: delay.max / 1e6, longestTurnCpuMs };
}

/**
 * The server runs in its own process, as in production (info-level request
 * logs included), so autocannon does not share its event loop.
 */
function spawnServer(
  location: StoreLocation,
  searchCache: boolean,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ...('databaseUrl' in location
        ? { DATABASE_URL: location.databaseUrl }
        : { DATABASE_PATH: location.databasePath, DATABASE_URL: '' }),
      SEARCH_CACHE: searchCache ? 'on' : 'off',
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

async function load(url: string, name: string) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    // What a browser sends: responses are brotli-compressed, as in production.
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  // No answer within the run (a slow query on a busy machine) is no latency at all, not 0 ms.
  const answered = result.requests.total > 0;
  return {
    p50Ms: answered ? result.latency.p50 : '–',
    p99Ms: answered ? result.latency.p99 : '–',
    requestsPerSecond: Math.round(result.requests.average),
  };
}

async function seed(location: StoreLocation) {
  const store = await openStore(location);
  try {
    await loadCuratedDataset(store);
    return await loadSyntheticPractices(store, { count: PRACTICES, seed: 1 });
  } finally {
    await store.close();
  }
}

type Row = Record<string, string | number>;

async function measureStore(kind: 'sqlite' | 'postgres', location: StoreLocation) {
  process.stdout.write(`${kind}: seeding ${PRACTICES} synthetic practices…\n`);
  const seeded = await seed(location);
  process.stdout.write(
    `${kind}: seeded in ${(seeded.ms / 1000).toFixed(1)} s (${Math.round(seeded.rowsPerSecond)} rows/s)\n`,
  );
  const store = await openStore(location);
  const rows: Row[] = [];
  let build: Awaited<ReturnType<typeof indexBuild>>;
  try {
    build = await indexBuild(store);
    const total = await store.catalogue.practiceCount();
    const direct = new Map<string, Awaited<ReturnType<typeof directTimes>>>();
    for (const { query } of queries(total)) direct.set(query, await directTimes(store, query));
    for (const searchCache of [true, false]) {
      const spawned = performance.now();
      const server = await spawnServer(location, searchCache);
      const startMs = performance.now() - spawned;
      try {
        for (const { name, query } of queries(total)) {
          const d = direct.get(query) as Awaited<ReturnType<typeof directTimes>>;
          const http = await load(`${server.url}/v1/practices?${query}`, name);
          const inProcess = searchCache ? d.warmMs : d.sqlMs;
          rows.push({
            store: kind,
            searchCache: searchCache ? 'on' : 'off',
            name,
            query,
            results: d.total,
            ...http,
            directWarmMs: Number(d.warmMs.toFixed(3)),
            directColdMs: Number(d.coldMs.toFixed(3)),
            rawSqlMs: Number(d.sqlMs.toFixed(3)),
            overhead:
              typeof http.p50Ms === 'number'
                ? Number((http.p50Ms / Math.max(inProcess, 0.001)).toFixed(1))
                : '–',
            overheadVsRawSql:
              typeof http.p50Ms === 'number'
                ? Number((http.p50Ms / Math.max(d.sqlMs, 0.001)).toFixed(2))
                : '–',
            serverStartMs: Math.round(startMs),
          });
        }
      } finally {
        server.child.kill('SIGTERM');
      }
    }
  } finally {
    await store.close();
  }
  return { rows, seeded, build };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'gcm-api-bench-'));
  let cluster: PostgresCluster | undefined;
  try {
    const stores: ['sqlite' | 'postgres', StoreLocation][] = [
      ['sqlite', { databasePath: join(dir, 'bench.db') }],
    ];
    let postgresUrl = process.env.BENCH_DATABASE_URL;
    if (!postgresUrl) {
      const bin = findPostgresBin();
      if (bin) {
        cluster = await startPostgresCluster(bin);
        postgresUrl = cluster.url;
      } else {
        process.stdout.write('PostgreSQL not found: measuring SQLite only.\n');
      }
    }
    if (postgresUrl) stores.push(['postgres', { databaseUrl: postgresUrl }]);

    const measured = [];
    for (const [kind, location] of stores) measured.push(await measureStore(kind, location));
    const rows = measured.flatMap((m) => m.rows);

    console.log(
      `\n${PRACTICES} synthetic practices, ${CONNECTIONS} connections, ${DURATION} s per query\n`,
    );
    const cell = (store: string, cache: string, name: string, key: string) =>
      rows.find((r) => r.store === store && r.searchCache === cache && r.name === name)?.[key] ??
      '–';
    const kinds = stores.map(([kind]) => kind);
    console.log('Default configuration (search cache on), the stores side by side:');
    console.table(
      queries(PRACTICES).map(({ name }) =>
        Object.fromEntries([
          ['query', name],
          ...kinds.flatMap((k) => [
            [`${k} p50 ms`, cell(k, 'on', name, 'p50Ms')],
            [`${k} p99 ms`, cell(k, 'on', name, 'p99Ms')],
            [`${k} req/s`, cell(k, 'on', name, 'requestsPerSecond')],
            [`${k} plain SQL ms`, cell(k, 'on', name, 'rawSqlMs')],
            [`${k} p50 / plain SQL`, cell(k, 'on', name, 'overheadVsRawSql')],
          ]),
        ]),
      ),
    );
    console.log('The search cache on and off (what decides its default per store):');
    console.table(
      rows.map((r) => ({
        store: r.store,
        cache: r.searchCache,
        query: r.name,
        'p50 ms': r.p50Ms,
        'p99 ms': r.p99Ms,
        'req/s': r.requestsPerSecond,
        'in-process ms (cache warm / cold)': `${r.directWarmMs} / ${r.directColdMs}`,
        'plain SQL ms': r.rawSqlMs,
      })),
    );
    console.log('Seeding, and building the in-memory index in a running process:');
    console.table(
      measured.map((m, i) => ({
        store: kinds[i],
        'seed rows/s': Math.round(m.seeded.rowsPerSecond),
        'index build ms': Math.round(m.build.ms),
        'longest turn of the event loop, CPU ms': Number(m.build.longestTurnCpuMs.toFixed(1)),
        'max timer delay ms': Number(m.build.maxDelayMs.toFixed(1)),
      })),
    );
    console.log(
      'plain SQL ms: median in-process time of the store answering alone (its SQL search path,\n' +
        'what a server with SEARCH_CACHE=off runs, no HTTP); in-process cache: the in-memory index,\n' +
        'cold = full-text matches forgotten first. p50 includes queueing behind\n' +
        `${CONNECTIONS} concurrent requests on one event loop.`,
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
          stores: measured.map((m, i) => ({
            store: kinds[i],
            seedRowsPerSecond: Math.round(m.seeded.rowsPerSecond),
            indexBuildMs: Math.round(m.build.ms),
            longestEventLoopTurnCpuMs: Number(m.build.longestTurnCpuMs.toFixed(1)),
            maxTimerDelayMs: Number(m.build.maxDelayMs.toFixed(1)),
          })),
          // The default configuration of each store, as the summary prints it.
          queries: rows.filter((r) => r.searchCache === 'on'),
          searchCacheOff: rows.filter((r) => r.searchCache === 'off'),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nwritten to ${file}`);
  } finally {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
