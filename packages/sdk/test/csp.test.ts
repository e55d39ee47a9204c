import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { practiceList, practices } from './fixtures/bodies.js';

/**
 * A strict Content-Security-Policy forbids `new Function`. The bundled SDK
 * must never even try it (a browser reports the attempt as a violation even
 * when the error is caught), while still validating responses.
 *
 * Each case is bundled the way a browser app would be and run in a fresh
 * Node process that refuses code generation from strings (V8's equivalent of
 * the policy) and counts every attempt to construct a Function.
 */

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, '..');
const workDir = mkdtempSync(join(tmpdir(), 'gcm-sdk-csp-'));

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const HARNESS = `
let attempts = 0;
const Original = Function;
globalThis.Function = new Proxy(Original, {
  construct() { attempts += 1; throw new EvalError('blocked by Content-Security-Policy'); },
  apply() { attempts += 1; throw new EvalError('blocked by Content-Security-Policy'); },
});
const { readFileSync } = await import('node:fs');
const { check } = await import(process.argv[2]);
const result = await check(readFileSync(process.argv[3], 'utf8'));
console.log(JSON.stringify({ attempts, result }));
`;

async function runBundled(
  name: string,
  source: string,
): Promise<{ attempts: number; result: unknown }> {
  const bundle = join(workDir, `${name}.mjs`);
  await build({
    stdin: { contents: source, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: bundle,
    logLevel: 'warning',
  });
  const harness = join(workDir, 'harness.mjs');
  writeFileSync(harness, HARNESS);
  const body = join(workDir, 'body.json');
  writeFileSync(body, JSON.stringify(practiceList(practices(20))));
  const { stdout } = await run(process.execPath, [
    '--disallow-code-generation-from-strings',
    harness,
    bundle,
    body,
  ]);
  return JSON.parse(stdout);
}

describe('strict Content-Security-Policy', () => {
  it('the SDK validates responses without ever constructing a Function', async () => {
    const outcome = await runBundled(
      'sdk',
      `
      import { createClient } from './src/index.ts';
      export async function check(body) {
        const client = createClient({
          baseUrl: 'https://api.example.org',
          fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
        });
        const page = await client.practices.list();
        const broken = await createClient({
          baseUrl: 'https://api.example.org',
          fetch: async () => new Response('{"id":"x"}', { headers: { 'content-type': 'application/json' } }),
        }).practices.get('x').catch((e) => e.kind);
        return { items: page.data.length, broken };
      }`,
    );
    expect(outcome).toEqual({ attempts: 0, result: { items: 20, broken: 'contract-mismatch' } });
  });

  it('(control) classic zod does try, so the check above can fail', async () => {
    const outcome = await runBundled(
      'control',
      `
      import * as z from 'zod';
      export async function check(body) {
        const Item = z.object({ id: z.string(), title: z.string() });
        return z.object({ data: z.array(Item) }).safeParse(JSON.parse(body)).success;
      }`,
    );
    expect(outcome.result).toBe(true);
    expect(outcome.attempts).toBeGreaterThan(0);
  });

  it('classic zod schemas defined after the SDK is imported do not try either', async () => {
    const outcome = await runBundled(
      'sdk-then-classic',
      `
      import { createClient } from './src/index.ts';
      import * as z from 'zod';
      export async function check(body) {
        createClient({ baseUrl: 'https://api.example.org' });
        const Item = z.object({ id: z.string(), title: z.string() });
        return z.object({ data: z.array(Item) }).safeParse(JSON.parse(body)).success;
      }`,
    );
    expect(outcome).toEqual({ attempts: 0, result: true });
  });
});
