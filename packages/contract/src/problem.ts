import * as z from 'zod/mini';

/** One rejected query parameter: which one, and what would have been accepted. */
export const InvalidParam = z.object({
  name: z.string(),
  reason: z.string(),
});

/** What a field error is about, for a form that words its own message (see `FieldError`). */
export const FIELD_ERROR_CODES = [
  'required',
  'type',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'format',
  'invalid',
  'duplicate',
  'unknown-field',
  'not-found',
] as const;
export const FieldErrorCode = z.enum(FIELD_ERROR_CODES);

/**
 * One invalid field of a request body (the `errors` of a 422 problem):
 * `pointer` is an RFC 6901 JSON Pointer into the body (`/implementers/0/name`,
 * `""` for the body itself), `detail` says in English what is wrong, `code`
 * what kind of error it is and `limit` the length or count it broke, so a form
 * can show the error beside the field in its own language.
 */
export const FieldError = z.object({
  pointer: z.string(),
  detail: z.string(),
  code: FieldErrorCode,
  limit: z.optional(z.int()),
});

/**
 * RFC 9457 problem details, the body of every 4xx and 5xx response
 * (`Content-Type: application/problem+json`). Unknown members are kept.
 */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** The `X-Request-Id` of the failed request, for support. */
  requestId: z.optional(z.string()),
  invalidParams: z.optional(z.array(InvalidParam)),
  /** Every invalid field of a request body (422). */
  errors: z.optional(z.array(FieldError)),
});

/** Problem types the API uses, as relative URI references (RFC 9457 §3.1.1). */
export const PROBLEM_TYPES = {
  invalidParameters: '/problems/invalid-parameters',
  notFound: '/problems/not-found',
  methodNotAllowed: '/problems/method-not-allowed',
  internal: '/problems/internal',
  rateLimited: '/problems/rate-limited',
  /** 422: the body is JSON but breaks the contract; `errors` lists every invalid field. */
  invalidBody: '/problems/invalid-body',
  /** 400: the body is not JSON. */
  malformedBody: '/problems/malformed-body',
  payloadTooLarge: '/problems/payload-too-large',
  unsupportedMediaType: '/problems/unsupported-media-type',
  /** 409: the call for practices is not accepting submissions; `closes` says its deadline. */
  callClosed: '/problems/call-closed',
  /** 409: the action does not fit the submission's current status. */
  conflict: '/problems/conflict',
  /** 422: an Idempotency-Key already used with another body. */
  idempotencyKeyReused: '/problems/idempotency-key-reused',
  unauthorized: '/problems/unauthorized',
  forbidden: '/problems/forbidden',
} as const;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export type InvalidParam = z.infer<typeof InvalidParam>;
export type Problem = z.infer<typeof Problem>;
export type FieldErrorCode = z.infer<typeof FieldErrorCode>;
export type FieldError = z.infer<typeof FieldError>;
