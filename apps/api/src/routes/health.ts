import { PROBLEM_TYPES } from '@gcm-practices/contract';
import type { Hono } from 'hono';
import { memoForVersion } from '../db/catalogue-version.js';
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import type { AppEnv } from '../http/app-env.js';
import { problem } from '../http/problem.js';
import { readOnlyRoute } from '../http/read-only-route.js';

/**
 * Liveness and readiness in one: answering proves the event loop runs, and the
 * query proves the database is readable. Never cached, unlike the data.
 */
export function healthRoutes(app: Hono<AppEnv>, db: Db): void {
  readOnlyRoute(app, '/healthz', (c) => {
    let practices: number;
    try {
      practices = memoForVersion(db, 'health:practices', () =>
        prepared(db, 'SELECT count(*) FROM practices').pluck().get(),
      ) as number;
    } catch {
      return problem(c, {
        status: 503,
        type: PROBLEM_TYPES.internal,
        title: 'Service unavailable',
        detail: 'The catalogue database cannot be read.',
      });
    }
    return c.json({ status: 'ok', practices }, 200, { 'Cache-Control': 'no-store' });
  });
}
