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
