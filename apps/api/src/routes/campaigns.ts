import { CampaignQuery } from '@gcm-practices/contract';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { pageOutOfRange, sendList } from '../http/list-response.js';
import { decodeRequestQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';

export function campaignRoutes(app: Hono<AppEnv>): void {
  readOnlyRoute(app, '/v1/campaigns', async (c) => {
    const decoded = await decodeRequestQuery(c, CampaignQuery, ['series']);
    if (!decoded.ok) return decoded.response;
    const { query } = decoded;
    const result = await c.var.catalogue.listCampaigns(query);
    if (!result.ok) return pageOutOfRange(c, { ...result, pageSize: query.pageSize });
    return sendList(c, {
      items: result.items,
      total: result.total,
      page: query.page,
      pageSize: query.pageSize,
    });
  });
}
