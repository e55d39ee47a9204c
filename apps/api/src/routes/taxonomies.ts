import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { rejectQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';
import { sendJson } from '../http/representation.js';

export function taxonomyRoutes(app: Hono<AppEnv>): void {
  readOnlyRoute(
    app,
    '/v1/taxonomies',
    async (c) => rejectQuery(c) ?? sendJson(c, await c.var.catalogue.taxonomiesJson()),
  );
}
