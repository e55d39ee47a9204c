import * as z from 'zod/mini';
import {
  AuditQuery,
  DecisionInput,
  ReviewQuery,
  SUBMISSION_LIMITS,
  SubmissionInput,
  SubmissionReplyInput,
  UnpublishInput,
} from '../src/index.js';

/**
 * The write path of API v1 in the OpenAPI document: calls for practices
 * (public, with the submitter's token) and peer review (bearer tokens).
 */

type JsonSchema = Record<string, unknown>;

/** Request bodies, described as a caller writes them (defaults may be left out). */
const requestBodies = { SubmissionInput, SubmissionReplyInput, DecisionInput, UnpublishInput };

export function requestBodySchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(requestBodies)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

export const securitySchemes = {
  reviewerToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A reviewer or admin token (`token create --role reviewer|admin` on the server), sent as ' +
      '`Authorization: Bearer …`. Missing, malformed, unknown or revoked: 401; a reviewer on an ' +
      'admin route: 403.',
  },
  submissionToken: {
    type: 'apiKey',
    in: 'query',
    name: 'token',
    description:
      'The token of one submission, in the `statusUrl` returned when it was made. Also accepted as `Authorization: Bearer …`. It opens that submission only; any other id answers 404.',
  },
};

const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: schemaRef('Problem') } },
});

const json = (name: string, description: string, headers: JsonSchema = {}) => ({
  description,
  headers: { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' }, ...headers },
  content: { 'application/json': { schema: schemaRef(name) } },
});

const body = (name: string) => ({
  required: true,
  content: { 'application/json': { schema: schemaRef(name) } },
});

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Submission id (a UUID).',
  schema: { type: 'string', format: 'uuid' },
};

const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string (a UUID) chosen by the client. A request repeated with the same key and ' +
    'body within 24 hours gets the first answer again (`Idempotent-Replayed: true`) and changes ' +
    'nothing; the same key with another body is a 422.',
  schema: { type: 'string', minLength: 1, maxLength: SUBMISSION_LIMITS.idempotencyKey },
};

type QueryParameters = (schema: typeof ReviewQuery | typeof AuditQuery) => JsonSchema[];

/** What these parameters mean here, where the catalogue's wording would mislead. */
const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  status: 'Submission status. Repeatable.',
  campaign: 'Id of the call for practices answered.',
  submission: 'Only the entries of this submission (its id).',
  action: 'Audit action. Repeatable.',
};

const describedParameters = (parameters: JsonSchema[]) =>
  parameters.map((parameter) => ({
    ...parameter,
    description: PARAMETER_DESCRIPTIONS[parameter.name as string] ?? parameter.description,
  }));

const bodyErrors = {
  '400': problem('The body is not JSON.'),
  '413': problem(`The body is larger than ${SUBMISSION_LIMITS.bodyBytes} bytes.`),
  '415': problem('The body is not `application/json`.'),
  '422': problem(
    'The body breaks the contract: `errors` lists every invalid field as `{ pointer, detail, code, limit? }`.',
  ),
};

const reviewErrors = {
  '401': problem('No token, a malformed `Authorization` header, or an unknown or revoked token.'),
};

const forAdmins = {
  '403': problem('The token is a reviewer’s; this route is for admins.'),
};

const reviewer = [{ reviewerToken: [] }];

/** `queryParameters` describes a query schema's parameters, as for the read routes. */
export function writePaths(queryParameters: QueryParameters): Record<string, JsonSchema> {
  return {
    '/v1/submissions': {
      post: {
        operationId: 'createSubmission',
        tags: ['submissions'],
        summary: 'Submit a practice (to a call for practices, or at any time)',
        description:
          'Public, rate limited per client (`Retry-After` on 429). Browsers may send it only from ' +
          'the origins the server allows (`SUBMISSION_ORIGINS`); other origins get a 403.',
        parameters: [idempotencyKey],
        requestBody: body('SubmissionInput'),
        responses: {
          '202': json('SubmissionReceipt', 'Received; the status URL is shown only this once.'),
          ...bodyErrors,
          '403': problem(
            'Sent by a browser from an origin the server does not accept submissions from.',
          ),
          '409': problem(
            'The call for practices is closed (or not open yet); `closes` names its deadline.',
          ),
          '429': problem(
            'Too many submissions from this client; retry after `Retry-After` seconds.',
          ),
        },
      },
    },
    '/v1/submissions/{id}': {
      get: {
        operationId: 'getSubmissionStatus',
        tags: ['submissions'],
        summary:
          "The submitter's view: status, the reviewers' questions, the practice as it stands",
        security: [{ submissionToken: [] }],
        parameters: [idParameter],
        responses: {
          '200': json('SubmissionView', 'The submission.'),
          '401': problem('No token.'),
          '404': problem('No submission has this id, or the token is not its token.'),
        },
      },
    },
    '/v1/submissions/{id}/replies': {
      post: {
        operationId: 'replyToReviewers',
        tags: ['submissions'],
        summary: 'Answer a request for changes, optionally with the practice revised',
        security: [{ submissionToken: [] }],
        parameters: [idParameter, idempotencyKey],
        requestBody: body('SubmissionReplyInput'),
        responses: {
          '201': json('SubmissionView', 'Replied; the submission is in review again.'),
          ...bodyErrors,
          '401': problem('No token.'),
          '404': problem('No submission has this id, or the token is not its token.'),
          '409': problem('The reviewers have not asked for changes.'),
        },
      },
    },
    '/v1/review/me': {
      get: {
        operationId: 'getReviewer',
        tags: ['review'],
        summary: 'Whose token this is, and its role',
        security: reviewer,
        responses: { '200': json('Reviewer', 'The token’s holder.'), ...reviewErrors },
      },
    },
    '/v1/review/submissions': {
      get: {
        operationId: 'listSubmissions',
        tags: ['review'],
        summary: 'Submissions, newest first',
        security: reviewer,
        parameters: describedParameters(queryParameters(ReviewQuery)),
        responses: {
          '200': json('ReviewSubmissionList', 'A page of submissions.', {
            Link: { $ref: '#/components/headers/Link' },
          }),
          '400': problem('A parameter is invalid; `invalidParams` names each one.'),
          ...reviewErrors,
        },
      },
    },
    '/v1/review/submissions/{id}': {
      get: {
        operationId: 'getSubmission',
        tags: ['review'],
        summary: 'One submission with its submitter, revisions and history',
        security: reviewer,
        parameters: [idParameter],
        responses: {
          '200': json('ReviewSubmission', 'The submission.'),
          ...reviewErrors,
          '404': problem('No submission has this id.'),
        },
      },
    },
    '/v1/review/submissions/{id}/decisions': {
      post: {
        operationId: 'decide',
        tags: ['review'],
        summary: 'Approve, request changes or reject',
        description:
          'The second approval from a different reviewer (`REVIEW_APPROVALS`), with no request ' +
          'for changes open, publishes the practice: it is in `/v1/practices` on the next request.',
        security: reviewer,
        parameters: [idParameter, idempotencyKey],
        requestBody: body('DecisionInput'),
        responses: {
          '200': json('ReviewSubmission', 'The submission after the decision.'),
          ...bodyErrors,
          ...reviewErrors,
          '404': problem('No submission has this id.'),
          '409': problem(
            'The decision does not fit: already approved by this reviewer, waiting for the submitter, or decided.',
          ),
        },
      },
    },
    '/v1/review/submissions/{id}/unpublish': {
      post: {
        operationId: 'unpublish',
        tags: ['review'],
        summary: 'Take a published practice out of the catalogue (admins)',
        security: reviewer,
        parameters: [idParameter, idempotencyKey],
        requestBody: body('UnpublishInput'),
        responses: {
          '200': json('ReviewSubmission', 'The submission, now `unpublished`.'),
          ...bodyErrors,
          ...reviewErrors,
          ...forAdmins,
          '404': problem('No submission has this id.'),
          '409': problem('The submission is not published.'),
        },
      },
    },
    '/v1/review/audit': {
      get: {
        operationId: 'listAuditEntries',
        tags: ['review'],
        summary: 'The audit log, newest first (admins)',
        security: reviewer,
        parameters: describedParameters(queryParameters(AuditQuery)),
        responses: {
          '200': json('AuditList', 'A page of the audit log.', {
            Link: { $ref: '#/components/headers/Link' },
          }),
          '400': problem('A parameter is invalid; `invalidParams` names each one.'),
          ...reviewErrors,
          ...forAdmins,
        },
      },
    },
  };
}
