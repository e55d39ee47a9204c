import type { Practice, PracticeList } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { startTestServer } from './support/server.js';
import { collect, spawnSource, waitFor } from './support/spawn.js';
import { bearer, type Receipt, send, submission, token } from './support/submissions.js';

/**
 * Several API processes over one PostgreSQL database: a catalogue change
 * made through one instance is served by the others without a restart, within
 * about a second (they learn of it by LISTEN/NOTIFY). The test polls until the
 * change shows, under a generous overall timeout, and prints how long it took.
 */
let first: RunningServer;
const others: { url: string; stop(): Promise<void> }[] = [];

async function spawnInstance(databaseUrl: string) {
  const child = spawnSource('src/server.ts', [], {
    PORT: '0',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'info',
  });
  const output = collect(child);
  await waitFor(() => output.stdout().includes('"msg":"listening"'));
  const url = /"msg":"listening","url":"([^"]+)"/.exec(output.stdout())?.[1] as string;
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await output.finished;
    },
  };
}

beforeAll(async () => {
  first = await startTestServer();
  // Test databases have no password, so the location is the whole URL.
  for (let i = 0; i < 2; i++) others.push(await spawnInstance(first.store.location));
});
afterAll(async () => {
  for (const other of others) await other.stop();
  await first?.close();
});

async function total(url: string, query: string): Promise<number> {
  const response = await fetch(`${url}/v1/practices?${query}`);
  return ((await response.json()) as PracticeList).meta.total;
}

describe('API instances over one PostgreSQL database', () => {
  it('serve a practice written through one instance from every other one', async () => {
    const urls = others.map((o) => o.url);
    // Warm every instance's caches first: the change must get past them.
    for (const url of urls) {
      expect(await total(url, 'q=Zanzibar%20ferries&facets=country')).toBe(0);
      expect(await total(url, '')).toBe(practices.length);
    }
    const base = practices[0] as Practice;
    const added: Practice = {
      ...base,
      id: 'zanzibar-ferry-screening',
      title: 'Screening on the Zanzibar ferries',
      countries: ['BRA'],
    };
    const written = performance.now();
    await first.store.transaction(({ catalogue }) => catalogue.writePractices([added]));

    const seenAfter: number[] = [];
    for (const url of urls) {
      let found = 0;
      await waitFor(
        () => found === 1,
        async () => {
          found = await total(url, 'q=Zanzibar%20ferries&facets=country');
        },
      );
      seenAfter.push(performance.now() - written);
      expect(await total(url, '')).toBe(practices.length + 1);
      const single = await fetch(`${url}/v1/practices/zanzibar-ferry-screening`);
      expect(single.status).toBe(200);
      expect(((await single.json()) as Practice).title).toBe(added.title);
    }
    console.info(
      `Change visible in the other instances after ${seenAfter.map((ms) => `${Math.round(ms)} ms`).join(' and ')}`,
    );
  });

  it('serve a practice published by reviewers through one instance from every other one', async () => {
    const title = 'Night buses with anti-trafficking outreach';
    for (const other of others)
      expect(await total(other.url, `q=${encodeURIComponent(title)}`)).toBe(0);
    const submitted = await send<Receipt>(first, '/v1/submissions', submission(title));
    expect(submitted.status).toBe(202);
    for (const name of ['First Reviewer', 'Second Reviewer']) {
      const decided = await send(
        first,
        `/v1/review/submissions/${submitted.body.id}/decisions`,
        { decision: 'approve' },
        bearer(await token(first, name)),
      );
      expect(decided.status).toBe(200);
    }
    for (const other of others) {
      let found = 0;
      await waitFor(
        () => found === 1,
        async () => {
          found = await total(other.url, `q=${encodeURIComponent(title)}`);
        },
      );
    }
  });
});
