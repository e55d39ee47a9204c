import { PracticeQuery } from '@gcm-practices/contract';
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
import { searchPractices } from '../search/practice-search.js';

export function practiceRoutes(app: Hono<AppEnv>, db: Db): void {
  readOnlyRoute(app, '/v1/practices', (c) => {
    const decoded = decodeRequestQuery(c, PracticeQuery);
    if (!decoded.ok) return decoded.response;
    const { query } = decoded;
    const unknown = unknownValues(db, {
      action: query.action,
      principle: query.principle,
      country: query.country,
      region: query.region,
      sdgTarget: query.sdgTarget,
      campaign: query.campaign,
    });
    if (unknown.length > 0) return invalidParameters(c, unknown);
    const result = searchPractices(db, query);
    if (!result.ok) return pageOutOfRange(c, { ...result, pageSize: query.pageSize });
    return sendList(c, {
      items: result.items,
      total: result.total,
      page: query.page,
      pageSize: query.pageSize,
      facets: result.facets && labelFacets(db, result.facets),
    });
  });

  readOnlyRoute(app, '/v1/practices/:id', (c) => {
    const rejected = rejectQuery(c);
    if (rejected) return rejected;
    const id = c.req.param('id');
    const json = prepared(
      db,
      'SELECT d.json FROM practices p JOIN practice_documents d ON d.rowid = p.rowid WHERE p.id = ?',
    )
      .pluck()
      .get(id) as string | undefined;
    if (json === undefined) return notFound(c, 'No practice has this id.');
    return sendJson(c, json);
  });
}
