/**
 * An id or number as one URL path segment, refused before any request when it
 * cannot be one (callers are async functions, so this becomes a rejection, not
 * a throw). An empty id would silently turn `GET /v1/practices/{id}` into the
 * list, and `.` or `..` survive `encodeURIComponent` and are then resolved by
 * the URL parser: `/v1/practices/..` requests `/v1/`.
 */
export function pathSegment(value: string | number, what: string): string {
  const text = String(value);
  if (text === '') throw new TypeError(`${what} must not be empty`);
  if (text === '.' || text === '..') {
    throw new TypeError(
      `${what} must not be "${text}": a URL resolves it as a path step, so it would request another address`,
    );
  }
  return encodeURIComponent(text);
}
