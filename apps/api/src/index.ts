export { type AppOptions, createApp } from './app.js';
export { CatalogueService } from './catalogue/catalogue-service.js';
export { ConfigError, readConfig, redactUrl, type ServerConfig } from './config.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export {
  type RunningServer,
  SEARCH_CACHE_DEFAULT,
  type StartServerOptions,
  startServer,
} from './start-server.js';
export type {
  CatalogueStore,
  CatalogueWriter,
  Store,
  StoreTransaction,
} from './store/catalogue-store.js';
export {
  type CuratedLoadResult,
  loadCuratedDataset,
  loadSyntheticPractices,
  type SyntheticLoadOptions,
  type SyntheticLoadResult,
} from './store/load-catalogue.js';
export { openStore, type StoreLocation } from './store/open-store.js';
export { StoreOpenError } from './store/store-open-error.js';
export {
  type CreatedToken,
  createReviewerToken,
  type Reviewer,
  revokeReviewerToken,
} from './submissions/reviewer-tokens.js';
export {
  DEFAULT_REVIEW_APPROVALS,
  DEFAULT_SUBMISSION_RATE_LIMIT,
  type SubmissionSettings,
} from './submissions/settings.js';
export { SIGNATURE_HEADER, signature, WebhookDispatcher } from './submissions/webhook.js';
