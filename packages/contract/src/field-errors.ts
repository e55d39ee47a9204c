import * as z from 'zod/mini';
import type { FieldError, FieldErrorCode } from './problem.js';

/** `['implementers', 0, 'name']` → `/implementers/0/name` (RFC 6901; `""` is the whole body). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** `/implementers/0/name` → `['implementers', 0, 'name']`: array indexes come back as numbers. */
export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((key) => (/^(?:0|[1-9]\d*)$/.test(key) ? Number(key) : key));
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const ARTICLE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** The contract's messages are kept; zod/mini has none of its own ("Invalid input"). */
const GENERIC = 'Invalid input';

function typeError(issue: z.core.$ZodIssueInvalidType, input: unknown): FieldError {
  const pointer = toPointer(issue.path);
  if (valueAt(input, issue.path) === undefined) {
    return { pointer, code: 'required', detail: 'is required' };
  }
  const detail =
    issue.message !== GENERIC
      ? issue.message
      : `must be ${ARTICLE[issue.expected] ?? issue.expected}`;
  return { pointer, code: 'type', detail };
}

function sizeError(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  pointer: string,
): FieldError {
  const big = issue.code === 'too_big';
  const limit = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : issue.minimum);
  let code: FieldErrorCode = 'invalid';
  // An empty text is a missing one, to the person filling the form.
  if (issue.origin === 'string') code = big ? 'too-long' : limit === 1 ? 'required' : 'too-short';
  else if (issue.origin === 'array') code = big ? 'too-many' : 'too-few';
  const detail =
    issue.message !== GENERIC
      ? issue.message
      : big
        ? `must be at most ${limit}`
        : `must be at least ${limit}`;
  return { pointer, code, detail, ...(Number.isFinite(limit) && { limit }) };
}

/**
 * The contract's field errors for a failed parse: one per invalid field, each
 * with a JSON Pointer into `input`, the contract's message and a code. The API
 * answers a 422 with exactly these, so a form that runs the same schema shows
 * the same errors before sending as after.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const pointer = toPointer(issue.path);
    switch (issue.code) {
      case 'invalid_type':
        errors.push(typeError(issue, input));
        break;
      case 'too_big':
      case 'too_small':
        errors.push(sizeError(issue, pointer));
        break;
      case 'invalid_format':
        errors.push({
          pointer,
          code: 'format',
          detail: issue.message !== GENERIC ? issue.message : `is not a valid ${issue.format}`,
        });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          errors.push({
            pointer: toPointer([...issue.path, key]),
            code: 'unknown-field',
            detail: 'is not a field of this request',
          });
        }
        break;
      case 'custom': {
        const code = (issue.params as { code?: FieldErrorCode } | undefined)?.code ?? 'invalid';
        errors.push({ pointer, code, detail: issue.message });
        break;
      }
      default:
        errors.push({
          pointer,
          code: 'invalid',
          detail: issue.message !== GENERIC ? issue.message : 'is not valid',
        });
    }
  }
  return errors;
}

export type Checked<T> = { success: true; data: T } | { success: false; errors: FieldError[] };

/** Parse `input` with `schema`: the output, or every field error at once. */
export function checkFields<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): Checked<z.output<S>> {
  const result = z.safeParse(schema, input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: fieldErrors(result.error.issues, input) };
}
