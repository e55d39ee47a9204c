import { PROBLEM_TYPES } from '@gcm-practices/contract';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from './app-env.js';
import { problem } from './problem.js';

export interface RateLimit {
  /** Requests a client may make per window. */
  limit: number;
  windowMs: number;
}

/**
 * At most `limit` requests per client and window, counted per process; past
 * that a 429 problem with `Retry-After` in seconds. A client is its IP address
 * as the socket sees it: behind a proxy or CDN, limit there instead.
 */
export function rateLimit({ limit, windowMs }: RateLimit): MiddlewareHandler<AppEnv> {
  return rateLimiter<AppEnv>({
    windowMs,
    limit,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => {
      try {
        return getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        // app.request() in tests has no socket.
        return 'unknown';
      }
    },
    handler: (c) => {
      const reset = c.get('rateLimit' as never) as { resetTime?: Date } | undefined;
      const seconds = reset?.resetTime
        ? Math.max(1, Math.ceil((reset.resetTime.getTime() - Date.now()) / 1000))
        : Math.ceil(windowMs / 1000);
      return problem(c, {
        status: 429,
        type: PROBLEM_TYPES.rateLimited,
        title: 'Too many requests',
        detail: `At most ${limit} requests per ${windowMs / 1000} s from one client; retry after ${seconds} s.`,
        headers: { 'Retry-After': String(seconds) },
      });
    },
  });
}
