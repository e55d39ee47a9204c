import type { SubmissionStatus, SubmissionView } from '@gcm-practices/sdk';

/*
 * Where a submission stands, in the submitter's words rather than the
 * reviewers': what happened to their practice and whether anything is
 * expected of them.
 */

interface SubmitterState {
  /** The status in a few words, for the facts list. */
  label: string;
  /** What it means for the submitter, in a sentence or two. */
  explanation: string;
}

const STATES: Record<SubmissionStatus, SubmitterState> = {
  submitted: {
    label: 'Received, waiting for a reviewer',
    explanation:
      'Received: your practice is waiting for a reviewer. Nothing is needed from you for now.',
  },
  'in-review': {
    label: 'Under review',
    explanation:
      'Under review: the reviewers are reading your practice. Once they approve it, it is published in the Repository of Practices.',
  },
  'changes-requested': {
    label: 'Changes requested',
    explanation:
      'Changes requested: the reviewers ask you to change or explain something before they decide. Read their comments and answer them below.',
  },
  approved: {
    label: 'Approved and published',
    explanation:
      'Published: your practice has been approved and is in the Repository of Practices.',
  },
  rejected: {
    label: 'Rejected',
    explanation: 'Rejected: the reviewers decided not to publish your practice.',
  },
  unpublished: {
    label: 'Taken down from the Repository',
    explanation:
      'Taken down: your practice was published, then removed from the Repository of Practices.',
  },
};

export function submitterState(status: SubmissionStatus): SubmitterState {
  return STATES[status];
}

/**
 * The reviewers' comment behind the current state, when it asks something of the submitter or
 * explains a refusal: the latest request for changes, or the rejection.
 */
export function reviewersComment(view: SubmissionView): string | undefined {
  const kind =
    view.status === 'changes-requested'
      ? 'request-changes'
      : view.status === 'rejected'
        ? 'reject'
        : undefined;
  if (!kind) return undefined;
  const message = view.messages.findLast((m) => m.author === 'reviewer' && m.kind === kind);
  return message?.text?.trim() || undefined;
}

/** The practice the catalogue shows for this submission, once it is published there. */
export function publishedPracticeId(view: SubmissionView): string | undefined {
  return view.status === 'approved' && view.practiceId !== null ? view.practiceId : undefined;
}
