import { PROBLEM_TYPES } from '@gcm-practices/contract';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './app-env.js';
import { problem } from './problem.js';

/** The write path (submissions and review) has its own browser allow-list. */
export const WRITE_PATHS = /^\/v1\/(?:submissions|review)(?:\/|$)/;

export const isWritePath = (path: string) => WRITE_PATHS.test(path);

/**
 * CORS for the write path, from `SUBMISSION_ORIGINS` only (default none: a
 * browser on another origin can neither send nor read). Any request a browser
 * sends with an `Origin` outside the list gets a 403, preflight or not, so a
 * form on a foreign page cannot post even a "simple" request.
 */
export function writeOrigins(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(origins);
  const headers = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
    exposeHeaders: [
      'X-Request-Id',
      'Retry-After',
      'Idempotent-Replayed',
      'Link',
      'WWW-Authenticate',
    ],
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (
      origin !== undefined &&
      !allowed.has(origin) &&
      c.req.method !== 'GET' &&
      c.req.method !== 'HEAD'
    ) {
      return problem(c, {
        status: 403,
        type: PROBLEM_TYPES.forbidden,
        title: 'Origin not allowed',
        detail:
          'This server does not accept submissions or reviews from pages on this origin (SUBMISSION_ORIGINS).',
      });
    }
    return headers(c, next);
  };
}
