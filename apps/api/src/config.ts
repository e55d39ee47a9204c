import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MIN_FILL_SECONDS } from '@gcm-practices/contract';
import type { RateLimit } from './http/rate-limit.js';
import { LOG_LEVELS, type LogLevel } from './logger.js';
import { DEFAULT_REVIEW_APPROVALS, DEFAULT_SUBMISSION_RATE_LIMIT } from './submissions/settings.js';

export interface ServerConfig {
  port: number;
  host: string;
  /** The SQLite file, used unless `databaseUrl` is set. */
  databasePath: string;
  /** `postgres://…`: use PostgreSQL instead of SQLite. */
  databaseUrl?: string | undefined;
  corsOrigins: '*' | string[];
  logLevel: LogLevel;
  publicUrl?: string | undefined;
  rateLimit?: RateLimit | undefined;
  /** Undefined: the store's default (see README, "The search cache"). */
  searchCache?: boolean | undefined;
  /** Browser origins that may submit and review; empty: none. */
  submissionOrigins: string[];
  /** Submissions per client; undefined: no limit. */
  submissionRateLimit: RateLimit | undefined;
  reviewApprovals: number;
  minFillSeconds: number;
  /** Where notifications are posted, signed with `webhookSecret`. */
  webhook?: { url: string; secret: string } | undefined;
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
  return originList('CORS_ORIGINS', raw, problems, 'must be * or ');
}

function parseSubmissionOrigins(raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  if (raw.trim() === '*') {
    problems.push(
      'SUBMISSION_ORIGINS must list the origins of the pages that may submit and review, such as https://example.org; * is not accepted',
    );
    return [];
  }
  return originList('SUBMISSION_ORIGINS', raw, problems, 'must be ');
}

function originList(name: string, raw: string, problems: string[], must: string): string[] {
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
        `${name} ${must}a comma-separated list of origins such as https://example.org (got "${origin}")`,
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

function parseDatabaseUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !/^postgres(ql)?:$/.test(url.protocol) || url.hostname === '') {
    problems.push(
      `DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/database (got "${redactUrl(raw)}")`,
    );
  }
  return raw;
}

/** A database URL fit for logs: the password replaced. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return raw.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

function parsePublicUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search !== '' || url.hash !== '') {
    problems.push(
      `PUBLIC_URL must be the http(s) address clients use, without query or fragment, such as https://api.example.org (got "${raw}")`,
    );
    return undefined;
  }
  return url.toString().replace(/\/+$/, '');
}

const WINDOWS: Record<string, number> = { second: 1000, minute: 60_000, hour: 3_600_000 };

function parseRateLimit(
  raw: string | undefined,
  problems: string[],
  name = 'RATE_LIMIT',
  fallback: RateLimit | undefined = undefined,
  unit = 'minute',
): RateLimit | undefined {
  if (raw === undefined || raw.trim() === '') return fallback;
  if (raw.trim() === 'off') return undefined;
  const match = /^(\d{1,7})(?:\/(second|minute|hour))?$/.exec(raw.trim());
  if (!match || Number(match[1]) < 1) {
    const example =
      unit === 'hour'
        ? '10/hour, 2/minute or 10 (per hour)'
        : '600/minute, 20/second or 600 (per minute)';
    problems.push(`${name} must be off or requests per client such as ${example} (got "${raw}")`);
    return undefined;
  }
  return { limit: Number(match[1]), windowMs: WINDOWS[match[2] ?? unit] as number };
}

function parseWhole(
  name: string,
  raw: string | undefined,
  fallback: number,
  [min, max]: [number, number],
  problems: string[],
): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d{1,6}$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return Number(raw);
}

function parseWebhook(
  rawUrl: string | undefined,
  rawSecret: string | undefined,
  problems: string[],
): { url: string; secret: string } | undefined {
  if (rawUrl === undefined || rawUrl.trim() === '') {
    if (rawSecret) problems.push('WEBHOOK_SECRET is set but WEBHOOK_URL is not');
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(rawUrl);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    problems.push(
      `WEBHOOK_URL must be an http(s) URL such as https://mail.example.org/hooks/gcm (got "${redactUrl(rawUrl)}")`,
    );
  }
  if (rawSecret === undefined || rawSecret.length < 32) {
    problems.push(
      'WEBHOOK_SECRET must be set with WEBHOOK_URL, at least 32 characters (openssl rand -hex 32): the receiver checks each signature with it',
    );
  }
  return { url: rawUrl, secret: rawSecret ?? '' };
}

function parseSwitch(
  name: string,
  raw: string | undefined,
  problems: string[],
): boolean | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (raw === 'on' || raw === 'off') return raw === 'on';
  problems.push(`${name} must be on or off (got "${raw}")`);
  return undefined;
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
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL, problems),
    corsOrigins: parseOrigins(env.CORS_ORIGINS, problems),
    logLevel: parseLogLevel(env.LOG_LEVEL, problems),
    publicUrl: parsePublicUrl(env.PUBLIC_URL, problems),
    rateLimit: parseRateLimit(env.RATE_LIMIT, problems),
    searchCache: parseSwitch('SEARCH_CACHE', env.SEARCH_CACHE, problems),
    submissionOrigins: parseSubmissionOrigins(env.SUBMISSION_ORIGINS, problems),
    submissionRateLimit: parseRateLimit(
      env.SUBMISSION_RATE_LIMIT,
      problems,
      'SUBMISSION_RATE_LIMIT',
      DEFAULT_SUBMISSION_RATE_LIMIT,
      'hour',
    ),
    reviewApprovals: parseWhole(
      'REVIEW_APPROVALS',
      env.REVIEW_APPROVALS,
      DEFAULT_REVIEW_APPROVALS,
      [1, 10],
      problems,
    ),
    minFillSeconds: parseWhole(
      'SUBMISSION_MIN_FILL_SECONDS',
      env.SUBMISSION_MIN_FILL_SECONDS,
      DEFAULT_MIN_FILL_SECONDS,
      [0, 3600],
      problems,
    ),
    webhook: parseWebhook(env.WEBHOOK_URL, env.WEBHOOK_SECRET, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
