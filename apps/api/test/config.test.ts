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
    ).toEqual({
      port: 9000,
      host: '0.0.0.0',
      databasePath: '/tmp/x.db',
      corsOrigins: ['https://a.example', 'http://localhost:5173'],
      logLevel: 'warn',
    });
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

  it.each(['65536', '-1', '80.5', ' 80'])('rejects PORT=%s', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(/PORT/);
  });
});
