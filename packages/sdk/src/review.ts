import {
  AuditList,
  AuditQuery,
  type AuditQueryInput,
  DEFAULT_PAGE_SIZE,
  type DecisionInput,
  encodeQuery,
  Reviewer,
  ReviewQuery,
  type ReviewQueryInput,
  ReviewSubmission,
  ReviewSubmissionList,
  type UnpublishInput,
} from '@gcm-practices/contract';
import type { BaseClient } from './base-client.js';
import type { CallOptions } from './options.js';
import { pathSegment } from './path-segment.js';
import { reviewHeaders } from './review-token.js';
import type { WriteOptions } from './submissions.js';

/*
 * Peer review (`/v1/review/*`), with the client's reviewer or admin token:
 * `createClient({ baseUrl, token })`.
 */

const PATH = 'v1/review';
const submissionPath = (id: string) => `${PATH}/submissions/${pathSegment(id, 'submission id')}`;

/** Whose token the client holds, and its role: `GET /v1/review/me`. */
export async function getReviewer(
  client: BaseClient,
  options: CallOptions = {},
): Promise<Reviewer> {
  return client.getJson(`${PATH}/me`, Reviewer, {
    ...options,
    headers: reviewHeaders(client, options.headers),
  });
}

/** A page of submissions, newest first: `GET /v1/review/submissions`. */
export async function listReviewSubmissions(
  client: BaseClient,
  query: ReviewQueryInput = {},
  options: CallOptions = {},
): Promise<ReviewSubmissionList> {
  return client.getJson(`${PATH}/submissions`, ReviewSubmissionList, {
    ...options,
    headers: reviewHeaders(client, options.headers),
    searchParams: encodeQuery(ReviewQuery, query),
    maxItems: query.pageSize ?? DEFAULT_PAGE_SIZE,
  });
}

/** One submission with its submitter, revisions and history. */
export async function getReviewSubmission(
  client: BaseClient,
  id: string,
  options: CallOptions = {},
): Promise<ReviewSubmission> {
  return client.getJson(submissionPath(id), ReviewSubmission, {
    ...options,
    headers: reviewHeaders(client, options.headers),
  });
}

/**
 * Approve, ask for changes or reject: `POST /v1/review/submissions/{id}/decisions`.
 * Resolves to the submission after the decision (`status: 'approved'` once published).
 */
export async function decide(
  client: BaseClient,
  id: string,
  input: DecisionInput,
  options: WriteOptions = {},
): Promise<ReviewSubmission> {
  return client.send('POST', `${submissionPath(id)}/decisions`, ReviewSubmission, {
    ...options,
    headers: reviewHeaders(client, options.headers),
    json: input,
  });
}

/** Take a published practice out of the catalogue (admins). */
export async function unpublishSubmission(
  client: BaseClient,
  id: string,
  input: UnpublishInput,
  options: WriteOptions = {},
): Promise<ReviewSubmission> {
  return client.send('POST', `${submissionPath(id)}/unpublish`, ReviewSubmission, {
    ...options,
    headers: reviewHeaders(client, options.headers),
    json: input,
  });
}

/** A page of the audit log, newest first (admins): `GET /v1/review/audit`. */
export async function listAuditEntries(
  client: BaseClient,
  query: AuditQueryInput = {},
  options: CallOptions = {},
): Promise<AuditList> {
  return client.getJson(`${PATH}/audit`, AuditList, {
    ...options,
    headers: reviewHeaders(client, options.headers),
    searchParams: encodeQuery(AuditQuery, query),
    maxItems: query.pageSize ?? DEFAULT_PAGE_SIZE,
  });
}

export interface ReviewApi {
  /** Whose token this is. */
  me(options?: CallOptions): Promise<Reviewer>;
  list(query?: ReviewQueryInput, options?: CallOptions): Promise<ReviewSubmissionList>;
  get(id: string, options?: CallOptions): Promise<ReviewSubmission>;
  decide(id: string, input: DecisionInput, options?: WriteOptions): Promise<ReviewSubmission>;
  unpublish(id: string, input: UnpublishInput, options?: WriteOptions): Promise<ReviewSubmission>;
  audit(query?: AuditQueryInput, options?: CallOptions): Promise<AuditList>;
}

export function reviewApi(client: BaseClient): ReviewApi {
  return {
    me: (options) => getReviewer(client, options),
    list: (query, options) => listReviewSubmissions(client, query, options),
    get: (id, options) => getReviewSubmission(client, id, options),
    decide: (id, input, options) => decide(client, id, input, options),
    unpublish: (id, input, options) => unpublishSubmission(client, id, input, options),
    audit: (query, options) => listAuditEntries(client, query, options),
  };
}
