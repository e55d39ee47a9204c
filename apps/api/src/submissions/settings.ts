import { DEFAULT_MIN_FILL_SECONDS } from '@gcm-practices/contract';
import type { RateLimit } from '../http/rate-limit.js';

/** How the API takes and reviews submissions (README, "Calls for practices"). */
export interface SubmissionSettings {
  /** Browser origins allowed to submit and review (`SUBMISSION_ORIGINS`); default none. */
  origins: readonly string[];
  /** Submissions per client and window (`SUBMISSION_RATE_LIMIT`); undefined: no limit. */
  rateLimit: RateLimit | undefined;
  /** Distinct reviewers' approvals that publish (`REVIEW_APPROVALS`). */
  approvalsRequired: number;
  /** A form sent faster than this is taken for a robot's (`SUBMISSION_MIN_FILL_SECONDS`). */
  minFillSeconds: number;
  /** The clock: decisions, deadlines and `publishedAt` follow it. */
  now: () => Date;
}

export const DEFAULT_SUBMISSION_RATE_LIMIT: RateLimit = { limit: 10, windowMs: 3_600_000 };
export const DEFAULT_REVIEW_APPROVALS = 2;

export function submissionSettings(given: Partial<SubmissionSettings> = {}): SubmissionSettings {
  return {
    origins: given.origins ?? [],
    rateLimit: 'rateLimit' in given ? given.rateLimit : DEFAULT_SUBMISSION_RATE_LIMIT,
    approvalsRequired: given.approvalsRequired ?? DEFAULT_REVIEW_APPROVALS,
    minFillSeconds: given.minFillSeconds ?? DEFAULT_MIN_FILL_SECONDS,
    now: given.now ?? (() => new Date()),
  };
}
