import type { ApiError } from './api-error.js';
import { API_ERROR_KINDS, ERROR_BRAND, type ErrorKind } from './brand.js';
import type { ContractMismatchError } from './contract-mismatch-error.js';
import type { GcmPracticesError } from './gcm-practices-error.js';
import type { NetworkError } from './network-error.js';
import type { NotFoundError } from './not-found-error.js';
import type { RateLimitedError } from './rate-limited-error.js';
import type { TimeoutError } from './timeout-error.js';
import type { ValidationError } from './validation-error.js';

// Type-only imports: the guards read the brand and `kind`, so using one does
// not pull every error class into a bundle, and they recognise errors thrown
// by any other copy of the SDK.

export function isGcmPracticesError(error: unknown): error is GcmPracticesError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [ERROR_BRAND]?: unknown })[ERROR_BRAND] === true &&
    typeof (error as { kind?: unknown }).kind === 'string'
  );
}

function hasKind(error: unknown, kind: ErrorKind): boolean {
  return isGcmPracticesError(error) && error.kind === kind;
}

/** Any error status from the API, including 404, 422 and 429. */
export function isApiError(error: unknown): error is ApiError {
  return isGcmPracticesError(error) && API_ERROR_KINDS.includes(error.kind);
}

export function isNotFoundError(error: unknown): error is NotFoundError {
  return hasKind(error, 'not-found');
}

export function isRateLimitedError(error: unknown): error is RateLimitedError {
  return hasKind(error, 'rate-limited');
}

/** A 422 whose `errors` name each invalid field of what was sent. */
export function isValidationError(error: unknown): error is ValidationError {
  return hasKind(error, 'validation');
}

export function isNetworkError(error: unknown): error is NetworkError {
  return hasKind(error, 'network');
}

export function isTimeoutError(error: unknown): error is TimeoutError {
  return hasKind(error, 'timeout');
}

export function isContractMismatchError(error: unknown): error is ContractMismatchError {
  return hasKind(error, 'contract-mismatch');
}

/**
 * True for the rejection of an aborted call when the signal was aborted
 * without a reason (a `DOMException` named `AbortError`). A call aborted with
 * a reason of your own rejects with exactly that reason.
 */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}
