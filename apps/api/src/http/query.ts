import { decodeQuery, type InvalidParam, type querySpec } from '@gcm-practices/contract';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { unknownValues, type Vocabulary } from '../catalogue/known-values.js';
import type { AppEnv } from './app-env.js';
import { invalidParameters } from './problem.js';

type QuerySchema = Parameters<typeof querySpec>[0];

/**
 * The request's query decoded with the contract's schema, or the 400 problem
 * naming every bad parameter at once: malformed ones (one parser for server
 * and SDK, the contract's) together with well-formed values the catalogue does
 * not have (`country=XYZ`), for the parameters listed in `vocabularies`.
 */
export async function decodeRequestQuery<S extends QuerySchema>(
  c: Context<AppEnv>,
  schema: S,
  vocabularies: readonly Vocabulary[] = [],
): Promise<{ ok: true; query: z.output<S> } | { ok: false; response: Response }> {
  const params = new URL(c.req.url).searchParams;
  const result = decodeQuery(schema, params);
  const problems: InvalidParam[] = result.success ? [] : [...result.invalidParams];
  const reported = new Set(problems.map((p) => p.name));
  const given: Partial<Record<Vocabulary, string[]>> = {};
  for (const name of vocabularies) {
    if (reported.has(name)) continue;
    const values = params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .filter((v) => v !== '');
    if (values.length > 0) given[name] = values;
  }
  problems.push(...(await unknownValues(c.var.catalogue, given)));
  if (problems.length > 0) return { ok: false, response: invalidParameters(c, problems) };
  return { ok: true, query: (result as { data: z.output<S> }).data };
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
