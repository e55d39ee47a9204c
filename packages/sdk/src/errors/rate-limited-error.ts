import { ApiError, type ApiErrorInit } from './api-error.js';

/** 429: still rate limited after the retries the client was allowed. */
export class RateLimitedError extends ApiError {
  override readonly status = 429;
  /**
   * Seconds the server asked to wait (`Retry-After`, from seconds or an HTTP date),
   * or undefined when it did not say.
   */
  readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit, retryAfter: number | undefined) {
    super(init, 'rate-limited');
    this.name = 'RateLimitedError';
    this.retryAfter = retryAfter;
  }
}
