import {
  type SubmissionInput,
  SubmissionReceipt,
  type SubmissionReplyInput,
  SubmissionView,
} from '@gcm-practices/contract';
import type { BaseClient } from './base-client.js';
import type { CallOptions } from './options.js';
import { pathSegment } from './path-segment.js';

const PATH = 'v1/submissions';

export interface WriteOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key`: a unique string (`crypto.randomUUID()`) made
   * once per thing to send and reused if it is sent again. The server answers
   * a repeat with its first answer instead of a duplicate, and only with a key
   * does the client retry a write (after a network error or a 5xx; never after
   * a 4xx).
   */
  idempotencyKey?: string | undefined;
}

/**
 * Send a practice to a call for practices (or at any time, `campaign: null`):
 * `POST /v1/submissions`. Resolves to the receipt, whose `statusUrl` and
 * `token` are shown only this once. A body that breaks the contract rejects
 * with a `ValidationError` naming every field; a closed call with an
 * `ApiError` of status 409.
 */
export function createSubmission(
  client: BaseClient,
  input: SubmissionInput,
  options: WriteOptions = {},
): Promise<SubmissionReceipt> {
  return client.send('POST', PATH, SubmissionReceipt, { ...options, json: input });
}

function withToken(token: string, headers?: HeadersInit): Headers {
  if (token === '') throw new TypeError('the submission token must not be empty');
  const merged = new Headers(headers);
  // In a header rather than the URL, so it stays out of access logs and histories.
  merged.set('authorization', `Bearer ${token}`);
  return merged;
}

/** What the submitter may read: `GET /v1/submissions/{id}` with the submission's token. */
export async function submissionStatus(
  client: BaseClient,
  id: string,
  token: string,
  options: CallOptions = {},
): Promise<SubmissionView> {
  return client.getJson(`${PATH}/${pathSegment(id, 'submission id')}`, SubmissionView, {
    ...options,
    headers: withToken(token, options.headers),
  });
}

/**
 * Answer the reviewers' request for changes, optionally with the practice
 * revised: `POST /v1/submissions/{id}/replies`.
 */
export async function replyToReviewers(
  client: BaseClient,
  id: string,
  token: string,
  input: SubmissionReplyInput,
  options: WriteOptions = {},
): Promise<SubmissionView> {
  return client.send(
    'POST',
    `${PATH}/${pathSegment(id, 'submission id')}/replies`,
    SubmissionView,
    {
      ...options,
      headers: withToken(token, options.headers),
      json: input,
    },
  );
}

export interface SubmissionsApi {
  /** Submit a practice; `{ idempotencyKey }` makes a re-send safe. */
  create(input: SubmissionInput, options?: WriteOptions): Promise<SubmissionReceipt>;
  /** The status, the reviewers' questions and the practice as it stands. */
  status(id: string, token: string, options?: CallOptions): Promise<SubmissionView>;
  /** Answer a request for changes. */
  reply(
    id: string,
    token: string,
    input: SubmissionReplyInput,
    options?: WriteOptions,
  ): Promise<SubmissionView>;
}

export function submissionsApi(client: BaseClient): SubmissionsApi {
  return {
    create: (input, options) => createSubmission(client, input, options),
    status: (id, token, options) => submissionStatus(client, id, token, options),
    reply: (id, token, input, options) => replyToReviewers(client, id, token, input, options),
  };
}
