import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/index.js';

describe('readConfig', () => {
  it('has defaults for everything', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      corsOrigins: '*',
      logLevel: 'info',
    });
    expect(config.databasePath).toMatch(/apps\/api\/data\/practices\.db$/);
  });

  it('reads each variable', () => {
    expect(
      readConfig({
        PORT: '9000',
        HOST: '0.0.0.0',
        DATABASE_PATH: '/tmp/x.db',
        CORS_ORIGINS: 'https://a.example, http://localhost:5173',
        LOG_LEVEL: 'warn',
      }),
    ).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      databasePath: '/tmp/x.db',
      corsOrigins: ['https://a.example', 'http://localhost:5173'],
      logLevel: 'warn',
    });
  });

  it('takes no submissions from browsers by default, 10 an hour per client, two approvals', () => {
    expect(readConfig({})).toMatchObject({
      submissionOrigins: [],
      submissionRateLimit: { limit: 10, windowMs: 3_600_000 },
      reviewApprovals: 2,
      minFillSeconds: 3,
      webhook: undefined,
    });
    const secret = 'x'.repeat(32);
    expect(
      readConfig({
        SUBMISSION_ORIGINS: 'https://partner.example, http://localhost:5173',
        SUBMISSION_RATE_LIMIT: '3',
        REVIEW_APPROVALS: '3',
        SUBMISSION_MIN_FILL_SECONDS: '0',
        WEBHOOK_URL: 'https://mail.example/hooks/gcm',
        WEBHOOK_SECRET: secret,
      }),
    ).toMatchObject({
      submissionOrigins: ['https://partner.example', 'http://localhost:5173'],
      submissionRateLimit: { limit: 3, windowMs: 3_600_000 },
      reviewApprovals: 3,
      minFillSeconds: 0,
      webhook: { url: 'https://mail.example/hooks/gcm', secret },
    });
    expect(readConfig({ SUBMISSION_RATE_LIMIT: 'off' }).submissionRateLimit).toBeUndefined();
    expect(readConfig({ SUBMISSION_RATE_LIMIT: '2/minute' }).submissionRateLimit).toEqual({
      limit: 2,
      windowMs: 60_000,
    });
  });

  it('names each bad setting of the write path', () => {
    let error: unknown;
    try {
      readConfig({
        SUBMISSION_ORIGINS: '*',
        SUBMISSION_RATE_LIMIT: 'many',
        REVIEW_APPROVALS: '0',
        SUBMISSION_MIN_FILL_SECONDS: 'soon',
        WEBHOOK_URL: 'ftp://mail.example',
        WEBHOOK_SECRET: 'short',
      });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/SUBMISSION_ORIGINS must list the origins/);
    expect(problems).toMatch(/SUBMISSION_RATE_LIMIT must be off or requests per client/);
    expect(problems).toMatch(/REVIEW_APPROVALS must be a whole number from 1 to 10/);
    expect(problems).toMatch(/SUBMISSION_MIN_FILL_SECONDS must be a whole number/);
    expect(problems).toMatch(/WEBHOOK_URL must be an http\(s\) URL/);
    expect(problems).toMatch(/WEBHOOK_SECRET must be set with WEBHOOK_URL, at least 32/);
    expect(problems).not.toContain('short');
  });

  it('reports every bad variable at once, by name', () => {
    let error: unknown;
    try {
      readConfig({
        PORT: 'eighty',
        HOST: 'bad host',
        CORS_ORIGINS: 'https://a.example/',
        LOG_LEVEL: 'loud',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT.*"eighty"/);
    expect(problems.join('\n')).toMatch(/HOST/);
    expect(problems.join('\n')).toMatch(/CORS_ORIGINS.*https:\/\/a\.example\//);
    expect(problems.join('\n')).toMatch(
      /LOG_LEVEL must be one of debug, info, warn, error, silent/,
    );
  });

  it('reads the store, links, rate limit and search cache settings', () => {
    expect(
      readConfig({
        DATABASE_URL: 'postgres://gcm:pw@db.internal:5432/gcm',
        PUBLIC_URL: 'https://api.example.org/gcm/',
        RATE_LIMIT: '20/second',
        SEARCH_CACHE: 'off',
      }),
    ).toMatchObject({
      databaseUrl: 'postgres://gcm:pw@db.internal:5432/gcm',
      publicUrl: 'https://api.example.org/gcm',
      rateLimit: { limit: 20, windowMs: 1000 },
      searchCache: false,
    });
    expect(readConfig({ RATE_LIMIT: '600' }).rateLimit).toEqual({ limit: 600, windowMs: 60_000 });
    expect(readConfig({ RATE_LIMIT: 'off' }).rateLimit).toBeUndefined();
  });

  it('names each bad store, link, rate limit and cache setting, hiding passwords', () => {
    let error: unknown;
    try {
      readConfig({
        DATABASE_URL: 'mysql://root:hunter2@db/gcm',
        PUBLIC_URL: 'api.example.org?x=1',
        RATE_LIMIT: 'lots',
        SEARCH_CACHE: 'maybe',
      });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/DATABASE_URL must be a PostgreSQL URL/);
    expect(problems).not.toContain('hunter2');
    expect(problems).toMatch(/PUBLIC_URL must be/);
    expect(problems).toMatch(/RATE_LIMIT must be off or requests per client/);
    expect(problems).toMatch(/SEARCH_CACHE must be on or off/);
  });

  it.each(['65536', '-1', '80.5', ' 80'])('rejects PORT=%s', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(/PORT/);
  });
});
