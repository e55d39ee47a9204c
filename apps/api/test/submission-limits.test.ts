import type { Problem } from '@gcm-practices/contract';
import { describe, expect, it } from 'vitest';
import { getJson, useServer } from './support/server.js';
import { type Receipt, send, submission } from './support/submissions.js';

/*
 * The write path's own limits: submissions per client (SUBMISSION_RATE_LIMIT)
 * and the browser origins allowed to submit and review (SUBMISSION_ORIGINS),
 * apart from the read API's CORS_ORIGINS.
 */

const PARTNER = 'https://partner.example';
const limited = useServer({
  corsOrigins: '*',
  submissions: { rateLimit: { limit: 3, windowMs: 3_600_000 }, origins: [PARTNER] },
});
const closed = useServer({});

describe('SUBMISSION_RATE_LIMIT', () => {
  it('answers 429 with Retry-After once a client has sent its submissions for the window', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof send<Problem>>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await send<Problem>(limited.current, '/v1/submissions', submission(`Limited ${i}`));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    const wait = Number(last?.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(last?.body.type).toBe('/problems/rate-limited');
    // Reading the catalogue is not counted.
    expect((await getJson(limited.current, '/v1/practices?pageSize=1')).status).toBe(200);
  });
});

describe('SUBMISSION_ORIGINS', () => {
  const preflight = (url: string, path: string, origin: string) =>
    fetch(`${url}${path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });

  it('lets pages on an allowed origin send and read submissions', async () => {
    const response = await preflight(limited.current.url, '/v1/submissions', PARTNER);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'idempotency-key',
    );
    const review = await preflight(limited.current.url, '/v1/review/submissions', PARTNER);
    expect(review.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
  });

  it('refuses other origins, even where the read API allows every origin', async () => {
    const evil = 'https://evil.example';
    const response = await preflight(limited.current.url, '/v1/submissions', evil);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const posted = await send<Problem>(
      limited.current,
      '/v1/submissions',
      submission('From evil'),
      {
        Origin: evil,
      },
    );
    expect(posted.status).toBe(403);
    const reads = await getJson(limited.current, '/v1/practices?pageSize=1', {
      headers: { Origin: evil },
    });
    expect(reads.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('accepts no browser submission at all by default', async () => {
    const posted = await send<Problem>(closed.current, '/v1/submissions', submission('Default'), {
      Origin: PARTNER,
    });
    expect(posted.status).toBe(403);
    expect(posted.body.detail).toContain('SUBMISSION_ORIGINS');
    // Clients outside browsers send no Origin and are served.
    const server = await send<Receipt>(closed.current, '/v1/submissions', submission('Script'));
    expect(server.status).toBe(202);
  });
});
