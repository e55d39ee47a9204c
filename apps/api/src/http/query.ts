import { decodeQuery, type querySpec } from '@gcm-practices/contract';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv } from './app-env.js';
import { invalidParameters } from './problem.js';

type QuerySchema = Parameters<typeof querySpec>[0];

/**
 * The request's query decoded with the contract's schema, or the 400 problem
 * naming every bad parameter. One parser for server and SDK: the contract's.
 */
export function decodeRequestQuery<S extends QuerySchema>(
  c: Context<AppEnv>,
  schema: S,
): { ok: true; query: z.output<S> } | { ok: false; response: Response } {
  const result = decodeQuery(schema, new URL(c.req.url).searchParams);
  if (result.success) return { ok: true, query: result.data };
  return { ok: false, response: invalidParameters(c, result.invalidParams) };
}

/** For endpoints that take no query parameters: a 400 naming each one sent, else undefined. */
export function rejectQuery(c: Context<AppEnv>): Response | undefined {
  const names = [...new Set(new URL(c.req.url).searchParams.keys())];
  if (names.length === 0) return undefined;
  return invalidParameters(
    c,
    names.map((name) => ({ name, reason: 'is not a known parameter; this endpoint takes none' })),
  );
}
