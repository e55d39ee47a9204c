import { randomUUID } from 'node:crypto';
import {
  PROBLEM_TYPES,
  SubmissionId,
  SubmissionInput,
  SubmissionReplyInput,
} from '@gcm-practices/contract';
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../http/app-env.js';
import { idempotencyKeyOf, idempotentWrite, sendAnswer } from '../http/idempotency.js';
import { invalidBody, limitBody, readJsonBody } from '../http/json-body.js';
import { invalidParameters, methodNotAllowed, notFound, problem } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { bearerToken } from '../http/reviewer-auth.js';
import type { Logger } from '../logger.js';
import { checkCall, unknownTaxonomyValues } from '../submissions/catalogue-checks.js';
import { newReference, newSecret } from '../submissions/secrets.js';
import {
  createSubmission,
  reply,
  submissionFor,
  viewForSubmitter,
} from '../submissions/workflow.js';

/*
 * The public half of a call for practices: anyone may submit; the token in
 * the status URL opens that one submission to read the reviewers' questions
 * and answer them. The submitter's name and e-mail go into the store and the
 * operator's webhook only: never into an answer or a log line.
 */

/** On the configured public base (PUBLIC_URL) when there is one, as pagination links are. */
function statusUrl(c: Context<AppEnv>, id: string, token: string): string {
  const base = c.var.publicUrl ?? new URL(c.req.url).origin;
  return `${base}/v1/submissions/${id}?token=${encodeURIComponent(token)}`;
}

/** The submitter's token: `?token=` or `Authorization: Bearer`. */
function submitterToken(c: Context<AppEnv>): string | undefined {
  const fromQuery = c.req.query('token');
  if (fromQuery) return fromQuery;
  return bearerToken(c) ?? undefined;
}

function tokenRequired(c: Context<AppEnv>): Response {
  return problem(c, {
    status: 401,
    type: PROBLEM_TYPES.unauthorized,
    title: 'Unauthorized',
    detail: 'Open the status URL you received: it carries the submission’s token (?token=…).',
  });
}

const NOT_YOURS = 'No submission has this id, or the token is not its token.';

export function submissionRoutes(app: Hono<AppEnv>, logger: Logger): void {
  const limit = (c: Context<AppEnv>, next: () => Promise<void>) => {
    const rate = c.var.submissions.rateLimit;
    return rate ? limiterFor(rate)(c, next) : next();
  };
  const limiters = new Map<string, ReturnType<typeof rateLimit>>();
  const limiterFor = (rate: NonNullable<AppEnv['Variables']['submissions']['rateLimit']>) => {
    const key = `${rate.limit}/${rate.windowMs}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = rateLimit(rate);
      limiters.set(key, limiter);
    }
    return limiter;
  };

  app.post('/v1/submissions', limit, limitBody, async (c) => {
    const settings = c.var.submissions;
    const key = idempotencyKeyOf(c, '');
    if (key instanceof Response) return key;
    const read = await readJsonBody(c, SubmissionInput);
    if (!read.ok) return read.response;
    const submission = read.data;
    const now = settings.now();
    const call = await checkCall(
      c.var.store.submissions,
      submission.campaign,
      now.toISOString().slice(0, 10),
    );
    const errors = [
      ...(call.ok || !('error' in call) ? [] : [call.error]),
      ...(await unknownTaxonomyValues(c.var.catalogue, submission)),
    ];
    if (errors.length > 0) return invalidBody(c, errors);
    if (!call.ok && 'closed' in call) {
      return problem(c, {
        status: 409,
        type: PROBLEM_TYPES.callClosed,
        title: 'Call for practices closed',
        detail: call.detail,
        extensions: {
          campaign: call.campaign.id,
          opens: call.campaign.opens,
          closes: call.campaign.closes,
        },
      });
    }
    const robot =
      (submission.honeypot !== undefined && submission.honeypot.trim() !== '') ||
      (submission.fillSeconds !== undefined && submission.fillSeconds < settings.minFillSeconds);
    if (robot) {
      // An ordinary answer, so a robot learns nothing; nothing is stored.
      logger.info('submission dropped', {
        requestId: c.get('requestId'),
        reason: submission.honeypot?.trim() ? 'honeypot' : 'filled too fast',
      });
      const id = randomUUID();
      const token = newSecret();
      return sendAnswer(c, {
        status: 202,
        body: {
          id,
          reference: newReference(now.getUTCFullYear()),
          status: 'submitted',
          statusUrl: statusUrl(c, id, token),
          token,
        },
      });
    }
    return idempotentWrite(c, key, read.text, settings.now, async (tx) => {
      const receipt = await createSubmission(tx, submission, settings.now());
      logger.info('submission received', {
        requestId: c.get('requestId'),
        submission: receipt.id,
        reference: receipt.reference,
      });
      return {
        status: 202,
        body: { ...receipt, statusUrl: statusUrl(c, receipt.id, receipt.token) },
      };
    });
  });
  app.all('/v1/submissions', (c) => methodNotAllowed(c, 'POST, OPTIONS'));

  app.get('/v1/submissions/:id', async (c) => {
    const unknown = [...new Set(new URL(c.req.url).searchParams.keys())].filter(
      (n) => n !== 'token',
    );
    if (unknown.length > 0) {
      return invalidParameters(
        c,
        unknown.map((name) => ({
          name,
          reason: 'is not a known parameter; this endpoint takes token',
        })),
      );
    }
    const token = submitterToken(c);
    if (!token) return tokenRequired(c);
    const id = c.req.param('id');
    if (!z.safeParse(SubmissionId, id).success) return notFound(c, NOT_YOURS);
    const row = await submissionFor(c.var.store.submissions, id, token);
    if (!row) return notFound(c, NOT_YOURS);
    return sendAnswer(c, {
      status: 200,
      body: await viewForSubmitter(c.var.store.submissions, row),
    });
  });
  app.all('/v1/submissions/:id', (c) => methodNotAllowed(c, 'GET, HEAD, OPTIONS'));

  app.post('/v1/submissions/:id/replies', limitBody, async (c) => {
    const settings = c.var.submissions;
    const token = submitterToken(c);
    if (!token) return tokenRequired(c);
    const id = c.req.param('id');
    if (!z.safeParse(SubmissionId, id).success) return notFound(c, NOT_YOURS);
    // The token scopes the key: only the submitter can replay their own answers.
    const key = idempotencyKeyOf(c, token);
    if (key instanceof Response) return key;
    // Who asks is checked before the body, so a stranger learns nothing from a 422.
    if (!(await submissionFor(c.var.store.submissions, id, token))) return notFound(c, NOT_YOURS);
    const read = await readJsonBody(c, SubmissionReplyInput);
    if (!read.ok) return read.response;
    if (read.data.practice) {
      const errors = await unknownTaxonomyValues(c.var.catalogue, read.data.practice, '/practice');
      if (errors.length > 0) return invalidBody(c, errors);
    }
    return idempotentWrite(c, key, read.text, settings.now, async (tx) => {
      const outcome = await reply(tx, id, token, read.data, settings.now());
      if (!outcome.ok) {
        return outcome.status === 404
          ? notFound(c, outcome.detail)
          : problem(c, {
              status: 409,
              type: PROBLEM_TYPES.conflict,
              title: 'Conflict',
              detail: outcome.detail,
            });
      }
      return { status: 201, body: outcome.value };
    });
  });
  app.all('/v1/submissions/:id/replies', (c) => methodNotAllowed(c, 'POST, OPTIONS'));
}
