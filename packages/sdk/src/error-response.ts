import { Problem } from '@gcm-practices/contract';
import * as z from 'zod/mini';
import { ApiError, type ApiErrorInit } from './errors/api-error.js';
import type { RequestLine } from './errors/gcm-practices-error.js';
import { NotFoundError } from './errors/not-found-error.js';
import { RateLimitedError } from './errors/rate-limited-error.js';
import { ValidationError } from './errors/validation-error.js';
import { isJsonMediaType, mediaType } from './response-body.js';
import { requestedDelay } from './retry-after.js';
import { statusText } from './status-text.js';

const MAX_DETAIL = 200;

/** Problem details for a body that is not one: a proxy's HTML page, plain text, other JSON. */
function synthesizeProblem(
  response: Response,
  title: string,
  text: string,
  type: string | undefined,
): Problem {
  let detail: string | undefined;
  if (type === 'text/html') {
    const pageTitle = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    detail = `the server sent an HTML page${pageTitle ? ` ("${pageTitle}")` : ''} instead of problem details`;
  } else if (isJsonMediaType(type)) {
    detail = 'the server sent JSON that is not problem details';
  } else if (text.trim() !== '' && text.trim() !== title) {
    const flat = text.trim().replace(/\s+/g, ' ');
    detail = flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL)}…` : flat;
  }
  return {
    type: 'about:blank',
    title: title || `HTTP ${response.status}`,
    status: response.status,
    ...(detail !== undefined && { detail }),
  };
}

function parseProblem(text: string, type: string | undefined): Problem | undefined {
  if (!isJsonMediaType(type)) return undefined;
  try {
    const result = z.safeParse(Problem, JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The error for a response with an error status. `text` is its body, or
 * undefined when it could not be read (the status alone still says plenty).
 */
export function errorFromResponse(
  response: Response,
  request: RequestLine,
  text: string | undefined,
): ApiError {
  const type = mediaType(response);
  const title = statusText(response);
  const problem =
    (text !== undefined && parseProblem(text, type)) ||
    synthesizeProblem(response, title, text ?? '', type);
  const requestId = problem.requestId ?? response.headers.get('x-request-id') ?? undefined;
  const init: ApiErrorInit = {
    request,
    status: response.status,
    statusText: title,
    problem: requestId && !problem.requestId ? { ...problem, requestId } : problem,
    requestId,
  };
  if (response.status === 404) return new NotFoundError(init);
  if (response.status === 422 && problem.errors !== undefined) {
    return new ValidationError(init, problem.errors);
  }
  if (response.status === 429) {
    const wait = requestedDelay(response.headers);
    return new RateLimitedError(init, wait === undefined ? undefined : Math.ceil(wait / 1000));
  }
  return new ApiError(init);
}
