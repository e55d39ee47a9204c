/**
 * An id or number as one URL path segment. An empty id would silently turn
 * `GET /v1/practices/{id}` into the list, so it is refused before any request
 * (callers are async functions, so this becomes a rejection, not a throw).
 */
export function pathSegment(value: string | number, what: string): string {
  const text = String(value);
  if (text === '') throw new TypeError(`${what} must not be empty`);
  return encodeURIComponent(text);
}
