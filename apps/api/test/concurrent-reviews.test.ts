import { SubmissionInput } from '@gcm-practices/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createReviewerToken, openStore, type Store } from '../src/index.js';
import type { Reviewer } from '../src/submissions/reviewer-tokens.js';
import { createSubmission, decide } from '../src/submissions/workflow.js';
import { openTestStore } from './support/store-under-test.js';
import { submission } from './support/submissions.js';

/*
 * PostgreSQL only (vitest.config.ts): SQLite serves one API process.
 *
 * Two processes' stores over one database (two API instances), two reviewers
 * approving the same submission at the same moment, one through each: the
 * row lock makes the second decision see the first, so the practice is
 * published exactly once.
 */

let first: { store: Store; remove(): Promise<void> };
let second: Store;

beforeAll(async () => {
  first = await openTestStore();
  second = await openStore(
    first.store.kind === 'postgres'
      ? { databaseUrl: first.store.location }
      : { databasePath: first.store.location },
  );
});
afterAll(async () => {
  await second?.close();
  await first?.remove();
});

describe('simultaneous decisions through two stores', () => {
  it('publish once', async () => {
    const settings = { approvalsRequired: 2 };
    const [a, b] = await Promise.all(
      ['Ana', 'Ben'].map((name) => createReviewerToken(first.store, name, 'reviewer')),
    );
    const input = z.parse(SubmissionInput, submission('Approved by two instances at once'));
    const receipt = await first.store.transaction((tx) => createSubmission(tx, input, new Date()));
    const approve = (store: Store, reviewer: Reviewer) =>
      store.transaction((tx) =>
        decide(
          tx,
          settings,
          reviewer,
          receipt.id,
          { decision: 'approve', comment: null },
          new Date(),
        ),
      );
    const outcomes = await Promise.all([
      approve(first.store, a as Reviewer),
      approve(second, b as Reviewer),
    ]);
    const statuses = outcomes.map((o) => (o.ok ? o.value.status : o.status)).sort();
    expect(statuses).toEqual(['approved', 'in-review']);
    const history = await first.store.submissions.history(receipt.id);
    expect(history.filter((h) => h.action === 'published')).toHaveLength(1);
    const row = await first.store.submissions.submission(receipt.id);
    expect(row?.status).toBe('approved');
    expect(await first.store.catalogue.practiceJson(row?.practice_id as string)).toBeDefined();
  });
});
