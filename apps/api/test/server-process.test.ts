import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, spawnSource, waitFor } from './support/spawn.js';
import { createTestDatabase, STORE } from './support/store-under-test.js';

const dir = mkdtempSync(join(tmpdir(), 'gcm-api-server-'));
const databases: { drop(): Promise<void> }[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const database of databases) await database.drop();
});

/** The environment that points a server at a new database of the store under test. */
async function databaseEnv(name: string): Promise<Record<string, string>> {
  if (STORE === 'sqlite') return { DATABASE_PATH: join(dir, `${name}.db`), DATABASE_URL: '' };
  const database = await createTestDatabase();
  databases.push(database);
  return { DATABASE_URL: database.url };
}

type LogLine = Record<string, unknown>;
const lines = (text: string): LogLine[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LogLine);

describe('the server process', () => {
  it('starts from the environment, logs JSON lines per request, and stops cleanly on SIGTERM', async () => {
    const child = spawnSource('src/server.ts', [], {
      PORT: '0',
      ...(await databaseEnv('server')),
      LOG_LEVEL: 'info',
      CORS_ORIGINS: 'https://partner.example',
    });
    const output = collect(child);
    await waitFor(() => output.stdout().includes('"msg":"listening"'));
    const listening = lines(output.stdout()).find((l) => l.msg === 'listening') as LogLine;
    const url = listening.url as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines(output.stdout()).some((l) => l.msg === 'loaded curated dataset')).toBe(true);
    expect(listening.store).toBe(STORE);

    const response = await fetch(`${url}/v1/practices?objective=10`, {
      headers: { 'X-Request-Id': 'trace-123', Origin: 'https://partner.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    await response.arrayBuffer();
    await waitFor(() => output.stdout().includes('trace-123'));
    const request = lines(output.stdout()).find((l) => l.requestId === 'trace-123') as LogLine;
    expect(request).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/v1/practices',
      status: 200,
    });
    expect(typeof request.ms).toBe('number');
    expect(request.query).toBeUndefined();

    child.kill('SIGTERM');
    const finished = await output.finished;
    expect(finished.code).toBe(0);
    const messages = lines(finished.stdout).map((l) => l.msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  });

  it('finishes a request in flight before stopping', async () => {
    const child = spawnSource('src/server.ts', [], {
      PORT: '0',
      ...(await databaseEnv('inflight')),
      LOG_LEVEL: 'info',
    });
    const output = collect(child);
    await waitFor(() => output.stdout().includes('"msg":"listening"'));
    const url = (lines(output.stdout()).find((l) => l.msg === 'listening') as LogLine)
      .url as string;
    const requests = Array.from({ length: 20 }, () =>
      fetch(`${url}/v1/practices?pageSize=100`).then((r) => r.status),
    );
    child.kill('SIGINT');
    const statuses = await Promise.allSettled(requests);
    const finished = await output.finished;
    expect(finished.code).toBe(0);
    // Every request the server accepted was answered in full; none got a 5xx.
    for (const result of statuses) {
      if (result.status === 'fulfilled') expect(result.value).toBe(200);
    }
  });

  it('refuses to start with a bad environment, naming each variable', async () => {
    const child = spawnSource('src/server.ts', [], { PORT: 'http', LOG_LEVEL: 'chatty' });
    const finished = await collect(child).finished;
    expect(finished.code).toBe(1);
    expect(finished.stderr).toMatch(/PORT must be a whole number/);
    expect(finished.stderr).toMatch(/LOG_LEVEL must be one of/);
  });

  it('refuses to start when the database cannot be opened, naming it and the fix', async () => {
    const env: Record<string, string> =
      STORE === 'sqlite'
        ? { DATABASE_PATH: join(dir, 'not-a-database.db') }
        : { DATABASE_URL: 'postgres://reader:s3cret@127.0.0.1:1/catalogue' };
    if (STORE === 'sqlite') {
      (await import('node:fs')).writeFileSync(env.DATABASE_PATH as string, 'x'.repeat(4096));
    }
    const finished = await collect(spawnSource('src/server.ts', [], { PORT: '0', ...env }))
      .finished;
    expect(finished.code).toBe(1);
    expect(finished.stderr).toMatch(/Cannot open the catalogue database/);
    expect(finished.stderr).toMatch(/\nFix: /);
    if (STORE === 'sqlite') expect(finished.stderr).toContain(env.DATABASE_PATH);
    else {
      expect(finished.stderr).toContain('postgres://reader:***@127.0.0.1:1/catalogue');
      expect(finished.stderr).not.toContain('s3cret');
    }
  });

  it('logs the query string only at debug level', async () => {
    const child = spawnSource('src/server.ts', [], {
      PORT: '0',
      ...(await databaseEnv('debug')),
      LOG_LEVEL: 'debug',
    });
    const output = collect(child);
    await waitFor(() => output.stdout().includes('"msg":"listening"'));
    const url = (lines(output.stdout()).find((l) => l.msg === 'listening') as LogLine)
      .url as string;
    await (await fetch(`${url}/v1/practices?q=Pacaraima`)).arrayBuffer();
    await waitFor(() => output.stdout().includes('"msg":"request"'));
    const request = lines(output.stdout()).find((l) => l.msg === 'request') as LogLine;
    expect(request.query).toBe('?q=Pacaraima');
    child.kill('SIGTERM');
    await output.finished;
  });
});
