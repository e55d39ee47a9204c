import { PROBLEM_TYPES, SUBMISSION_LIMITS } from '@gcm-practices/contract';
import type { Context } from 'hono';
import type { StoreTransaction } from '../store/catalogue-store.js';
import { openAnswer, sealAnswer, sha256 } from '../submissions/secrets.js';
import type { AppEnv } from './app-env.js';
import { invalidParameters, problem } from './problem.js';

/*
 * `Idempotency-Key`: a write repeated with the same key and body within a day
 * gets its first answer again (`Idempotent-Replayed: true`) and changes
 * nothing; the same key with another body is a 422. The answer is saved in
 * the transaction that made it, so a repeat racing the first cannot slip
 * between the two.
 */

const KEPT_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]+$/;

export interface Answer {
  status: 200 | 201 | 202;
  body: unknown;
}

export interface IdempotencyKey {
  key: string;
  hash: string;
}

/** The request's key, undefined without one, or a 400 for a malformed one. */
export function idempotencyKeyOf(
  c: Context<AppEnv>,
  scope: string,
): IdempotencyKey | undefined | Response {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return undefined;
  if (key.length === 0 || key.length > SUBMISSION_LIMITS.idempotencyKey || !KEY.test(key)) {
    return invalidParameters(c, [
      {
        name: 'Idempotency-Key',
        reason: `must be 1 to ${SUBMISSION_LIMITS.idempotencyKey} visible ASCII characters, such as a UUID`,
      },
    ]);
  }
  return { key, hash: sha256(`${c.req.method} ${new URL(c.req.url).pathname}\n${scope}\n${key}`) };
}

export type Replay = { replayed: true; answer: Answer } | { replayed: false; reused: true };

/** Inside the write's transaction: the first answer to this key, if any. */
export async function previousAnswer(
  tx: StoreTransaction,
  key: IdempotencyKey,
  requestText: string,
  now: Date,
): Promise<Replay | undefined> {
  const since = new Date(now.getTime() - KEPT_MS).toISOString();
  const stored = await tx.submissions.idempotentAnswer(key.hash, since);
  if (!stored) return undefined;
  if (stored.request_hash !== sha256(requestText)) return { replayed: false, reused: true };
  return { replayed: true, answer: JSON.parse(openAnswer(key.key, stored.response)) as Answer };
}

export async function saveAnswer(
  tx: StoreTransaction,
  key: IdempotencyKey,
  requestText: string,
  answer: Answer,
  now: Date,
): Promise<void> {
  await tx.submissions.saveIdempotentAnswer(
    key.hash,
    {
      request_hash: sha256(requestText),
      status: answer.status,
      response: sealAnswer(key.key, JSON.stringify(answer)),
      created_at: now.toISOString(),
    },
    new Date(now.getTime() - KEPT_MS).toISOString(),
  );
}

export function keyReused(c: Context): Response {
  return problem(c, {
    status: 422,
    type: PROBLEM_TYPES.idempotencyKeyReused,
    title: 'Idempotency-Key reused',
    detail:
      'This Idempotency-Key was used with another body within the last 24 hours; use a new key for a new request.',
  });
}

/** A write's answer as JSON that no cache keeps. */
export function sendAnswer(c: Context, answer: Answer, replayed = false): Response {
  return c.body(JSON.stringify(answer.body), answer.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(replayed && { 'Idempotent-Replayed': 'true' }),
  });
}

/**
 * Run `work` in a transaction, honouring the key: a replay or a 422 for a
 * reused key, else the work, whose successful answer is kept with the key.
 * Two instances racing on one key: the loser's insert fails, it runs again
 * and replays the winner's answer.
 */
export async function idempotentWrite(
  c: Context<AppEnv>,
  key: IdempotencyKey | undefined,
  requestText: string,
  now: () => Date,
  work: (tx: StoreTransaction) => Promise<Answer | Response>,
): Promise<Response> {
  const attempt = () =>
    c.var.store.transaction(async (tx): Promise<Response> => {
      const at = now();
      if (key) {
        const previous = await previousAnswer(tx, key, requestText, at);
        if (previous?.replayed) return sendAnswer(c, previous.answer, true);
        if (previous) return keyReused(c);
      }
      const answer = await work(tx);
      if (answer instanceof Response) return answer;
      if (key) await saveAnswer(tx, key, requestText, answer, at);
      return sendAnswer(c, answer);
    });
  try {
    return await attempt();
  } catch (error) {
    if (!key || !isUniqueViolation(error)) throw error;
    return attempt();
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
