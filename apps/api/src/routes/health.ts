import { PROBLEM_TYPES } from '@gcm-practices/contract';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { problem } from '../http/problem.js';
import { readOnlyRoute } from '../http/read-only-route.js';

/**
 * Liveness and readiness in one: answering proves the event loop runs, and the
 * query proves the database is readable. Never cached, unlike the data.
 */
export function healthRoutes(app: Hono<AppEnv>): void {
  readOnlyRoute(app, '/healthz', async (c) => {
    let practices: number;
    try {
      practices = await c.var.catalogue.practiceCount();
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
