import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, SIGNATURE_HEADER } from '../src/index.js';
import { startTestServer } from './support/server.js';
import { bearer, type Receipt, send, submission, token } from './support/submissions.js';

/*
 * Notifications through the outbox to a real HTTP receiver, signed with
 * HMAC-SHA256, retried with backoff after failures. The server's clock is
 * fake: the backoff moves only when the test moves it.
 */

const SECRET = 'a-webhook-secret-of-at-least-32-characters';
let clock = new Date('2026-05-04T10:00:00.000Z');

interface Delivery {
  headers: IncomingMessage['headers'];
  body: string;
}
const deliveries: Delivery[] = [];
/** The status the receiver answers the next deliveries with, first to last. */
const answers: number[] = [];

let receiver: Server;
let api: RunningServer;

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

const outbox = () => api.store.submissions.outbox();

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      deliveries.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answers.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  api = await startTestServer({
    submissions: { now: () => clock, rateLimit: undefined },
    webhook: { url: `http://127.0.0.1:${port}/hooks/gcm`, secret: SECRET, pollMs: 20 },
  });
});

afterAll(async () => {
  await api?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('webhook', () => {
  it('posts each notification signed, and the receiver can check the signature', async () => {
    const receipt = (await send<Receipt>(api, '/v1/submissions', submission('Signed news'))).body;
    await until(() => deliveries.length === 1);
    const [delivery] = deliveries as [Delivery];
    expect(delivery.headers['x-gcm-event']).toBe('submission.received');
    const header = delivery.headers[SIGNATURE_HEADER.toLowerCase()] as string;
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
    const expected = createHmac('sha256', SECRET).update(`${t}.${delivery.body}`).digest();
    expect(timingSafeEqual(Buffer.from(v1 as string, 'hex'), expected)).toBe(true);
    const forged = createHmac('sha256', 'another secret').update(`${t}.${delivery.body}`).digest();
    expect(timingSafeEqual(Buffer.from(v1 as string, 'hex'), forged)).toBe(false);
    const body = JSON.parse(delivery.body);
    expect(body).toMatchObject({
      event: 'submission.received',
      data: {
        submission: { id: receipt.id, reference: receipt.reference, status: 'submitted' },
        // The operator's own mail system needs the address to write to the submitter.
        submitter: { email: 'ana.lima@example.org' },
      },
    });
    await until(async () => (await outbox()).every((m) => m.delivered_at !== null));
  });

  it('retries a failed delivery after 30 s, 1 min, 2 min… of the server’s clock', async () => {
    const reviewer = await token(api, 'Webhook Reviewer');
    const receipt = (await send<Receipt>(api, '/v1/submissions', submission('Flaky receiver')))
      .body;
    const decided = await send(
      api,
      `/v1/review/submissions/${receipt.id}/decisions`,
      { decision: 'request-changes', comment: 'Please add the years.' },
      bearer(reviewer),
    );
    expect(decided.status).toBe(200);
    const pending = async () => (await outbox()).filter((m) => m.delivered_at === null);
    await until(async () => (await pending()).length === 0);

    // The next message meets a receiver that fails three times.
    answers.push(500, 503, 500);
    const before = deliveries.length;
    const replied = await send(
      api,
      `/v1/submissions/${receipt.id}/replies?token=${receipt.token}`,
      { message: 'From 2019 to 2023.' },
    );
    expect(replied.status).toBe(201);
    const start = clock.getTime();
    const waits: number[] = [];
    for (let failure = 1; failure <= 3; failure++) {
      // Attempt `failure` has ended once its error is written.
      await until(async () => {
        const [message] = await pending();
        return message?.attempts === failure && message.last_error !== null;
      });
      const [message] = await pending();
      const next = Date.parse(message?.next_attempt_at as string);
      // Not due yet: nothing is sent however long the test waits, until the clock moves.
      expect(next).toBeGreaterThan(clock.getTime());
      expect(message?.last_error).toMatch(/^HTTP 50[03]$/);
      waits.push(next - clock.getTime());
      clock = new Date(next);
    }
    expect(waits).toEqual([30_000, 60_000, 120_000]);
    await until(async () => (await pending()).length === 0);
    expect(deliveries.slice(before).map((d) => d.headers['x-gcm-event'])).toEqual([
      'submission.replied',
      'submission.replied',
      'submission.replied',
      'submission.replied',
    ]);
    // The same delivery id each time, so a receiver can drop a repeat.
    expect(new Set(deliveries.slice(before).map((d) => d.headers['x-gcm-delivery'])).size).toBe(1);
    expect(clock.getTime() - start).toBe(210_000);
  });
});
