import type {
  AuditEntry,
  ReviewSubmission,
  ReviewSubmissionSummary,
  Submission,
  SubmissionMessage,
  SubmissionStatus,
  SubmissionView,
  SubmittedPracticeRecord,
} from '@gcm-practices/contract';
import type {
  AuditRow,
  DecisionRow,
  MessageRow,
  RevisionRow,
  SubmissionRecords,
  SubmissionRow,
} from '../store/submission-records.js';

/*
 * Stored rows as the wire carries them. The submitter's view leaves out who
 * they are and who the reviewers are; the reviewers' view has everything.
 */

export const practiceOf = (json: string): SubmittedPracticeRecord =>
  JSON.parse(json) as SubmittedPracticeRecord;

const messageOf = (row: MessageRow): SubmissionMessage => ({
  at: row.at,
  author: row.author as SubmissionMessage['author'],
  kind: row.kind as SubmissionMessage['kind'],
  text: row.text,
  revision: Number(row.revision),
});

export function submitterView(row: SubmissionRow, messages: MessageRow[]): SubmissionView {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status as SubmissionStatus,
    campaign: row.campaign,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    revision: Number(row.revision),
    practice: practiceOf(row.practice),
    messages: messages.map(messageOf),
    practiceId: row.practice_id,
  };
}

export function summaryOf(row: SubmissionRow, approvals: number): ReviewSubmissionSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status as SubmissionStatus,
    campaign: row.campaign,
    title: row.title,
    organisation: row.organisation,
    lang: row.lang,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    revision: Number(row.revision),
    approvals,
    practiceId: row.practice_id,
  };
}

export function auditEntryOf(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    actor: {
      kind: row.actor_kind as AuditEntry['actor']['kind'],
      id: row.actor_id,
      name: row.actor_name,
    },
    action: row.action as AuditEntry['action'],
    submission:
      row.submission_id === null
        ? null
        : { id: row.submission_id, reference: row.reference as string },
    fromStatus: row.from_status as SubmissionStatus | null,
    toStatus: row.to_status as SubmissionStatus | null,
    comment: row.comment,
    revision: row.revision === null ? null : Number(row.revision),
    subject: row.subject,
  };
}

/** Distinct reviewers approving, oldest first: a reviewer counts once. */
export function approvalsOf(decisions: readonly DecisionRow[]): DecisionRow[] {
  const seen = new Set<string>();
  return decisions.filter((d) => {
    if (d.decision !== 'approve' || seen.has(d.reviewer_id)) return false;
    seen.add(d.reviewer_id);
    return true;
  });
}

export async function reviewerView(
  records: SubmissionRecords,
  row: SubmissionRow,
  approvalsRequired: number,
): Promise<ReviewSubmission> {
  // One after another: inside a transaction they share one connection.
  const decisions = await records.decisions(row.id, Number(row.revision));
  const revisions = await records.revisions(row.id);
  const history = await records.history(row.id);
  const approvedBy = approvalsOf(decisions);
  const submission = JSON.parse(row.submitter) as Submission['submitter'];
  return {
    ...summaryOf(row, approvedBy.length),
    practice: practiceOf(row.practice),
    submitter: submission,
    consent: JSON.parse(row.consent) as Submission['consent'],
    approvedBy: approvedBy.map((d) => ({ id: d.reviewer_id, name: d.reviewer_name, at: d.at })),
    approvalsRequired,
    changesRequested: Number(row.changes_requested) === 1,
    revisions: revisions
      .filter((r: RevisionRow) => Number(r.revision) < Number(row.revision))
      .map((r) => ({ revision: Number(r.revision), at: r.at, practice: practiceOf(r.practice) })),
    history: history.map(auditEntryOf),
  };
}
