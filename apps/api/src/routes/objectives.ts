import { LabelQuery } from '@gcm-practices/contract';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { labelLanguage, labelLanguageHeaders } from '../http/label-language.js';
import { invalidParameters, notFound } from '../http/problem.js';
import { decodeRequestQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';
import { sendJson } from '../http/representation.js';

export function objectiveRoutes(app: Hono<AppEnv>): void {
  readOnlyRoute(app, '/v1/objectives', async (c) => {
    const decoded = await decodeRequestQuery(c, LabelQuery);
    if (!decoded.ok) return decoded.response;
    const objectives = await c.var.catalogue.objectives(labelLanguage(c));
    return sendJson(c, JSON.stringify({ data: objectives }), labelLanguageHeaders(c));
  });

  readOnlyRoute(app, '/v1/objectives/:number', async (c) => {
    const decoded = await decodeRequestQuery(c, LabelQuery);
    if (!decoded.ok) return decoded.response;
    const raw = c.req.param('number') ?? '';
    // A number that is not an objective's is "not found"; something that is
    // not a number at all is a malformed request.
    if (!/^\d{1,6}$/.test(raw)) {
      return invalidParameters(c, [
        { name: 'number', reason: 'must be an objective number from 1 to 23' },
      ]);
    }
    const objectives = await c.var.catalogue.objectives(labelLanguage(c));
    const objective = objectives.find((o) => o.number === Number(raw));
    if (!objective) return notFound(c, 'No objective has this number; they run from 1 to 23.');
    return sendJson(c, JSON.stringify(objective), labelLanguageHeaders(c));
  });
}
