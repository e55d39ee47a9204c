import { GcmPracticesError, type RequestLine } from './gcm-practices-error.js';

/**
 * The server could not be reached or the connection broke: refused, reset,
 * DNS failure, offline, or blocked by CORS (browsers do not say which). `cause`
 * holds what `fetch` threw.
 */
export class NetworkError extends GcmPracticesError {
  constructor(request: RequestLine, cause: unknown) {
    super('network', request, `${request.method} ${request.url} failed: ${describe(cause)}`, {
      cause,
    });
    this.name = 'NetworkError';
  }
}

/** Node's fetch hides the useful part (`ECONNREFUSED`) in `cause.code`; surface it. */
function describe(cause: unknown): string {
  const code = findCode(cause);
  const text = cause instanceof Error ? cause.message : String(cause);
  return code
    ? `could not reach the server (${code}: ${text})`
    : `could not reach the server (${text})`;
}

function findCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
