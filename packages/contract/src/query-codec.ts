import * as z from 'zod/mini';
import type { InvalidParam } from './problem.js';

/**
 * Query strings and typed queries, both ways, driven by the query schemas
 * themselves so the server's parser and the client's serialiser cannot drift.
 *
 * A repeatable parameter is written once per value (`objective=10&objective=11`);
 * on the way in a comma-separated value (`facets=objective,region`) is accepted too.
 */

type Kind = 'string' | 'number' | 'boolean';
interface FieldSpec {
  repeated: boolean;
  kind: Kind;
}

type AnySchema = z.ZodMiniType & { _zod: { def: Record<string, unknown> } };
type ObjectSchema = z.ZodMiniObject<z.core.$ZodLooseShape>;

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
      current = def.innerType as AnySchema;
    } else {
      return current;
    }
  }
}

function kindOf(schema: AnySchema): Kind {
  const type = unwrap(schema)._zod.def.type;
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  return 'string';
}

const specCache = new WeakMap<object, Map<string, FieldSpec>>();

/** The parameters a query schema accepts, and how each is written. */
export function querySpec(schema: ObjectSchema): Map<string, FieldSpec> {
  const cached = specCache.get(schema);
  if (cached) return cached;
  const spec = new Map<string, FieldSpec>();
  for (const [name, field] of Object.entries(schema._zod.def.shape)) {
    const inner = unwrap(field as AnySchema);
    if (inner._zod.def.type === 'array') {
      spec.set(name, { repeated: true, kind: kindOf(inner._zod.def.element as AnySchema) });
    } else {
      spec.set(name, { repeated: false, kind: kindOf(inner) });
    }
  }
  specCache.set(schema, spec);
  return spec;
}

// Leave anything that does not look like the wanted type as the raw string, so
// the schema rejects it with the parameter's own message.
function convert(raw: string, kind: Kind): unknown {
  if (kind === 'number') return /^[+-]?\d{1,15}$/.test(raw) ? Number(raw) : raw;
  if (kind === 'boolean') {
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    return raw;
  }
  return raw;
}

export type DecodeResult<T> =
  | { success: true; data: T }
  | { success: false; invalidParams: InvalidParam[] };

/**
 * Parse a query string with a query schema. Every problem is reported at once,
 * each naming its parameter: unknown names, repeated single-valued ones, and
 * values the schema rejects. Empty values count as absent.
 */
export function decodeQuery<S extends ObjectSchema>(
  schema: S,
  params: URLSearchParams,
): DecodeResult<z.output<S>> {
  const spec = querySpec(schema);
  const invalidParams: InvalidParam[] = [];
  const input: Record<string, unknown> = {};
  const seen = new Set<string>();

  for (const name of params.keys()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const field = spec.get(name);
    if (!field) {
      invalidParams.push({
        name,
        reason: `is not a known parameter; expected one of ${[...spec.keys()].join(', ')}`,
      });
      continue;
    }
    const values = params.getAll(name);
    if (field.repeated) {
      const items = values.flatMap((v) => v.split(',')).filter((v) => v !== '');
      if (items.length > 0) input[name] = items.map((v) => convert(v, field.kind));
    } else {
      const present = values.filter((v) => v !== '');
      if (present.length > 1) {
        invalidParams.push({ name, reason: 'must be given at most once' });
      } else if (present.length === 1) {
        input[name] = convert(present[0] as string, field.kind);
      }
    }
  }

  const reported = new Set(invalidParams.map((p) => p.name));
  const result = z.safeParse(schema, input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (reported.has(name)) continue;
      reported.add(name);
      invalidParams.push({ name, reason: issue.message });
    }
  }
  if (invalidParams.length > 0) return { success: false, invalidParams };
  return { success: true, data: (result as { data: z.output<S> }).data };
}

type Writable = string | number | boolean | undefined | null | readonly (string | number)[];

/**
 * Write a typed query as a query string, one `name=value` pair per value of a
 * repeatable parameter. Undefined and null are left out; keys keep the schema's
 * order so equal queries give equal URLs (and share caches).
 */
export function encodeQuery(schema: ObjectSchema, query: object): URLSearchParams {
  const params = new URLSearchParams();
  const values = query as Record<string, Writable>;
  for (const name of querySpec(schema).keys()) {
    const value = values[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(name, String(item));
    } else {
      params.append(name, String(value));
    }
  }
  return params;
}
