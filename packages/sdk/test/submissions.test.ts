import type { SubmissionInput } from '@gcm-practices/contract';
import { createReviewerToken, type RunningServer, startServer } from 'api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  type Client,
  createBaseClient,
  createClient,
  getReviewer,
  isNetworkError,
  isValidationError,
  listAuditEntries,
  ValidationError,
} from '../src/index.js';

/*
 * Calls for practices through the SDK, against the real API over HTTP:
 * submit, read the status, answer the reviewers, review and publish.
 */

let server: RunningServer;
let client: Client;
let reviewers: Client[];
let admin: Client;
let adminToken: string;

const practice = (title: string): SubmissionInput => ({
  lang: 'en',
  title,
  summary: 'Mobile teams who find and refer people exploited on farms.',
  implementers: [{ name: 'Field Outreach', type: 'civil-society' }],
  objectives: [10],
  submitter: { name: 'Rui Costa', email: 'rui@example.org', organisation: 'Field Outreach' },
  consent: { contact: true, publication: true },
  fillSeconds: 120,
});

beforeAll(async () => {
  server = await startServer({ submissions: { rateLimit: undefined } });
  client = createClient({ baseUrl: server.url });
  const tokens = await Promise.all([
    createReviewerToken(server.store, 'First Reviewer', 'reviewer'),
    createReviewerToken(server.store, 'Second Reviewer', 'reviewer'),
    createReviewerToken(server.store, 'Admin', 'admin'),
  ]);
  reviewers = tokens.slice(0, 2).map((t) => createClient({ baseUrl: server.url, token: t.token }));
  adminToken = (tokens[2] as { token: string }).token;
  admin = createClient({ baseUrl: server.url, token: adminToken });
});

afterAll(async () => {
  await server?.close();
});

describe('client.submissions', () => {
  it('submits, reads the status with the token, and answers a request for changes', async () => {
    const receipt = await client.submissions.create(practice('Farm outreach teams'));
    expect(receipt.status).toBe('submitted');
    const view = await client.submissions.status(receipt.id, receipt.token);
    expect(view.practice.title).toBe('Farm outreach teams');

    const [first] = reviewers as [Client, Client];
    await first.review.decide(receipt.id, {
      decision: 'request-changes',
      comment: 'Which regions?',
    });
    const asked = await client.submissions.status(receipt.id, receipt.token);
    expect(asked.status).toBe('changes-requested');
    expect(asked.messages[0]?.text).toBe('Which regions?');
    const replied = await client.submissions.reply(receipt.id, receipt.token, {
      message: 'The south-east.',
    });
    expect(replied.status).toBe('in-review');
  });

  it('rejects a bad body with a ValidationError naming every field', async () => {
    const error = await client.submissions
      .create({ ...practice(''), objectives: [] })
      .catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error).toBeInstanceOf(ValidationError);
    const pointers = (error as ValidationError).errors.map((e) => e.pointer).sort();
    expect(pointers).toEqual(['/objectives', '/title']);
    expect((error as ValidationError).status).toBe(422);
    expect((error as Error).message).toContain('/title');
  });

  it('retries a submission whose answer was lost, with its key, and the API keeps one', async () => {
    let attempts = 0;
    // The request reaches the server; the first answer is lost on the way back.
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      attempts++;
      if (attempts === 1) {
        await response.body?.cancel();
        throw new TypeError('fetch failed: connection reset');
      }
      return response;
    };
    const flaky = createClient({
      baseUrl: server.url,
      fetch: lossy,
      retry: { jitter: false, delay: () => 1 },
    });
    const title = 'Lost answer, one submission';
    const receipt = await flaky.submissions.create(practice(title), {
      idempotencyKey: 'sdk-test-0001',
    });
    expect(attempts).toBe(2);
    const list = await admin.review.list({ pageSize: 100 });
    expect(list.data.filter((s) => s.title === title).map((s) => s.id)).toEqual([receipt.id]);

    // Without a key the write is sent once: the caller hears of the failure.
    attempts = 0;
    const once = await flaky.submissions.create(practice('Sent once')).catch((e: unknown) => e);
    expect(isNetworkError(once)).toBe(true);
    expect(attempts).toBe(1);
  });
});

describe('client.review', () => {
  it('lists, reads, decides until published, and admins read the audit log', async () => {
    const receipt = await client.submissions.create(practice('Shelter network for minors'));
    const [first, second] = reviewers as [Client, Client];
    expect((await first.review.me()).name).toBe('First Reviewer');
    const pending = await first.review.list({ status: ['submitted'] });
    expect(pending.data.map((s) => s.id)).toContain(receipt.id);
    const detail = await first.review.get(receipt.id);
    expect(detail.submitter.email).toBe('rui@example.org');

    await first.review.decide(receipt.id, { decision: 'approve' });
    const twice = await first.review
      .decide(receipt.id, { decision: 'approve' })
      .catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(ApiError);
    expect((twice as ApiError).status).toBe(409);
    const published = await second.review.decide(receipt.id, { decision: 'approve' });
    expect(published.status).toBe('approved');
    const practiceId = published.practiceId as string;
    expect((await client.practices.get(practiceId)).review.status).toBe('peer-reviewed');

    const log = await admin.review.audit({ submission: receipt.id });
    expect(log.data.map((e) => e.action)).toEqual(['published', 'approve', 'approve', 'submitted']);
    const forbidden = await first.review.audit().catch((e: unknown) => e);
    expect((forbidden as ApiError).status).toBe(403);
  });

  it('works as standalone functions over either kind of client', async () => {
    const base = createBaseClient({ baseUrl: server.url, token: adminToken });
    expect((await getReviewer(base)).role).toBe('admin');
    expect((await listAuditEntries(admin, { pageSize: 1 })).data).toHaveLength(1);
  });

  it('needs a token for review calls, and keeps it off the client object', async () => {
    await expect(client.review.list()).rejects.toThrow(/reviewer token/);
    expect(JSON.stringify(admin)).not.toContain('gcmr_');
  });
});
