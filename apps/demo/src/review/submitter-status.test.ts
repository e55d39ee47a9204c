import { SUBMISSION_STATUSES } from '@gcm-practices/contract';
import type { SubmissionMessage, SubmissionView } from '@gcm-practices/sdk';
import { describe, expect, it } from 'vitest';
import { publishedPracticeId, reviewersComment, submitterState } from './submitter-status.js';

/** A submission view with only what these functions read filled in meaningfully. */
function view(
  status: SubmissionView['status'],
  messages: Partial<SubmissionMessage>[] = [],
  practiceId: string | null = null,
): SubmissionView {
  return {
    status,
    practiceId,
    messages: messages.map((m, i) => ({
      at: `2026-12-0${i + 1}T10:00:00.000Z`,
      author: 'reviewer',
      kind: 'request-changes',
      text: null,
      revision: 1,
      ...m,
    })),
  } as SubmissionView;
}

describe('the submitter’s wording of each status', () => {
  it('has a label and an explanation naming the state for every status', () => {
    for (const status of SUBMISSION_STATUSES) {
      const { label, explanation } = submitterState(status);
      expect(label, status).not.toBe('');
      expect(explanation, status).toMatch(/^[A-Z][a-z ]+: /);
    }
  });
});

describe('the reviewers’ comment behind the status', () => {
  it('is the latest request for changes while changes are requested', () => {
    const shown = view('changes-requested', [
      { kind: 'request-changes', text: 'Name the councils.' },
      { author: 'submitter', kind: 'reply', text: 'Done.' },
      { kind: 'request-changes', text: '  Add the years.  ' },
    ]);
    expect(reviewersComment(shown)).toBe('Add the years.');
  });

  it('is the rejection’s reason once rejected', () => {
    const shown = view('rejected', [
      { kind: 'request-changes', text: 'Name the councils.' },
      { kind: 'reject', text: 'Outside the call.' },
    ]);
    expect(reviewersComment(shown)).toBe('Outside the call.');
  });

  it('is absent when the reviewers wrote nothing, or in any other state', () => {
    expect(reviewersComment(view('rejected', [{ kind: 'reject', text: null }]))).toBeUndefined();
    expect(reviewersComment(view('rejected', [{ kind: 'reject', text: '  ' }]))).toBeUndefined();
    const answered = [{ kind: 'request-changes' as const, text: 'Name the councils.' }];
    expect(reviewersComment(view('in-review', answered))).toBeUndefined();
    expect(reviewersComment(view('approved', answered, 'p-1'))).toBeUndefined();
  });
});

describe('the published practice', () => {
  it('is named only while the submission is approved', () => {
    expect(publishedPracticeId(view('approved', [], 'safe-houses-1cbj'))).toBe('safe-houses-1cbj');
    // Taken down again: the catalogue no longer has it, though the id is kept.
    expect(publishedPracticeId(view('unpublished', [], 'safe-houses-1cbj'))).toBeUndefined();
    expect(publishedPracticeId(view('in-review'))).toBeUndefined();
  });
});
