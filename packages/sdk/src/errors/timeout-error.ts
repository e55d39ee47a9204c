import { GcmPracticesError, type RequestLine } from './gcm-practices-error.js';

/** An attempt took longer than the client's `timeout` (waiting for headers, or reading the body). */
export class TimeoutError extends GcmPracticesError {
  /** The per-attempt limit that was exceeded, in milliseconds. */
  readonly timeout: number;

  constructor(request: RequestLine, timeout: number) {
    super(
      'timeout',
      request,
      `${request.method} ${request.url} timed out: no complete response within ${timeout} ms`,
    );
    this.name = 'TimeoutError';
    this.timeout = timeout;
  }
}
