/**
 * Errors are recognised by a brand rather than `instanceof`: an application can
 * end up with two copies of the SDK (two bundles on one page, a nested
 * dependency, a worker), and an error thrown by one copy is not an instance of
 * the other copy's classes. `Symbol.for` returns the same symbol in every copy
 * and every realm, so the guards in `guards.ts` work across all of them.
 */
export const ERROR_BRAND: unique symbol = Symbol.for('gcm-practices.error') as never;

/** What went wrong, as a string that survives bundling, copies and `structuredClone`-free hops. */
export type ErrorKind =
  | 'api'
  | 'not-found'
  | 'rate-limited'
  | 'validation'
  | 'network'
  | 'timeout'
  | 'contract-mismatch';

/** The kinds that are HTTP error responses, so `isApiError` covers its subclasses. */
export const API_ERROR_KINDS: readonly ErrorKind[] = [
  'api',
  'not-found',
  'rate-limited',
  'validation',
];
