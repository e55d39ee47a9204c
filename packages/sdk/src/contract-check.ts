import * as z from 'zod/mini';
import { type ContractIssue, ContractMismatchError } from './errors/contract-mismatch-error.js';
import type { RequestLine } from './errors/gcm-practices-error.js';
import { isJsonMediaType } from './response-body.js';

export const ROOT_PATH = '(root)';

/** `['data', 3, 'objectives', 0]` → `data[3].objectives[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || ROOT_PATH;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * zod/mini ships no messages of its own ("Invalid input"); the contract's own
 * messages are kept, and a bare type mismatch is spelled out from the issue
 * and the received value.
 */
function issueMessage(issue: z.core.$ZodIssue, body: unknown): string {
  if (issue.code === 'invalid_type' && issue.message === 'Invalid input') {
    const received = valueAt(body, issue.path);
    return received === undefined
      ? `is missing (expected ${issue.expected})`
      : `expected ${issue.expected}, received ${describeValue(received)}`;
  }
  return issue.message;
}

/** Parse a JSON body, or explain why it is not JSON. */
export function parseJsonBody(
  text: string,
  type: string | undefined,
  request: RequestLine,
): unknown {
  if (text.trim() === '') {
    throw new ContractMismatchError(request, [{ path: ROOT_PATH, message: 'the body is empty' }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const what = type ?? 'no Content-Type';
    const hint =
      type === 'text/html' ? ' (is baseUrl the address of the API, not of a website?)' : '';
    const reason = isJsonMediaType(type)
      ? `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
      : `is ${what}, not JSON${hint}`;
    throw new ContractMismatchError(request, [{ path: ROOT_PATH, message: reason }], {
      cause: error,
    });
  }
}

/** The body as the schema's output type, or a `ContractMismatchError` naming every bad field. */
export function checkContract<S extends z.ZodMiniType>(
  schema: S,
  body: unknown,
  request: RequestLine,
): z.output<S> {
  const result = z.safeParse(schema, body);
  if (result.success) return result.data;
  const issues: ContractIssue[] = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issueMessage(issue, body),
  }));
  throw new ContractMismatchError(request, issues, { cause: result.error });
}

/**
 * A list body holds at most `maxItems` items in `data` (the page size that was
 * asked for). Checked before the schema, so a server answering 10 000 items
 * costs neither their validation nor their rendering.
 */
export function checkPageLength(body: unknown, maxItems: number, request: RequestLine): void {
  const data = (body as { data?: unknown } | null)?.data;
  if (Array.isArray(data) && data.length > maxItems) {
    throw new ContractMismatchError(request, [
      {
        path: 'data',
        message: `has ${data.length} items, more than the pageSize of ${maxItems} that was asked for`,
      },
    ]);
  }
}
