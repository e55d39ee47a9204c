import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import type { Db } from './db/open.js';
import type { AppEnv } from './http/app-env.js';
import { ALLOWED_METHODS, internalError, notFound } from './http/problem.js';
import { requestLog } from './http/request-log.js';
import { type Logger, silentLogger } from './logger.js';
import { campaignRoutes } from './routes/campaigns.js';
import { healthRoutes } from './routes/health.js';
import { objectiveRoutes } from './routes/objectives.js';
import { openApiRoutes } from './routes/openapi.js';
import { practiceRoutes } from './routes/practices.js';
import { resourceRoutes } from './routes/resources.js';
import { taxonomyRoutes } from './routes/taxonomies.js';

export interface AppOptions {
  db: Db;
  logger?: Logger;
  /** `*` (the default) or the exact origins allowed to read responses from a browser. */
  corsOrigins?: '*' | readonly string[];
}

/** The API as a Hono app over an open catalogue database. */
export function createApp({
  db,
  logger = silentLogger,
  corsOrigins = '*',
}: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const allowed = corsOrigins === '*' ? '*' : [...corsOrigins];

  app.use(requestLog(logger));
  // Ids are echoed in headers, logs and problem bodies: accept only short, plain ones.
  app.use(requestId({ limitLength: 128 }));
  app.use(
    cors({
      origin: allowed,
      allowMethods: ALLOWED_METHODS.split(', '),
      exposeHeaders: ['ETag', 'Link', 'X-Request-Id', 'Retry-After'],
      maxAge: 86400,
    }),
  );

  practiceRoutes(app, db);
  objectiveRoutes(app, db);
  resourceRoutes(app, db);
  campaignRoutes(app, db);
  taxonomyRoutes(app, db);
  openApiRoutes(app);
  healthRoutes(app, db);

  app.notFound((c) => notFound(c, 'There is nothing at this address. The API lives under /v1/.'));
  app.onError((error, c) => {
    logger.error('unhandled error', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      error,
    });
    return internalError(c);
  });
  return app;
}
