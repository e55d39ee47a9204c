import { PROBLEM_TYPES, type ReviewerRole } from '@gcm-practices/contract';
import type { Context, MiddlewareHandler } from 'hono';
import { reviewerOf } from '../submissions/reviewer-tokens.js';
import type { AppEnv } from './app-env.js';
import { problem } from './problem.js';

/*
 * Review routes take a reviewer or admin token in `Authorization: Bearer …`
 * and nowhere else: no cookie, so no request forged from another site can
 * carry one. The header is never logged.
 */

// The scheme is case-insensitive (RFC 9110 §11.1); the token is one run of visible characters.
const BEARER = /^Bearer ([\x21-\x7e]+)$/i;

function unauthorized(
  c: Context,
  error: 'invalid_request' | 'invalid_token' | undefined,
  detail: string,
) {
  return problem(c, {
    status: 401,
    type: PROBLEM_TYPES.unauthorized,
    title: 'Unauthorized',
    detail,
    headers: {
      'WWW-Authenticate': error
        ? `Bearer realm="review", error="${error}"`
        : 'Bearer realm="review"',
      Vary: 'Authorization',
    },
  });
}

/** The `Bearer` credential of the request; `null` for a header that is not one. */
export function bearerToken(c: Context): string | null | undefined {
  const header = c.req.header('Authorization');
  if (header === undefined) return undefined;
  return BEARER.exec(header.trim())?.[1] ?? null;
}

/** Only holders of an active token of one of `roles` get past. */
export function requireReviewer(
  roles: readonly ReviewerRole[] = ['reviewer', 'admin'],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c);
    if (token === undefined) {
      return unauthorized(c, undefined, 'Send a reviewer token as Authorization: Bearer <token>.');
    }
    if (token === null) {
      return unauthorized(
        c,
        'invalid_request',
        'The Authorization header must be "Bearer <token>" with a reviewer token.',
      );
    }
    const reviewer = await reviewerOf(c.var.store, token);
    if (!reviewer) {
      return unauthorized(c, 'invalid_token', 'The token is unknown or has been revoked.');
    }
    if (!roles.includes(reviewer.role)) {
      return problem(c, {
        status: 403,
        type: PROBLEM_TYPES.forbidden,
        title: 'Forbidden',
        detail: `This route is for ${roles.join(' or ')} tokens; yours is a ${reviewer.role} token.`,
        headers: { Vary: 'Authorization' },
      });
    }
    c.set('reviewer', reviewer);
    await next();
  };
}
