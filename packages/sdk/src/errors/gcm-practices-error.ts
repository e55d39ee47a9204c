import { ERROR_BRAND, type ErrorKind } from './brand.js';

/** The method and absolute URL of the call that failed. */
export interface RequestLine {
  method: string;
  url: string;
}

/**
 * Base class of every error the SDK throws on purpose. An aborted call is not
 * wrapped: it rejects with the signal's own reason.
 */
export class GcmPracticesError extends Error {
  readonly [ERROR_BRAND] = true;
  /** Stable discriminator; prefer the `is…Error` guards, which also work across copies of the SDK. */
  readonly kind: ErrorKind;
  /** The call that failed. */
  readonly request: RequestLine;

  constructor(kind: ErrorKind, request: RequestLine, message: string, options?: ErrorOptions) {
    super(message, options);
    // Set explicitly: minifiers rename classes, so `constructor.name` cannot be trusted.
    this.name = 'GcmPracticesError';
    this.kind = kind;
    this.request = request;
  }
}
