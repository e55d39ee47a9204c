import { ApiError, type ApiErrorInit } from './api-error.js';

/** 404: no practice, objective or resource has that id or number. */
export class NotFoundError extends ApiError {
  override readonly status = 404;

  constructor(init: ApiErrorInit) {
    super(init, 'not-found');
    this.name = 'NotFoundError';
  }
}
