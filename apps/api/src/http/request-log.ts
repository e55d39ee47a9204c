import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.js';
import type { AppEnv } from './app-env.js';

/**
 * One line per request. The query string is only logged at debug level:
 * search text is what visitors typed, and need not end up in log archives.
 * A submitter's token never is: it opens their submission.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const url = new URL(c.req.url);
    if (url.searchParams.has('token')) url.searchParams.set('token', 'redacted');
    const ms = Math.round((performance.now() - started) * 100) / 100;
    logger.info('request', {
      method: c.req.method,
      path: url.pathname,
      ...(logger.enabled?.('debug') && url.search !== '' && { query: url.search }),
      status: c.res.status,
      ms,
      requestId: c.get('requestId'),
    });
  };
}
