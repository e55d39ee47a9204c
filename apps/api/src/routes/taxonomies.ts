import type { Hono } from 'hono';
import type { Db } from '../db/open.js';
import { readTaxonomiesJson } from '../db/reference-data.js';
import type { AppEnv } from '../http/app-env.js';
import { rejectQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';
import { sendJson } from '../http/representation.js';

export function taxonomyRoutes(app: Hono<AppEnv>, db: Db): void {
  readOnlyRoute(
    app,
    '/v1/taxonomies',
    (c) => rejectQuery(c) ?? sendJson(c, readTaxonomiesJson(db)),
  );
}
