import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOG_LEVELS, type LogLevel } from './logger.js';

export interface ServerConfig {
  port: number;
  host: string;
  databasePath: string;
  corsOrigins: '*' | string[];
  logLevel: LogLevel;
}

/** `apps/api/data/practices.db`, next to the package whether run from `src/` or `dist/`. */
export const DEFAULT_DATABASE_PATH = fileURLToPath(
  new URL('../data/practices.db', import.meta.url),
);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw === '') return 8787;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${raw}")`);
    return 0;
  }
  return Number(raw);
}

function parseHost(raw: string | undefined, problems: string[]): string {
  if (raw === undefined || raw === '') return '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]{1,253}$/.test(raw)) {
    problems.push(`HOST must be a host name or IP address such as 127.0.0.1 or :: (got "${raw}")`);
  }
  return raw;
}

function parseOrigins(raw: string | undefined, problems: string[]): '*' | string[] {
  if (raw === undefined || raw.trim() === '' || raw.trim() === '*') return '*';
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    // An origin is exactly scheme://host[:port]; a path or trailing slash would never match.
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin) {
      problems.push(
        `CORS_ORIGINS must be * or a comma-separated list of origins such as https://example.org (got "${origin}")`,
      );
    }
  }
  return origins;
}

function parseLogLevel(raw: string | undefined, problems: string[]): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw}")`);
    return 'info';
  }
  return raw as LogLevel;
}

/** Read and check the server's environment; every problem is reported at once. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const problems: string[] = [];
  const config: ServerConfig = {
    port: parsePort(env.PORT, problems),
    host: parseHost(env.HOST, problems),
    databasePath:
      env.DATABASE_PATH === undefined || env.DATABASE_PATH === ''
        ? DEFAULT_DATABASE_PATH
        : isAbsolute(env.DATABASE_PATH)
          ? env.DATABASE_PATH
          : resolve(env.DATABASE_PATH),
    corsOrigins: parseOrigins(env.CORS_ORIGINS, problems),
    logLevel: parseLogLevel(env.LOG_LEVEL, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
