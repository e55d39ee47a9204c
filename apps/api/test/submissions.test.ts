import type {
  Practice,
  PracticeList,
  Problem,
  ReviewSubmission,
  ReviewSubmissionList,
  SubmissionView,
} from '@gcm-practices/contract';
import {
  AuditList,
  ReviewSubmission as ReviewSubmissionSchema,
  SubmissionView as SubmissionViewSchema,
} from '@gcm-practices/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createLogger } from '../src/index.js';
import { getJson, useServer } from './support/server.js';
import {
  addCampaigns,
  bearer,
  call,
  type Receipt,
  send,
  submission,
  token,
} from './support/submissions.js';

/*
 * The calls for practices over HTTP, on the store under test: submit, review,
 * publish, and what the public catalogue then shows.
 */

const TODAY = '2026-05-04';
let clock = new Date(`${TODAY}T09:30:00Z`);
const logLines: string[] = [];
const server = useServer({
  logger: createLogger('debug', (line) => logLines.push(line)),
  submissions: { now: () => clock, rateLimit: undefined },
});

let alice: string;
let bruno: string;
let admin: string;

beforeAll(async () => {
  await addCampaigns(server.current, [
    call('call-open-2026', '2026-03-01', '2026-06-30'),
    call('call-closed-2025', '2025-03-01', '2025-06-30'),
    call('call-later-2026', '2026-09-01', '2026-10-31'),
  ]);
  alice = await token(server.current, 'Alice Reviewer');
  bruno = await token(server.current, 'Bruno Reviewer');
  admin = await token(server.current, 'Ada Admin', 'admin');
});

async function submit(title: string, overrides = {}): Promise<Receipt> {
  const response = await send<Receipt>(
    server.current,
    '/v1/submissions',
    submission(title, { campaign: 'call-open-2026', ...overrides }),
  );
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  return response.body;
}

const decide = (who: string, id: string, decision: string, comment?: string) =>
  send<ReviewSubmission & { detail?: string }>(
    server.current,
    `/v1/review/submissions/${id}/decisions`,
    { decision, ...(comment !== undefined && { comment }) },
    bearer(who),
  );

const status = (receipt: Receipt) =>
  getJson<SubmissionView>(server.current, `/v1/submissions/${receipt.id}?token=${receipt.token}`);

async function findPractices(q: string): Promise<Practice[]> {
  const response = await getJson<PracticeList>(
    server.current,
    `/v1/practices?q=${encodeURIComponent(q)}&pageSize=100`,
  );
  expect(response.status).toBe(200);
  return response.body.data;
}

describe('submitting', () => {
  it('answers 202 with a reference and a status URL whose token opens the submission', async () => {
    const receipt = await submit('Hotline for safe journeys');
    expect(receipt.status).toBe('submitted');
    expect(receipt.reference).toMatch(/^GCM-2026-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(receipt.token.length).toBeGreaterThanOrEqual(43);
    expect(receipt.statusUrl).toBe(
      `${server.current.url}/v1/submissions/${receipt.id}?token=${receipt.token}`,
    );
    const view = await getJson<SubmissionView>(
      server.current,
      receipt.statusUrl.replace(server.current.url, ''),
    );
    expect(view.status).toBe(200);
    expect(view.headers.get('cache-control')).toBe('no-store');
    const parsed = z.parse(SubmissionViewSchema, view.body);
    expect(parsed).toMatchObject({
      id: receipt.id,
      reference: receipt.reference,
      status: 'submitted',
      campaign: 'call-open-2026',
      revision: 1,
      messages: [],
      practiceId: null,
    });
    expect(parsed.practice.title).toBe('Hotline for safe journeys');
  });

  it('never shows the submitter’s name or e-mail in a public answer or a log line', async () => {
    const receipt = await submit('Private details stay private');
    const view = await status(receipt);
    for (const text of [JSON.stringify(receipt), JSON.stringify(view.body), ...logLines]) {
      expect(text).not.toContain('ana.lima@example.org');
      expect(text).not.toContain('Ana Lima');
    }
    expect(logLines.join('\n')).not.toContain(receipt.token);
    expect(logLines.join('\n')).toContain('submission received');
  });

  it('lists every invalid field as a JSON pointer, with what only the catalogue knows', async () => {
    const response = await send<Problem>(server.current, '/v1/submissions', {
      ...submission(''),
      implementers: [{ name: ' ', type: 'club' }],
      countries: ['BRA', 'ZZZ'],
      campaign: 'no-such-call',
      consent: { contact: true, publication: false },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('/problems/invalid-body');
    const pointers = (response.body.errors ?? []).map((e) => e.pointer).sort();
    expect(pointers).toEqual(
      ['/consent/publication', '/implementers/0/name', '/implementers/0/type', '/title'].sort(),
    );
    // The catalogue's checks come once the body keeps the contract.
    const unknown = await send<Problem>(server.current, '/v1/submissions', {
      ...submission('Unknown values'),
      countries: ['BRA', 'ZZZ'],
      campaign: 'no-such-call',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ pointer: '/campaign', code: 'not-found' }),
      expect.objectContaining({ pointer: '/countries/1', code: 'not-found' }),
    ]);
  });

  it('refuses a body over 64 KB (413), another media type (415) and what is not JSON (400)', async () => {
    const big = await send<Problem>(
      server.current,
      '/v1/submissions',
      submission('Big', { summary: 'x'.repeat(70_000) }),
    );
    expect(big.status).toBe(413);
    expect(big.body.type).toBe('/problems/payload-too-large');
    const form = await send<Problem>(server.current, '/v1/submissions', 'title=x', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const broken = await send<Problem>(server.current, '/v1/submissions', '{"title": ');
    expect(broken.status).toBe(400);
    expect(broken.body.type).toBe('/problems/malformed-body');
  });

  it('refuses a closed call with 409 naming its deadline, and one not open yet', async () => {
    const closed = await send<Problem & { closes: string }>(
      server.current,
      '/v1/submissions',
      submission('Too late', { campaign: 'call-closed-2025' }),
    );
    expect(closed.status).toBe(409);
    expect(closed.body.type).toBe('/problems/call-closed');
    expect(closed.body.closes).toBe('2025-06-30');
    expect(closed.body.detail).toContain('2025-06-30');
    const early = await send<Problem>(
      server.current,
      '/v1/submissions',
      submission('Too early', { campaign: 'call-later-2026' }),
    );
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('2026-09-01');
    // Without a call, the Hub takes practices at any time.
    const anyTime = await send<Receipt>(
      server.current,
      '/v1/submissions',
      submission('Any time', { campaign: null }),
    );
    expect(anyTime.status).toBe(202);
  });

  it('answers a repeated Idempotency-Key with the first answer and stores one submission', async () => {
    const body = submission('Sent twice', { campaign: 'call-open-2026' });
    const key = { 'Idempotency-Key': 'c3a1f0e2-0000-4000-8000-000000000001' };
    const first = await send<Receipt>(server.current, '/v1/submissions', body, key);
    const again = await send<Receipt>(server.current, '/v1/submissions', body, key);
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await send<Problem>(
      server.current,
      '/v1/submissions',
      { ...body, title: 'Something else' },
      key,
    );
    expect(other.status).toBe(422);
    expect(other.body.type).toBe('/problems/idempotency-key-reused');
    const list = await getJson<ReviewSubmissionList>(
      server.current,
      '/v1/review/submissions?pageSize=100',
      { headers: bearer(alice) },
    );
    expect(list.body.data.filter((s) => s.title === 'Sent twice')).toHaveLength(1);
  });

  it('accepts a filled honeypot or a form sent too fast like any other, and keeps nothing', async () => {
    const trap = await send<Receipt>(
      server.current,
      '/v1/submissions',
      submission('Robot one', { honeypot: 'http://spam.example' }),
    );
    const fast = await send<Receipt>(
      server.current,
      '/v1/submissions',
      submission('Robot two', { fillSeconds: 1 }),
    );
    for (const answer of [trap, fast]) {
      expect(answer.status).toBe(202);
      expect(answer.body.reference).toMatch(/^GCM-2026-/);
      expect((await status(answer.body)).status).toBe(404);
    }
    const list = await getJson<ReviewSubmissionList>(
      server.current,
      '/v1/review/submissions?pageSize=100',
      { headers: bearer(alice) },
    );
    expect(list.body.data.map((s) => s.title)).not.toContain('Robot one');
    expect(list.body.data.map((s) => s.title)).not.toContain('Robot two');
  });
});

describe('reviewing', () => {
  it('publishes after two different reviewers approve: the practice is in /v1/practices', async () => {
    const title = 'Community shelters in Roraima';
    const receipt = await submit(title);
    expect(await findPractices(title)).toEqual([]);

    const first = await decide(alice, receipt.id, 'approve', 'Clear and complete.');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'in-review', approvals: 1, approvalsRequired: 2 });
    expect(first.headers.get('cache-control')).toBe('no-store');

    const twice = await decide(alice, receipt.id, 'approve');
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toMatch(/already approved/);

    const second = await decide(bruno, receipt.id, 'approve');
    expect(second.status).toBe(200);
    const reviewed = z.parse(ReviewSubmissionSchema, second.body);
    expect(reviewed.status).toBe('approved');
    expect(reviewed.approvedBy.map((a) => a.name)).toEqual(['Alice Reviewer', 'Bruno Reviewer']);
    expect(reviewed.practiceId).toMatch(/^community-shelters-in-roraima-2026-[0-9a-z]{4}$/);

    const found = await findPractices(title);
    expect(found.map((p) => p.id)).toEqual([reviewed.practiceId]);
    expect(found[0]).toMatchObject({
      title,
      review: { status: 'peer-reviewed' },
      source: { kind: 'repository' },
      campaign: 'call-open-2026',
      publishedAt: TODAY,
      primaryObjective: 10,
      objectives: [10, 7],
      featured: false,
    });
    const one = await getJson<Practice>(server.current, `/v1/practices/${reviewed.practiceId}`);
    expect(one.status).toBe(200);

    const seen = await status(receipt);
    expect(seen.body).toMatchObject({ status: 'approved', practiceId: reviewed.practiceId });
    const late = await decide(admin, receipt.id, 'reject', 'Too late to reject.');
    expect(late.status).toBe(409);
  });

  it('publishes once when two reviewers approve at the same moment', async () => {
    const title = 'Simultaneous approvals of a hotline';
    const receipt = await submit(title);
    const [a, b] = await Promise.all([
      decide(alice, receipt.id, 'approve'),
      decide(bruno, receipt.id, 'approve'),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.status, b.body.status].sort()).toEqual(['approved', 'in-review']);
    expect((await findPractices(title)).length).toBe(1);
    const kept = await getJson<ReviewSubmission>(
      server.current,
      `/v1/review/submissions/${receipt.id}`,
      { headers: bearer(admin) },
    );
    expect(kept.body.history.filter((h) => h.action === 'published')).toHaveLength(1);
  });

  it('asks for changes, takes the reply with a revision, and approves the revision afresh', async () => {
    const receipt = await submit('Training for labour inspectors');
    expect((await decide(alice, receipt.id, 'approve')).body.approvals).toBe(1);
    const asked = await decide(bruno, receipt.id, 'request-changes', 'Which regions did it cover?');
    expect(asked.body).toMatchObject({ status: 'changes-requested', changesRequested: true });
    expect((await decide(alice, receipt.id, 'approve')).status).toBe(409);

    const view = await status(receipt);
    expect(view.body.messages).toEqual([
      expect.objectContaining({
        author: 'reviewer',
        kind: 'request-changes',
        text: 'Which regions did it cover?',
        revision: 1,
      }),
    ]);

    const revised = submission('Training for labour inspectors in the North');
    const { submitter: _s, consent: _c, fillSeconds: _f, ...practice } = revised;
    const answered = await send<SubmissionView>(
      server.current,
      `/v1/submissions/${receipt.id}/replies?token=${receipt.token}`,
      { message: 'The three northern states; see the new title.', practice },
    );
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ status: 'in-review', revision: 2 });
    expect(answered.body.practice.title).toBe('Training for labour inspectors in the North');
    const again = await send<Problem>(
      server.current,
      `/v1/submissions/${receipt.id}/replies?token=${receipt.token}`,
      { message: 'One more thing.' },
    );
    expect(again.status).toBe(409);

    const afresh = await decide(alice, receipt.id, 'approve');
    expect(afresh.body).toMatchObject({ status: 'in-review', approvals: 1, revision: 2 });
    expect(afresh.body.revisions.map((r) => r.revision)).toEqual([1]);
    const published = await decide(bruno, receipt.id, 'approve');
    expect(published.body.status).toBe('approved');
    expect((await findPractices('labour inspectors North')).map((p) => p.title)).toContain(
      'Training for labour inspectors in the North',
    );
    const history = published.body.history.map((h) => `${h.action}:${h.fromStatus}>${h.toStatus}`);
    expect(history).toEqual([
      'submitted:null>submitted',
      'approve:submitted>in-review',
      'request-changes:in-review>changes-requested',
      'reply:changes-requested>in-review',
      'approve:in-review>in-review',
      'approve:in-review>approved',
      'published:approved>approved',
    ]);
  });

  it('rejects with a reason the submitter reads; the submission stays for reviewers', async () => {
    const receipt = await submit('Unrelated proposal');
    const rejected = await decide(
      alice,
      receipt.id,
      'reject',
      'Not a practice under Objective 10.',
    );
    expect(rejected.body.status).toBe('rejected');
    const view = await status(receipt);
    expect(view.body.status).toBe('rejected');
    expect(view.body.messages.at(-1)).toMatchObject({ kind: 'reject', author: 'reviewer' });
    const kept = await getJson<ReviewSubmission>(
      server.current,
      `/v1/review/submissions/${receipt.id}`,
      { headers: bearer(bruno) },
    );
    expect(kept.status).toBe(200);
    expect(kept.body.submitter.email).toBe('ana.lima@example.org');
    expect((await decide(bruno, receipt.id, 'approve')).status).toBe(409);
    const needsReason = await decide(bruno, receipt.id, 'reject');
    expect(needsReason.status).toBe(422);
  });

  it('lists submissions newest first, filtered by status, in pages', async () => {
    const all = await getJson<ReviewSubmissionList>(
      server.current,
      '/v1/review/submissions?pageSize=2',
      { headers: bearer(alice) },
    );
    expect(all.status).toBe(200);
    expect(all.body.data).toHaveLength(2);
    expect(all.body.meta.total).toBeGreaterThan(2);
    expect(all.headers.get('link')).toContain('rel="next"');
    const approved = await getJson<ReviewSubmissionList>(
      server.current,
      '/v1/review/submissions?status=approved&status=rejected&pageSize=100',
      { headers: bearer(alice) },
    );
    expect(new Set(approved.body.data.map((s) => s.status))).toEqual(
      new Set(['approved', 'rejected']),
    );
    const bad = await getJson<Problem>(server.current, '/v1/review/submissions?status=lost', {
      headers: bearer(alice),
    });
    expect(bad.status).toBe(400);
  });

  it('lets an admin unpublish: the practice leaves the catalogue, the record stays', async () => {
    const title = 'Peer mentoring for survivors';
    const receipt = await submit(title);
    await decide(alice, receipt.id, 'approve');
    const published = await decide(bruno, receipt.id, 'approve');
    expect((await findPractices(title)).length).toBe(1);
    const path = `/v1/review/submissions/${receipt.id}/unpublish`;
    expect((await send(server.current, path, { reason: 'Duplicate' }, bearer(alice))).status).toBe(
      403,
    );
    const down = await send<ReviewSubmission>(
      server.current,
      path,
      { reason: 'A duplicate of an existing practice.' },
      bearer(admin),
    );
    expect(down.status).toBe(200);
    expect(down.body.status).toBe('unpublished');
    expect(await findPractices(title)).toEqual([]);
    const gone = await getJson(server.current, `/v1/practices/${published.body.practiceId}`);
    expect(gone.status).toBe(404);
    expect((await send(server.current, path, { reason: 'Again' }, bearer(admin))).status).toBe(409);
  });

  it('keeps an audit log admins read, newest first', async () => {
    const log = await getJson<unknown>(server.current, '/v1/review/audit?pageSize=100', {
      headers: bearer(admin),
    });
    expect(log.status).toBe(200);
    const entries = z.parse(AuditList, log.body).data;
    const actions = new Set(entries.map((e) => e.action));
    for (const action of [
      'submitted',
      'approve',
      'request-changes',
      'reply',
      'reject',
      'published',
      'unpublished',
      'token-created',
    ]) {
      expect(actions).toContain(action);
    }
    expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort((a, b) => b - a));
    expect(JSON.stringify(entries)).not.toContain('ana.lima@example.org');
    const reviewer = await getJson(server.current, '/v1/review/audit', { headers: bearer(alice) });
    expect(reviewer.status).toBe(403);
    clock = new Date(clock.getTime() + 60_000);
  });
});
