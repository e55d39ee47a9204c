import { ConfigError, readConfig, redactUrl } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './start-server.js';
import { StoreOpenError } from './store/store-open-error.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee apps/api/README.md for the settings.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer({
    port: config.port,
    host: config.host,
    ...(config.databaseUrl !== undefined
      ? { databaseUrl: config.databaseUrl }
      : { databasePath: config.databasePath }),
    corsOrigins: config.corsOrigins,
    publicUrl: config.publicUrl,
    rateLimit: config.rateLimit,
    searchCache: config.searchCache,
    submissions: {
      origins: config.submissionOrigins,
      rateLimit: config.submissionRateLimit,
      approvalsRequired: config.reviewApprovals,
      minFillSeconds: config.minFillSeconds,
    },
    webhook: config.webhook,
    logger,
  });
  logger.info('listening', {
    url: server.url,
    store: server.store.kind,
    database: server.store.location,
    searchCache: server.catalogue.searchCache !== undefined,
  });
  if (config.publicUrl === undefined && !/^(127\.|::1$|localhost$)/.test(config.host)) {
    logger.warn(
      'PUBLIC_URL is not set: pagination links repeat the Host header each client sends',
      {
        host: config.host,
      },
    );
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal means "now": do not wait for slow requests.
      logger.warn('stopping immediately', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    server.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  const message =
    error instanceof StoreOpenError || !(error instanceof Error)
      ? String(error instanceof Error ? error.message : error)
      : redactUrl(error.message);
  process.stderr.write(`Failed to start: ${message}\n`);
  process.exit(1);
});
