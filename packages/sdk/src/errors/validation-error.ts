import type { FieldError } from '@gcm-practices/contract';
import { ApiError, type ApiErrorInit } from './api-error.js';

/**
 * 422 with field errors: the body broke the contract's rules. `errors` names
 * every invalid field at once, as a JSON Pointer into what was sent
 * (`/implementers/0/name`), with a message (`detail`, English), a `code` and
 * the `limit` broken, so a form can mark each field in its own language.
 */
export class ValidationError extends ApiError {
  override readonly status = 422;
  readonly errors: readonly FieldError[];

  constructor(init: ApiErrorInit, errors: readonly FieldError[]) {
    super(init, 'validation');
    this.name = 'ValidationError';
    this.errors = errors;
  }
}
