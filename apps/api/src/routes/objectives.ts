import type { ObjectiveWithCount } from '@gcm-practices/contract';
import type { Hono } from 'hono';
import type { Db } from '../db/open.js';
import { practiceCountsByObjective, readObjectives } from '../db/reference-data.js';
import type { AppEnv } from '../http/app-env.js';
import { invalidParameters, notFound } from '../http/problem.js';
import { rejectQuery } from '../http/query.js';
import { readOnlyRoute } from '../http/read-only-route.js';
import { sendJson } from '../http/representation.js';

function withCounts(db: Db): ObjectiveWithCount[] {
  const counts = practiceCountsByObjective(db);
  return readObjectives(db).map((o) => ({ ...o, practiceCount: counts.get(o.number) ?? 0 }));
}

export function objectiveRoutes(app: Hono<AppEnv>, db: Db): void {
  readOnlyRoute(
    app,
    '/v1/objectives',
    (c) => rejectQuery(c) ?? sendJson(c, JSON.stringify({ data: withCounts(db) })),
  );

  readOnlyRoute(app, '/v1/objectives/:number', (c) => {
    const rejected = rejectQuery(c);
    if (rejected) return rejected;
    const raw = c.req.param('number') ?? '';
    // A number that is not an objective's is "not found"; something that is
    // not a number at all is a malformed request.
    if (!/^\d{1,6}$/.test(raw)) {
      return invalidParameters(c, [
        { name: 'number', reason: 'must be an objective number from 1 to 23' },
      ]);
    }
    const objective = withCounts(db).find((o) => o.number === Number(raw));
    if (!objective) return notFound(c, 'No objective has this number; they run from 1 to 23.');
    return sendJson(c, JSON.stringify(objective));
  });
}
