/** Prefix of every event the elements fire. */
export const EVENT_PREFIX = 'gcm-';

/**
 * Fire a `gcm-*` event from `target`: it bubbles and crosses shadow roots, so a
 * page can listen on `document` whatever the nesting. Returns false when a
 * listener called `preventDefault()` on a cancelable event.
 */
export function emit<T>(
  target: EventTarget,
  name: string,
  detail: T,
  { cancelable = false }: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(`${EVENT_PREFIX}${name}`, {
      detail,
      bubbles: true,
      composed: true,
      cancelable,
    }),
  );
}

/** Detail of `gcm-error`. */
export interface ErrorDetail {
  /** An SDK error: see `isApiError`, `isNetworkError`, `isTimeoutError`, `isContractMismatchError`. */
  error: unknown;
}
