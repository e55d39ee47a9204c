import * as z from 'zod/mini';

/** One rejected query parameter: which one, and what would have been accepted. */
export const InvalidParam = z.object({
  name: z.string(),
  reason: z.string(),
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
});

/** Problem types the API uses, as relative URI references (RFC 9457 §3.1.1). */
export const PROBLEM_TYPES = {
  invalidParameters: '/problems/invalid-parameters',
  notFound: '/problems/not-found',
  methodNotAllowed: '/problems/method-not-allowed',
  internal: '/problems/internal',
  rateLimited: '/problems/rate-limited',
} as const;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export type InvalidParam = z.infer<typeof InvalidParam>;
export type Problem = z.infer<typeof Problem>;
