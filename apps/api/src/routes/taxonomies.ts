import { LabelQuery } from '@gcm-practices/contract';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { labelLanguage, labelLanguageHeaders } from '../http/label-language.js';
import { decodeRequestQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';
import { sendJson } from '../http/representation.js';

export function taxonomyRoutes(app: Hono<AppEnv>): void {
  readOnlyRoute(app, '/v1/taxonomies', async (c) => {
    const decoded = await decodeRequestQuery(c, LabelQuery);
    if (!decoded.ok) return decoded.response;
    const json = await c.var.catalogue.taxonomiesJson(labelLanguage(c));
    return sendJson(c, json, labelLanguageHeaders(c));
  });
}
