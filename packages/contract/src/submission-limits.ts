/**
 * The limits of a submission to a call for practices, in one place: the API
 * enforces them through `SubmissionInput`, and a form reads them to set
 * `maxlength`, count characters and stop adding rows. Lengths are in UTF-16
 * code units, what `String.length` and the HTML `maxlength` attribute count.
 */
export const SUBMISSION_LIMITS = {
  /** The whole JSON body, in bytes of UTF-8: a larger request is refused with 413. */
  bodyBytes: 65_536,
  title: 200,
  summary: 1500,
  /** Each of the description's sections (context, aims, …). */
  section: 3000,
  takeaway: 1000,
  implementers: 10,
  implementerName: 200,
  partners: 20,
  partnerName: 200,
  countries: 60,
  regions: 10,
  objectives: 23,
  actions: 40,
  principles: 10,
  sdgTargets: 20,
  results: 10,
  result: 500,
  links: 10,
  linkLabel: 200,
  url: 2000,
  submitterName: 200,
  /** RFC 5321's limit on a forward path. */
  email: 254,
  organisation: 200,
  /** A submitter's reply to the reviewers. */
  reply: 4000,
  /** A reviewer's comment on a decision. */
  comment: 4000,
  honeypot: 500,
  /** Idempotency-Key header. */
  idempotencyKey: 200,
} as const;

/**
 * Seconds a person takes at least to fill the form: a submission whose
 * `startedAt` is more recent than this is taken for a robot's, accepted and
 * silently dropped. The API's default; operators may change it.
 */
export const DEFAULT_MIN_FILL_SECONDS = 3;

export type SubmissionLimits = typeof SUBMISSION_LIMITS;
