import type { RequestLine } from './errors/gcm-practices-error.js';
import { TimeoutError } from './errors/timeout-error.js';

/**
 * Read the whole body as text within `timeout` milliseconds. The attempt's
 * timeout stops once the headers arrive, so a server that sends headers and then
 * stalls would otherwise hold the call forever. On expiry the request's
 * controller is aborted with a `TimeoutError`, which stops the download and
 * becomes the call's rejection.
 */
export async function readBody(
  response: Response,
  request: RequestLine,
  timeout: number | false,
  controller: AbortController,
): Promise<string> {
  const { signal } = controller;
  if (signal.aborted) throw signal.reason;
  const timer =
    timeout === false
      ? undefined
      : setTimeout(() => controller.abort(new TimeoutError(request, timeout)), timeout);
  let onAbort: (() => void) | undefined;
  try {
    // Also race the abort: a custom `fetch` may not tie the body to the signal.
    return await new Promise<string>((resolve, reject) => {
      onAbort = () => {
        response.body?.cancel().catch(() => {});
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      response.text().then(resolve, (error: unknown) => {
        reject(signal.aborted ? signal.reason : error);
      });
    });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

/** The media type without parameters, lower case: `application/problem+json`. */
export function mediaType(response: Response): string | undefined {
  const value = response.headers.get('content-type');
  return value ? (value.split(';')[0] ?? '').trim().toLowerCase() : undefined;
}

export function isJsonMediaType(type: string | undefined): boolean {
  return type === 'application/json' || (type?.endsWith('+json') ?? false);
}
