import { checkFields, PROBLEM_TYPES, SUBMISSION_LIMITS } from '@gcm-practices/contract';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type * as z from 'zod/mini';
import type { AppEnv } from './app-env.js';
import { problem } from './problem.js';

/*
 * Request bodies of the write routes: JSON only, at most 64 KB, checked
 * against the contract's schema with every invalid field reported at once.
 */

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** 413 past the limit, counted as the body arrives (a missing or false Content-Length included). */
export const limitBody: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: SUBMISSION_LIMITS.bodyBytes,
  onError: (c) =>
    problem(c, {
      status: 413,
      type: PROBLEM_TYPES.payloadTooLarge,
      title: 'Payload too large',
      detail: `The body must be at most ${SUBMISSION_LIMITS.bodyBytes} bytes of JSON.`,
    }),
});

export type ReadBody<T> = { ok: true; data: T; text: string } | { ok: false; response: Response };

export function invalidBody(c: Context, errors: Parameters<typeof problem>[1]['errors']): Response {
  const count = errors?.length ?? 0;
  return problem(c, {
    status: 422,
    type: PROBLEM_TYPES.invalidBody,
    title: 'Invalid request body',
    detail: `${count} field${count === 1 ? '' : 's'} to correct: see errors.`,
    errors: errors ?? [],
  });
}

/** The body parsed and checked, or the problem response saying what is wrong with it. */
export async function readJsonBody<S extends z.ZodMiniType>(
  c: Context<AppEnv>,
  schema: S,
): Promise<ReadBody<z.output<S>>> {
  const type = c.req.header('Content-Type') ?? '';
  if (!JSON_TYPE.test(type)) {
    return {
      ok: false,
      response: problem(c, {
        status: 415,
        type: PROBLEM_TYPES.unsupportedMediaType,
        title: 'Unsupported media type',
        detail: `Send the body as application/json${type ? `, not ${type.split(';')[0]}` : ' (Content-Type is missing)'}.`,
        headers: { 'Accept-Post': 'application/json' },
      }),
    };
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The parser's message quotes the body, which may hold a name or an address.
    return {
      ok: false,
      response: problem(c, {
        status: 400,
        type: PROBLEM_TYPES.malformedBody,
        title: 'Malformed request body',
        detail: 'The body is not valid JSON.',
      }),
    };
  }
  const checked = checkFields(schema, body);
  if (!checked.success) return { ok: false, response: invalidBody(c, checked.errors) };
  return { ok: true, data: checked.data, text };
}
