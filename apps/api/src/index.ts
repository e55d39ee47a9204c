export { type AppOptions, createApp } from './app.js';
export { ConfigError, readConfig, type ServerConfig } from './config.js';
export {
  type CuratedLoadResult,
  loadCuratedDataset,
  loadSyntheticPractices,
  type SyntheticLoadOptions,
  type SyntheticLoadResult,
} from './db/load.js';
export { type Db, openDatabase } from './db/open.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export { searchPractices } from './search/practice-search.js';
export { searchResources } from './search/resource-search.js';
export { type RunningServer, type StartServerOptions, startServer } from './start-server.js';
