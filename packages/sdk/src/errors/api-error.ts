import type { Problem } from '@gcm-practices/contract';
import type { ErrorKind } from './brand.js';
import { GcmPracticesError, type RequestLine } from './gcm-practices-error.js';

export interface ApiErrorInit {
  request: RequestLine;
  status: number;
  /** The HTTP reason phrase: `Bad Request`. */
  statusText: string;
  /** The RFC 9457 body, or one synthesized from the response when the body was not a problem. */
  problem: Problem;
  requestId: string | undefined;
}

/** What a developer can act on: the invalid parameters if any, else the detail, else the title. */
function explain(problem: Problem, statusText: string): string | undefined {
  if (problem.invalidParams && problem.invalidParams.length > 0) {
    return problem.invalidParams.map((p) => `${p.name} ${p.reason}`).join('; ');
  }
  if (problem.errors && problem.errors.length > 0) {
    const shown = problem.errors.slice(0, 3).map((e) => `${e.pointer || '(body)'} ${e.detail}`);
    const more = problem.errors.length > 3 ? ` (and ${problem.errors.length - 3} more)` : '';
    return `${shown.join('; ')}${more}`;
  }
  if (problem.detail && problem.detail !== statusText) return problem.detail;
  return problem.title && problem.title !== statusText ? problem.title : undefined;
}

/** The server answered with an error status (4xx or 5xx), after any retries. */
export class ApiError extends GcmPracticesError {
  /** The HTTP status code. */
  readonly status: number;
  /** The problem details the server sent, or ones synthesized for a body that was not a problem. */
  readonly problem: Problem;
  /** The server's request id (problem `requestId` or `X-Request-Id`), to quote when reporting. */
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit, kind: ErrorKind = 'api') {
    const { request, status, statusText, problem, requestId } = init;
    const reason = explain(problem, statusText);
    const message =
      `${request.method} ${request.url} failed with ${`${status} ${statusText}`.trim()}` +
      (reason ? `: ${reason}` : '') +
      (requestId ? ` (request id ${requestId})` : '');
    super(kind, request, message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.requestId = requestId;
  }
}
