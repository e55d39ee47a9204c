import { randomUUID } from 'node:crypto';
import {
  type Campaign,
  type DecisionInput,
  practiceFromSubmission,
  type ReviewSubmission,
  type Submission,
  type SubmissionStatus,
  type SubmissionView,
  type SubmittedPractice,
  submissionPracticeId,
} from '@gcm-practices/contract';
import type { StoreTransaction } from '../store/catalogue-store.js';
import type { NewAuditEntry, SubmissionRow } from '../store/submission-records.js';
import type { Reviewer } from './reviewer-tokens.js';
import { newReference, newSecret, secretMatches, sha256 } from './secrets.js';
import { approvalsOf, reviewerView, submitterView } from './views.js';

/*
 * The review workflow, one transaction per action:
 *
 *   submitted → in-review (first decision) → changes-requested ⇄ in-review (reply)
 *             → approved (published) | rejected;   approved → unpublished (admins)
 *
 * Every action appends to the audit log and leaves a message in the outbox,
 * in the same transaction; publishing writes the practice to the catalogue
 * there too, so the catalogue version moves when, and only when, it commits.
 */

export type Outcome<T> = { ok: true; value: T } | { ok: false; status: 404 | 409; detail: string };

const FINAL: readonly string[] = ['approved', 'rejected', 'unpublished'];

export interface WorkflowSettings {
  /** Distinct reviewers' approvals that publish a practice. */
  approvalsRequired: number;
}

type Actor = Pick<NewAuditEntry, 'actor_kind' | 'actor_id' | 'actor_name'>;
const SUBMITTER: Actor = { actor_kind: 'submitter', actor_id: null, actor_name: null };
const SYSTEM: Actor = { actor_kind: 'system', actor_id: null, actor_name: null };
const actorOf = (reviewer: Reviewer): Actor => ({
  actor_kind: reviewer.role,
  actor_id: reviewer.id,
  actor_name: reviewer.name,
});

async function audit(
  tx: StoreTransaction,
  row: SubmissionRow,
  actor: Actor,
  entry: Pick<NewAuditEntry, 'action' | 'at'> & Partial<NewAuditEntry>,
): Promise<void> {
  await tx.submissions.appendAudit({
    ...actor,
    submission_id: row.id,
    reference: row.reference,
    from_status: null,
    to_status: null,
    comment: null,
    revision: Number(row.revision),
    subject: null,
    ...entry,
  });
}

/**
 * What a notification carries: enough for a mail system to tell the
 * submitter (their name and address: the webhook is the operator's own, not
 * a public answer) and the reviewers.
 */
function notification(row: SubmissionRow, extra: Record<string, unknown> = {}) {
  const submitter = JSON.parse(row.submitter) as Submission['submitter'];
  return {
    submission: {
      id: row.id,
      reference: row.reference,
      status: row.status,
      campaign: row.campaign,
      title: row.title,
      lang: row.lang,
      revision: Number(row.revision),
    },
    submitter: { name: submitter.name, email: submitter.email },
    ...extra,
  };
}

export interface Receipt {
  id: string;
  reference: string;
  status: SubmissionStatus;
  token: string;
}

export async function createSubmission(
  tx: StoreTransaction,
  submission: Submission,
  now: Date,
): Promise<Receipt> {
  const {
    submitter,
    consent,
    campaign,
    honeypot: _honeypot,
    fillSeconds: _fillSeconds,
    ...practice
  } = submission;
  const at = now.toISOString();
  let reference = newReference(now.getUTCFullYear());
  while (await tx.submissions.referenceTaken(reference)) {
    reference = newReference(now.getUTCFullYear());
  }
  const token = newSecret();
  const row: SubmissionRow = {
    id: randomUUID(),
    reference,
    token_hash: sha256(token),
    status: 'submitted',
    campaign,
    lang: practice.lang,
    title: practice.title,
    organisation: submitter.organisation,
    submitter: JSON.stringify(submitter),
    consent: JSON.stringify(consent),
    revision: 1,
    practice: JSON.stringify(practice),
    changes_requested: 0,
    practice_id: null,
    submitted_at: at,
    updated_at: at,
  };
  await tx.submissions.insertSubmission(row);
  await tx.submissions.insertRevision(row.id, { revision: 1, at, practice: row.practice });
  await audit(tx, row, SUBMITTER, { action: 'submitted', at, to_status: 'submitted' });
  await tx.submissions.enqueue('submission.received', notification(row), at);
  return { id: row.id, reference, status: 'submitted', token };
}

/** The submission `token` opens, or undefined (unknown id, or not its token). */
export async function submissionFor(
  records: StoreTransaction['submissions'],
  id: string,
  token: string,
  lock = false,
): Promise<SubmissionRow | undefined> {
  const row = await (lock ? records.lock(id) : records.submission(id));
  // Hash even when there is no row, so an unknown id takes as long as a wrong token.
  const matches = secretMatches(token, row?.token_hash ?? sha256(''));
  return row && matches ? row : undefined;
}

export async function viewForSubmitter(
  records: StoreTransaction['submissions'],
  row: SubmissionRow,
): Promise<SubmissionView> {
  return submitterView(row, await records.messages(row.id));
}

const NOT_YOURS = 'No submission has this id, or the token is not its token.';

export async function reply(
  tx: StoreTransaction,
  id: string,
  token: string,
  input: { message: string; practice?: SubmittedPractice | undefined },
  now: Date,
): Promise<Outcome<SubmissionView>> {
  const row = await submissionFor(tx.submissions, id, token, true);
  if (!row) return { ok: false, status: 404, detail: NOT_YOURS };
  if (row.status !== 'changes-requested') {
    return {
      ok: false,
      status: 409,
      detail: `The reviewers have not asked for changes: the submission is ${row.status}.`,
    };
  }
  const at = now.toISOString();
  let revision = Number(row.revision);
  const changes: Parameters<typeof tx.submissions.updateSubmission>[1] = {
    status: 'in-review',
    changes_requested: 0,
    updated_at: at,
  };
  if (input.practice) {
    revision += 1;
    const practice = JSON.stringify(input.practice);
    await tx.submissions.insertRevision(id, { revision, at, practice });
    Object.assign(changes, {
      revision,
      practice,
      title: input.practice.title,
      lang: input.practice.lang,
    });
  }
  await tx.submissions.insertMessage(id, {
    at,
    author: 'submitter',
    kind: 'reply',
    text: input.message,
    revision,
  });
  await tx.submissions.updateSubmission(id, changes);
  const updated = { ...row, ...changes } as SubmissionRow;
  await audit(tx, updated, SUBMITTER, {
    action: 'reply',
    at,
    from_status: row.status,
    to_status: 'in-review',
    comment: input.message,
  });
  await tx.submissions.enqueue(
    'submission.replied',
    notification(updated, { message: input.message, revised: input.practice !== undefined }),
    at,
  );
  return { ok: true, value: await viewForSubmitter(tx.submissions, updated) };
}

export async function decide(
  tx: StoreTransaction,
  settings: WorkflowSettings,
  reviewer: Reviewer,
  id: string,
  input: Required<Pick<DecisionInput, 'decision'>> & { comment: string | null },
  now: Date,
): Promise<Outcome<ReviewSubmission>> {
  const row = await tx.submissions.lock(id);
  if (!row) return { ok: false, status: 404, detail: 'No submission has this id.' };
  if (FINAL.includes(row.status)) {
    return {
      ok: false,
      status: 409,
      detail: `The submission is already ${row.status}: it takes no more decisions.`,
    };
  }
  const revision = Number(row.revision);
  if (row.status === 'changes-requested' && input.decision !== 'reject') {
    return {
      ok: false,
      status: 409,
      detail: 'Changes were requested: the submitter has not replied yet.',
    };
  }
  const decisions = await tx.submissions.decisions(id, revision);
  if (
    input.decision === 'approve' &&
    approvalsOf(decisions).some((d) => d.reviewer_id === reviewer.id)
  ) {
    return {
      ok: false,
      status: 409,
      detail: `You have already approved revision ${revision}; another reviewer must approve it.`,
    };
  }
  const at = now.toISOString();
  await tx.submissions.insertDecision(id, {
    revision,
    reviewer_id: reviewer.id,
    decision: input.decision,
    comment: input.comment,
    at,
  });

  let status: SubmissionStatus = 'in-review';
  if (input.decision === 'request-changes') status = 'changes-requested';
  if (input.decision === 'reject') status = 'rejected';
  const approvals =
    input.decision === 'approve'
      ? approvalsOf([...decisions, { reviewer_id: reviewer.id, decision: 'approve' } as never])
          .length
      : 0;
  const publish = input.decision === 'approve' && approvals >= settings.approvalsRequired;
  if (publish) status = 'approved';

  if (input.decision !== 'approve') {
    await tx.submissions.insertMessage(id, {
      at,
      author: 'reviewer',
      kind: input.decision,
      text: input.comment,
      revision,
    });
  }
  const changes: Parameters<typeof tx.submissions.updateSubmission>[1] = {
    status,
    changes_requested: status === 'changes-requested' ? 1 : 0,
    updated_at: at,
  };
  let practiceId: string | null = null;
  if (publish) {
    practiceId = submissionPracticeId(row.title, row.reference);
    const campaignJson = row.campaign ? await tx.submissions.campaignJson(row.campaign) : undefined;
    const practice = practiceFromSubmission(JSON.parse(row.practice), {
      id: practiceId,
      reference: row.reference,
      campaign: campaignJson ? (JSON.parse(campaignJson) as Campaign) : undefined,
      today: at.slice(0, 10),
    });
    await tx.catalogue.writePractices([practice]);
    changes.practice_id = practiceId;
  }
  await tx.submissions.updateSubmission(id, changes);
  const updated = { ...row, ...changes } as SubmissionRow;
  await audit(tx, updated, actorOf(reviewer), {
    action: input.decision,
    at,
    from_status: row.status,
    to_status: status,
    comment: input.comment,
  });
  if (publish) {
    await audit(tx, updated, SYSTEM, {
      action: 'published',
      at,
      from_status: status,
      to_status: status,
      subject: practiceId,
    });
    await tx.submissions.enqueue('submission.published', notification(updated, { practiceId }), at);
  } else if (input.decision === 'approve') {
    await tx.submissions.enqueue(
      'submission.approved',
      notification(updated, {
        approvals,
        approvalsRequired: settings.approvalsRequired,
      }),
      at,
    );
  } else {
    await tx.submissions.enqueue(
      input.decision === 'reject' ? 'submission.rejected' : 'submission.changes-requested',
      notification(updated, { comment: input.comment }),
      at,
    );
  }
  return {
    ok: true,
    value: await reviewerView(tx.submissions, updated, settings.approvalsRequired),
  };
}

export async function unpublish(
  tx: StoreTransaction,
  settings: WorkflowSettings,
  admin: Reviewer,
  id: string,
  reason: string,
  now: Date,
): Promise<Outcome<ReviewSubmission>> {
  const row = await tx.submissions.lock(id);
  if (!row) return { ok: false, status: 404, detail: 'No submission has this id.' };
  if (row.status !== 'approved' || row.practice_id === null) {
    return {
      ok: false,
      status: 409,
      detail: `The submission is ${row.status}, not published.`,
    };
  }
  const at = now.toISOString();
  await tx.catalogue.deletePractices([row.practice_id]);
  const changes = { status: 'unpublished', updated_at: at };
  await tx.submissions.updateSubmission(id, changes);
  const updated = { ...row, ...changes } as SubmissionRow;
  await audit(tx, updated, actorOf(admin), {
    action: 'unpublished',
    at,
    from_status: row.status,
    to_status: 'unpublished',
    comment: reason,
    subject: row.practice_id,
  });
  await tx.submissions.enqueue(
    'submission.unpublished',
    notification(updated, { practiceId: row.practice_id, reason }),
    at,
  );
  return {
    ok: true,
    value: await reviewerView(tx.submissions, updated, settings.approvalsRequired),
  };
}
