import { ResourceQuery } from '@gcm-practices/contract';
import type { Hono } from 'hono';
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import type { AppEnv } from '../http/app-env.js';
import { unknownValues } from '../http/known-values.js';
import { pageOutOfRange, sendList } from '../http/list-response.js';
import { invalidParameters, notFound } from '../http/problem.js';
import { decodeRequestQuery, rejectQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';
import { sendJson } from '../http/representation.js';
import { labelFacets } from '../search/facet-labels.js';
import { searchResources } from '../search/resource-search.js';

export function resourceRoutes(app: Hono<AppEnv>, db: Db): void {
  readOnlyRoute(app, '/v1/resources', (c) => {
    const decoded = decodeRequestQuery(c, ResourceQuery);
    if (!decoded.ok) return decoded.response;
    const { query } = decoded;
    const unknown = unknownValues(db, { country: query.country, region: query.region });
    if (unknown.length > 0) return invalidParameters(c, unknown);
    const result = searchResources(db, query);
    if (!result.ok) return pageOutOfRange(c, { ...result, pageSize: query.pageSize });
    return sendList(c, {
      items: result.items,
      total: result.total,
      page: query.page,
      pageSize: query.pageSize,
      facets: result.facets && labelFacets(db, result.facets),
    });
  });

  readOnlyRoute(app, '/v1/resources/:id', (c) => {
    const rejected = rejectQuery(c);
    if (rejected) return rejected;
    const json = prepared(
      db,
      'SELECT d.json FROM resources r JOIN resource_documents d ON d.rowid = r.rowid WHERE r.id = ?',
    )
      .pluck()
      .get(c.req.param('id')) as string | undefined;
    if (json === undefined) return notFound(c, 'No publication has this id.');
    return sendJson(c, json);
  });
}
