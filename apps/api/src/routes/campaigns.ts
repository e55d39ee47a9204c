import { CampaignQuery } from '@gcm-practices/contract';
import type { Hono } from 'hono';
import type { Db } from '../db/open.js';
import type { AppEnv } from '../http/app-env.js';
import { unknownValues } from '../http/known-values.js';
import { pageOutOfRange, sendList } from '../http/list-response.js';
import { invalidParameters } from '../http/problem.js';
import { decodeRequestQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';
import { listCampaigns } from '../search/campaign-filter.js';

export function campaignRoutes(app: Hono<AppEnv>, db: Db): void {
  readOnlyRoute(app, '/v1/campaigns', (c) => {
    const decoded = decodeRequestQuery(c, CampaignQuery);
    if (!decoded.ok) return decoded.response;
    const { query } = decoded;
    const unknown = unknownValues(db, { series: query.series });
    if (unknown.length > 0) return invalidParameters(c, unknown);
    const result = listCampaigns(db, query);
    if (!result.ok) return pageOutOfRange(c, { ...result, pageSize: query.pageSize });
    return sendList(c, {
      items: result.items,
      total: result.total,
      page: query.page,
      pageSize: query.pageSize,
    });
  });
}
