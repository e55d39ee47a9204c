import {
  type FieldError,
  type InvalidParam,
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPES,
  type Problem,
} from '@gcm-practices/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ProblemInit {
  status: ContentfulStatusCode;
  type: string;
  title: string;
  detail?: string;
  invalidParams?: InvalidParam[];
  /** Every invalid field of a request body (422). */
  errors?: FieldError[];
  /** Extension members (RFC 9457 §3.2): `closes` of a closed call. */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * An RFC 9457 problem response. Errors are never cached: the same URL may
 * succeed once the catalogue or the server changes.
 */
export function problem(c: Context, init: ProblemInit): Response {
  const body: Problem = {
    type: init.type,
    title: init.title,
    status: init.status,
    ...(init.detail !== undefined && { detail: init.detail }),
    instance: new URL(c.req.url).pathname,
    requestId: c.get('requestId'),
    ...(init.invalidParams !== undefined && { invalidParams: init.invalidParams }),
    ...(init.errors !== undefined && { errors: init.errors }),
    ...init.extensions,
  };
  return c.body(JSON.stringify(body), init.status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Cache-Control': 'no-store',
    ...init.headers,
  });
}

export function invalidParameters(c: Context, invalidParams: InvalidParam[]): Response {
  const names = [...new Set(invalidParams.map((p) => p.name))].join(', ');
  return problem(c, {
    status: 400,
    type: PROBLEM_TYPES.invalidParameters,
    title: 'Invalid request parameters',
    detail: `Check ${names}.`,
    invalidParams,
  });
}

export function notFound(c: Context, detail: string): Response {
  return problem(c, { status: 404, type: PROBLEM_TYPES.notFound, title: 'Not found', detail });
}

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export function methodNotAllowed(c: Context, allow = ALLOWED_METHODS): Response {
  return problem(c, {
    status: 405,
    type: PROBLEM_TYPES.methodNotAllowed,
    title: 'Method not allowed',
    detail:
      allow === ALLOWED_METHODS
        ? `${c.req.method} is not supported here; this resource is read-only (${ALLOWED_METHODS}).`
        : `${c.req.method} is not supported here; use ${allow}.`,
    headers: { Allow: allow },
  });
}

export function internalError(c: Context): Response {
  return problem(c, {
    status: 500,
    type: PROBLEM_TYPES.internal,
    title: 'Internal server error',
    detail: 'The server failed to answer. Quote the requestId when reporting it.',
  });
}
