import { PracticeQuery, RELATED_PRACTICES_LIMIT } from '@gcm-practices/contract';
import type { Hono } from 'hono';
import { labelFacets } from '../catalogue/facet-labels.js';
import type { AppEnv } from '../http/app-env.js';
import { labelLanguage, labelLanguageHeaders } from '../http/label-language.js';
import { pageOutOfRange, sendList } from '../http/list-response.js';
import { notFound } from '../http/problem.js';
import { decodeRequestQuery, rejectQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';
import { sendJson } from '../http/representation.js';

export function practiceRoutes(app: Hono<AppEnv>): void {
  readOnlyRoute(app, '/v1/practices', async (c) => {
    const decoded = await decodeRequestQuery(c, PracticeQuery, [
      'action',
      'principle',
      'country',
      'region',
      'sdgTarget',
      'campaign',
    ]);
    if (!decoded.ok) return decoded.response;
    const { query } = decoded;
    const { catalogue } = c.var;
    const result = await catalogue.searchPractices(query);
    if (!result.ok) return pageOutOfRange(c, { ...result, pageSize: query.pageSize });
    return sendList(c, {
      items: result.items,
      total: result.total,
      page: query.page,
      pageSize: query.pageSize,
      facets: result.facets && (await labelFacets(catalogue, result.facets, labelLanguage(c))),
      // Only facet labels are translated: without facets the body is the same in every language.
      headers: result.facets ? labelLanguageHeaders(c) : undefined,
    });
  });

  readOnlyRoute(app, '/v1/practices/:id', async (c) => {
    const rejected = rejectQuery(c);
    if (rejected) return rejected;
    const json = await c.var.catalogue.store.practiceJson(c.req.param('id') ?? '');
    if (json === undefined) return notFound(c, 'No practice has this id.');
    return sendJson(c, json);
  });

  readOnlyRoute(app, '/v1/practices/:id/related', async (c) => {
    const rejected = rejectQuery(c);
    if (rejected) return rejected;
    const related = await c.var.catalogue.store.relatedPracticesJson(
      c.req.param('id') ?? '',
      RELATED_PRACTICES_LIMIT,
    );
    if (related === undefined) return notFound(c, 'No practice has this id.');
    return sendJson(c, `{"data":[${related.join(',')}]}`);
  });
}
