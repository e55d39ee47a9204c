import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type Store } from '../src/index.js';
import { openTestStore } from './support/store-under-test.js';

/*
 * The OpenAPI document (validated in the contract package) and the routes the
 * server registers are the same set, method by method, and every route of the
 * write path names its security scheme.
 */

type Operation = { security?: Record<string, string[]>[] };
type Paths = Record<string, Record<string, Operation>>;

const documentPath = createRequire(import.meta.url).resolve('@gcm-practices/contract/openapi.json');
const paths = (JSON.parse(readFileSync(documentPath, 'utf8')) as { paths: Paths }).paths;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

let opened: { store: Store; remove(): Promise<void> };
beforeAll(async () => {
  opened = await openTestStore();
});
afterAll(async () => {
  await opened?.remove();
});

describe('OpenAPI and the routes served', () => {
  it('documents every route the server serves, and serves every documented one', () => {
    const app = createApp({ store: opened.store });
    const served = new Set(
      app.routes
        // The document does not describe itself.
        .filter(
          (r) => r.method !== 'ALL' && r.path.startsWith('/v1/') && r.path !== '/v1/openapi.json',
        )
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(paths).flatMap(([path, item]) =>
        Object.keys(item)
          .filter((method) => METHODS.includes(method))
          .map((method) => `${method} ${path}`),
      ),
    );
    expect([...served].sort()).toEqual([...documented].sort());
  });

  it('names the security scheme of every submission and review route', () => {
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (path.startsWith('/v1/review/')) {
          expect(operation.security, `${method} ${path}`).toEqual([{ reviewerToken: [] }]);
        } else if (path.startsWith('/v1/submissions/')) {
          expect(operation.security, `${method} ${path}`).toEqual([{ submissionToken: [] }]);
        }
      }
    }
  });
});
