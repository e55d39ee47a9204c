/**
 * What checking a response against the contract costs next to JSON.parse,
 * for a page of 100 practices (the API's largest page) and for 1000.
 * The client rows stop at the API's largest page: the SDK refuses a page
 * longer than the `pageSize` it asked for, as it should.
 * Part of `pnpm --filter @gcm-practices/sdk bench`.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_PAGE_SIZE, PracticeList } from '@gcm-practices/contract';
import { generatePractices } from '@gcm-practices/dataset/synthetic';
import { checkContract } from '../src/contract-check.js';
import { createClient } from '../src/index.js';
import { printTable } from './table.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const request = { method: 'GET', url: 'https://api.example.org/v1/practices' };

function pageJson(count: number): string {
  const data = [...generatePractices({ count, seed: 11 })];
  const url = request.url;
  return JSON.stringify({
    data,
    meta: { total: count, page: 1, pageSize: count, pageCount: 1 },
    links: { self: url, first: url, last: url, prev: null, next: null },
  });
}

/** Median time of one call in milliseconds, over batches of about 200 ms. */
async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await run();
  let perBatch = 1;
  for (;;) {
    const started = performance.now();
    for (let i = 0; i < perBatch; i++) await run();
    if (performance.now() - started > 50) break;
    perBatch *= 2;
  }
  perBatch = Math.max(1, Math.round(perBatch * 4));
  const samples: number[] = [];
  for (let batch = 0; batch < 7; batch++) {
    const started = performance.now();
    for (let i = 0; i < perBatch; i++) await run();
    samples.push((performance.now() - started) / perBatch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

function clientServing(body: string, validate: boolean) {
  return createClient({
    baseUrl: 'https://api.example.org',
    validate,
    fetch: async () =>
      new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } }),
  });
}

const rows: Record<string, string>[] = [];
for (const count of [100, 1000]) {
  const text = pageJson(count);
  const parsed = await time(() => JSON.parse(text));
  const checked = await time(() => checkContract(PracticeList, JSON.parse(text), request));
  const row = (what: string, ms: number) =>
    rows.push({
      page: `${count} practices (${(text.length / 1024).toFixed(0)} KiB)`,
      step: what,
      'ms / page': ms.toFixed(3),
      'µs / practice': ((ms * 1000) / count).toFixed(1),
      'x JSON.parse': (ms / parsed).toFixed(1),
    });
  row('JSON.parse', parsed);
  row('JSON.parse + contract check', checked);
  if (count <= MAX_PAGE_SIZE) {
    const checking = clientServing(text, true);
    const unchecked = clientServing(text, false);
    row(
      'client.practices.list, in-memory fetch',
      await time(() => checking.practices.list({ pageSize: count })),
    );
    row(
      'same with validate: false',
      await time(() => unchecked.practices.list({ pageSize: count })),
    );
  }
}
printTable(rows);

const out = join(repoRoot, 'bench/results/sdk-parse.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ package: '@gcm-practices/sdk', node: process.version, measuredAt: new Date().toISOString(), rows }, null, 2)}\n`,
);
console.log(`\nwritten to ${out}`);
