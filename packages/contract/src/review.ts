import * as z from 'zod/mini';
import { listOf } from './list.js';
import { IsoDateTime, Slug } from './primitives.js';
import { many, Page, PageSize } from './query-parameters.js';
import {
  SubmissionConsent,
  SubmissionId,
  SubmissionReference,
  SubmissionStatus,
  SubmittedPracticeRecord,
  Submitter,
} from './submission.js';
import { SUBMISSION_LIMITS as LIMITS } from './submission-limits.js';
import { multiLine } from './submission-text.js';

/*
 * Peer review of submissions (`/v1/review/*`), for holders of a reviewer or
 * admin token (`Authorization: Bearer …`).
 */

export const REVIEWER_ROLES = ['reviewer', 'admin'] as const;
/** Admins do what reviewers do, and also read the audit log and unpublish. */
export const ReviewerRole = z.enum(REVIEWER_ROLES, `must be one of ${REVIEWER_ROLES.join(', ')}`);

/** `GET /v1/review/me`: whose token this is. */
export const Reviewer = z.object({
  id: z.string(),
  name: z.string(),
  role: ReviewerRole,
});

export const DECISIONS = ['approve', 'request-changes', 'reject'] as const;
export const Decision = z.enum(DECISIONS, `must be one of ${DECISIONS.join(', ')}`);

/**
 * `POST /v1/review/submissions/{id}/decisions`. A request for changes or a
 * rejection says why (the submitter reads it); an approval may.
 */
export const DecisionInput = z
  .strictObject({
    decision: Decision,
    comment: z._default(z.nullable(multiLine(LIMITS.comment)), null),
  })
  .check(
    z.refine((input) => input.decision === 'approve' || input.comment !== null, {
      error: 'must say what to change or why the practice is rejected',
      path: ['comment'],
      params: { code: 'required' },
      when: (payload) => payload.issues.length === 0,
    }),
  );

/** `POST /v1/review/submissions/{id}/unpublish` (admins): why the practice comes down. */
export const UnpublishInput = z.strictObject({
  reason: multiLine(LIMITS.comment),
});

export const AUDIT_ACTIONS = [
  'submitted',
  'approve',
  'request-changes',
  'reject',
  'reply',
  'published',
  'unpublished',
  'token-created',
  'token-revoked',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);

/**
 * Who did it: the submitter (never named here), a reviewer or admin (by their
 * token's id and name), the server itself (publishing), or an operator at the
 * command line (tokens).
 */
export const AuditActor = z.object({
  kind: z.enum(['submitter', 'reviewer', 'admin', 'system', 'operator']),
  id: z.nullable(z.string()),
  name: z.nullable(z.string()),
});

/** One line of the append-only audit log. */
export const AuditEntry = z.object({
  id: z.int(),
  at: IsoDateTime,
  actor: AuditActor,
  action: AuditAction,
  submission: z.nullable(z.object({ id: SubmissionId, reference: SubmissionReference })),
  fromStatus: z.nullable(SubmissionStatus),
  toStatus: z.nullable(SubmissionStatus),
  /** The comment of a decision, the text of a reply, the reason to unpublish. */
  comment: z.nullable(z.string()),
  /** The practice's revision the action concerns. */
  revision: z.nullable(z.int()),
  /** The published practice (published, unpublished), or the token (token-created, token-revoked). */
  subject: z.nullable(z.string()),
});

/** A submission in a reviewer's list. */
export const ReviewSubmissionSummary = z.object({
  id: SubmissionId,
  reference: SubmissionReference,
  status: SubmissionStatus,
  campaign: z.nullable(Slug),
  title: z.string(),
  organisation: z.string(),
  lang: z.string(),
  submittedAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.int(),
  /** Distinct reviewers whose approval of the current revision stands. */
  approvals: z.int(),
  practiceId: z.nullable(Slug),
});

/** `GET /v1/review/submissions/{id}`: everything, with the history. */
export const ReviewSubmission = z.extend(ReviewSubmissionSummary, {
  practice: SubmittedPracticeRecord,
  submitter: Submitter,
  consent: SubmissionConsent,
  /** Approvals of the current revision, oldest first. */
  approvedBy: z.array(z.object({ id: z.string(), name: z.string(), at: IsoDateTime })),
  /** Approvals needed to publish. */
  approvalsRequired: z.int(),
  /** A reviewer asked for changes and the submitter has not replied yet. */
  changesRequested: z.boolean(),
  /** Earlier revisions of the practice, oldest first (the current one is `practice`). */
  revisions: z.array(
    z.object({
      revision: z.int(),
      at: IsoDateTime,
      practice: SubmittedPracticeRecord,
    }),
  ),
  /** Every action on this submission, oldest first. */
  history: z.array(AuditEntry),
});

export const ReviewSubmissionList = listOf(ReviewSubmissionSummary, z.never());
export const AuditList = listOf(AuditEntry, z.never());

/** `GET /v1/review/submissions`: newest first; `status` repeatable. */
export const ReviewQuery = z.object({
  status: many(SubmissionStatus),
  campaign: z.optional(Slug),
  page: Page,
  pageSize: PageSize,
});

/** `GET /v1/review/audit` (admins): newest first. */
export const AuditQuery = z.object({
  submission: z.optional(SubmissionId),
  action: many(AuditAction),
  page: Page,
  pageSize: PageSize,
});

export type ReviewerRole = z.infer<typeof ReviewerRole>;
export type Reviewer = z.infer<typeof Reviewer>;
export type Decision = z.infer<typeof Decision>;
export type DecisionInput = z.input<typeof DecisionInput>;
export type UnpublishInput = z.input<typeof UnpublishInput>;
export type AuditAction = z.infer<typeof AuditAction>;
export type AuditActor = z.infer<typeof AuditActor>;
export type AuditEntry = z.infer<typeof AuditEntry>;
export type ReviewSubmissionSummary = z.infer<typeof ReviewSubmissionSummary>;
export type ReviewSubmission = z.infer<typeof ReviewSubmission>;
export type ReviewSubmissionList = z.infer<typeof ReviewSubmissionList>;
export type AuditList = z.infer<typeof AuditList>;
export type ReviewQueryInput = z.input<typeof ReviewQuery>;
export type ReviewQuery = z.output<typeof ReviewQuery>;
export type AuditQueryInput = z.input<typeof AuditQuery>;
export type AuditQuery = z.output<typeof AuditQuery>;
