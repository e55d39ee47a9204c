import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { rejectQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';
import { sendJson } from '../http/representation.js';

let document: string | undefined;

/** The contract package's generated OpenAPI document, read once from where the package installs it. */
function openApiDocument(): string {
  if (document === undefined) {
    const path = createRequire(import.meta.url).resolve('@gcm-practices/contract/openapi.json');
    // Re-serialise compactly: the file is pretty-printed for review, not for the wire.
    document = JSON.stringify(JSON.parse(readFileSync(path, 'utf8')));
  }
  return document;
}

export function openApiRoutes(app: Hono<AppEnv>): void {
  readOnlyRoute(app, '/v1/openapi.json', (c) => rejectQuery(c) ?? sendJson(c, openApiDocument()));
}
