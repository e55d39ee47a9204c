import type { Practice, PracticeQueryInput } from '@gcm-practices/contract';

// The details of events more than one element fires (or lets bubble from an element inside).
// An event of one element only has its detail type beside that element.

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

/** Detail of `gcm-practice-select`, from a card, a practice's related practices, or a list of them. */
export interface PracticeSelectDetail {
  id: string;
  practice: Practice;
}

/** Detail of `gcm-results` from `<gcm-practices>` (and the catalogue inside `<gcm-objective-browser>`). */
export interface ResultsDetail {
  total: number;
  page: number;
  pageCount: number;
  /** The query sent to the API. */
  query: PracticeQueryInput;
}
