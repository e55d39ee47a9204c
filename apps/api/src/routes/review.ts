import {
  AuditQuery,
  DecisionInput,
  PROBLEM_TYPES,
  ReviewQuery,
  SubmissionId,
  UnpublishInput,
} from '@gcm-practices/contract';
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../http/app-env.js';
import { idempotencyKeyOf, idempotentWrite } from '../http/idempotency.js';
import { limitBody, readJsonBody } from '../http/json-body.js';
import { linkBase, linkHeader, paginationLinks } from '../http/pagination-links.js';
import { invalidParameters, methodNotAllowed, notFound, problem } from '../http/problem.js';
import { decodeRequestQuery, rejectQuery } from '../http/query.js';
import { requireReviewer } from '../http/reviewer-auth.js';
import { auditEntryOf, reviewerView, summaryOf } from '../submissions/views.js';
import { decide, type Outcome, unpublish } from '../submissions/workflow.js';

/*
 * Peer review, for reviewer and admin tokens. Answers are private: never
 * stored by a shared cache, and varying with the token.
 */

const PRIVATE = { 'Cache-Control': 'no-store', Vary: 'Authorization' };

function sendPrivate(c: Context, body: unknown, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(body), 200, {
    'Content-Type': 'application/json; charset=utf-8',
    ...PRIVATE,
    ...headers,
  });
}

function sendPage<T>(
  c: Context<AppEnv>,
  items: T[],
  total: number,
  page: number,
  pageSize: number,
): Response {
  const pageCount = Math.ceil(total / pageSize);
  if (total > 0 && page > pageCount) {
    return invalidParameters(c, [
      {
        name: 'page',
        reason: `must be from 1 to ${pageCount}: ${total} results at pageSize ${pageSize}`,
      },
    ]);
  }
  const links = paginationLinks(linkBase(c.req.url, c.var.publicUrl), page, pageCount);
  return sendPrivate(
    c,
    { data: items, meta: { total, page, pageSize, pageCount }, links },
    { Link: linkHeader(links) },
  );
}

function refused(c: Context, outcome: Exclude<Outcome<unknown>, { ok: true }>): Response {
  if (outcome.status === 404) return notFound(c, outcome.detail);
  return problem(c, {
    status: 409,
    type: PROBLEM_TYPES.conflict,
    title: 'Conflict',
    detail: outcome.detail,
  });
}

const validId = (id: string) => z.safeParse(SubmissionId, id).success;
const NO_SUBMISSION = 'No submission has this id.';

export function reviewRoutes(app: Hono<AppEnv>): void {
  const anyReviewer = requireReviewer();
  const admins = requireReviewer(['admin']);

  app.get('/v1/review/me', anyReviewer, (c) => rejectQuery(c) ?? sendPrivate(c, c.var.reviewer));
  app.all('/v1/review/me', (c) => methodNotAllowed(c));

  app.get('/v1/review/submissions', anyReviewer, async (c) => {
    const decoded = await decodeRequestQuery(c, ReviewQuery);
    if (!decoded.ok) return decoded.response;
    const { query } = decoded;
    const records = c.var.store.submissions;
    const { total, rows } = await records.listSubmissions({
      statuses: [...new Set(query.status ?? [])],
      campaign: query.campaign,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const approvals = await records.approvalCounts(rows.map((row) => row.id));
    return sendPage(
      c,
      rows.map((row) => summaryOf(row, approvals.get(row.id) ?? 0)),
      total,
      query.page,
      query.pageSize,
    );
  });
  app.all('/v1/review/submissions', (c) => methodNotAllowed(c));

  app.get('/v1/review/submissions/:id', anyReviewer, async (c) => {
    const rejected = rejectQuery(c);
    if (rejected) return rejected;
    const id = c.req.param('id');
    const row = validId(id) ? await c.var.store.submissions.submission(id) : undefined;
    if (!row) return notFound(c, NO_SUBMISSION);
    return sendPrivate(
      c,
      await reviewerView(c.var.store.submissions, row, c.var.submissions.approvalsRequired),
    );
  });
  app.all('/v1/review/submissions/:id', (c) => methodNotAllowed(c));

  app.post('/v1/review/submissions/:id/decisions', anyReviewer, limitBody, async (c) => {
    const settings = c.var.submissions;
    const id = c.req.param('id');
    if (!validId(id)) return notFound(c, NO_SUBMISSION);
    const key = idempotencyKeyOf(c, c.var.reviewer.id);
    if (key instanceof Response) return key;
    const read = await readJsonBody(c, DecisionInput);
    if (!read.ok) return read.response;
    const reviewer = c.var.reviewer;
    return idempotentWrite(c, key, read.text, settings.now, async (tx) => {
      const outcome = await decide(tx, settings, reviewer, id, read.data, settings.now());
      if (!outcome.ok) return refused(c, outcome);
      return { status: 200, body: outcome.value };
    });
  });
  app.all('/v1/review/submissions/:id/decisions', (c) => methodNotAllowed(c, 'POST, OPTIONS'));

  app.post('/v1/review/submissions/:id/unpublish', admins, limitBody, async (c) => {
    const settings = c.var.submissions;
    const id = c.req.param('id');
    if (!validId(id)) return notFound(c, NO_SUBMISSION);
    const key = idempotencyKeyOf(c, c.var.reviewer.id);
    if (key instanceof Response) return key;
    const read = await readJsonBody(c, UnpublishInput);
    if (!read.ok) return read.response;
    const admin = c.var.reviewer;
    return idempotentWrite(c, key, read.text, settings.now, async (tx) => {
      const outcome = await unpublish(tx, settings, admin, id, read.data.reason, settings.now());
      if (!outcome.ok) return refused(c, outcome);
      return { status: 200, body: outcome.value };
    });
  });
  app.all('/v1/review/submissions/:id/unpublish', (c) => methodNotAllowed(c, 'POST, OPTIONS'));

  app.get('/v1/review/audit', admins, async (c) => {
    const decoded = await decodeRequestQuery(c, AuditQuery);
    if (!decoded.ok) return decoded.response;
    const { query } = decoded;
    const { total, rows } = await c.var.store.submissions.audit({
      submission: query.submission,
      actions: [...new Set(query.action ?? [])],
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return sendPage(c, rows.map(auditEntryOf), total, query.page, query.pageSize);
  });
  app.all('/v1/review/audit', (c) => methodNotAllowed(c));
}
