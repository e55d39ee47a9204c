import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { CatalogueService } from './catalogue/catalogue-service.js';
import type { AppEnv } from './http/app-env.js';
import { detectLabelLanguage } from './http/label-language.js';
import { ALLOWED_METHODS, internalError, notFound } from './http/problem.js';
import { type RateLimit, rateLimit } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { isWritePath, writeOrigins } from './http/write-origins.js';
import { type Logger, silentLogger } from './logger.js';
import { campaignRoutes } from './routes/campaigns.js';
import { healthRoutes } from './routes/health.js';
import { objectiveRoutes } from './routes/objectives.js';
import { openApiRoutes } from './routes/openapi.js';
import { practiceRoutes } from './routes/practices.js';
import { resourceRoutes } from './routes/resources.js';
import { reviewRoutes } from './routes/review.js';
import { submissionRoutes } from './routes/submissions.js';
import { taxonomyRoutes } from './routes/taxonomies.js';
import type { Store } from './store/catalogue-store.js';
import { type SubmissionSettings, submissionSettings } from './submissions/settings.js';

export interface AppOptions {
  store: Store;
  /** The catalogue read model; by default one over `store` with the search cache on. */
  catalogue?: CatalogueService;
  logger?: Logger;
  /** `*` (the default) or the exact origins allowed to read responses from a browser. */
  corsOrigins?: '*' | readonly string[];
  /** Base URL of the links in responses (`https://api.example.org`); default: the request's. */
  publicUrl?: string | undefined;
  /** Requests per client and window; default: no limit. */
  rateLimit?: RateLimit | undefined;
  /** Calls for practices and review: origins, limits, approvals (defaults: `submissionSettings`). */
  submissions?: Partial<SubmissionSettings>;
}

/** The API as a Hono app over a store. */
export function createApp({
  store,
  catalogue = new CatalogueService(store.catalogue, { searchCache: true }),
  logger = silentLogger,
  corsOrigins = '*',
  publicUrl,
  rateLimit: limit,
  submissions,
}: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const settings = submissionSettings(submissions);
  const allowed = corsOrigins === '*' ? '*' : [...corsOrigins];

  app.use(requestLog(logger));
  // Ids are echoed in headers, logs and problem bodies: accept only short, plain ones.
  app.use(requestId({ limitLength: 128 }));
  app.use(async (c, next) => {
    c.set('store', store);
    c.set('catalogue', catalogue);
    c.set('publicUrl', publicUrl);
    c.set('submissions', settings);
    await next();
  });
  // Every answer is JSON meant for scripts: a browser must never sniff it into
  // HTML, and if it is ever opened as a page, nothing in it may load or run.
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      // Partner pages on other origins read the API: CORS governs them.
      crossOriginResourcePolicy: 'cross-origin',
      crossOriginOpenerPolicy: false,
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: false,
    }),
  );
  // The read API's origins (CORS_ORIGINS) are not the write path's (SUBMISSION_ORIGINS).
  const readCors = cors({
    origin: allowed,
    allowMethods: ALLOWED_METHODS.split(', '),
    exposeHeaders: [
      'ETag',
      'Link',
      'X-Request-Id',
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
    ],
    maxAge: 86400,
  });
  const writeCors = writeOrigins(settings.origins);
  app.use((c, next) =>
    isWritePath(new URL(c.req.url).pathname) ? writeCors(c, next) : readCors(c, next),
  );
  if (limit) app.use(rateLimit(limit));
  // The endpoints whose labels follow `lang` / `Accept-Language`.
  for (const path of [
    '/v1/practices',
    '/v1/resources',
    '/v1/objectives',
    '/v1/objectives/*',
    '/v1/taxonomies',
  ]) {
    app.use(path, detectLabelLanguage);
  }

  practiceRoutes(app);
  objectiveRoutes(app);
  resourceRoutes(app);
  campaignRoutes(app);
  taxonomyRoutes(app);
  submissionRoutes(app, logger);
  reviewRoutes(app);
  openApiRoutes(app);
  healthRoutes(app);

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
