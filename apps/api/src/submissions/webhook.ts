import { createHmac } from 'node:crypto';
import { type Logger, silentLogger } from '../logger.js';
import type { Store } from '../store/catalogue-store.js';
import type { OutboxRow } from '../store/submission-records.js';

/*
 * Notifications leave through the outbox: every action writes its message in
 * its own transaction, and this dispatcher posts the messages to WEBHOOK_URL,
 * signed, until the receiver answers 2xx, backing off between failures. Any
 * number of instances may run it: each message is claimed before it is sent.
 * A receiver may see a message twice (a crash after sending, before marking):
 * `X-GCM-Delivery` identifies it.
 */

export const SIGNATURE_HEADER = 'X-GCM-Signature';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver
 * recomputes it with the shared secret, compares in constant time, and may
 * refuse old timestamps to stop replays.
 */
export function signature(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/** 30 s, 1 min, 2 min, … doubling up to 6 h between attempts. */
export const backoffMs = (failures: number) =>
  Math.min(30_000 * 2 ** (failures - 1), 6 * 60 * 60 * 1000);

export interface WebhookOptions {
  url: string;
  secret: string;
  store: Store;
  logger?: Logger;
  now?: () => Date;
  fetch?: typeof globalThis.fetch;
  /** How often to look for due messages. */
  pollMs?: number;
  /** Attempts before a message is left alone (it stays in the outbox). */
  maxAttempts?: number;
  /** Longest wait for the receiver's answer. */
  timeoutMs?: number;
}

const NEVER = '9999-12-31T23:59:59.999Z';
const BATCH = 20;

export class WebhookDispatcher {
  readonly #options: Required<Omit<WebhookOptions, 'logger' | 'fetch'>> & {
    logger: Logger;
    fetch: typeof globalThis.fetch;
  };
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(options: WebhookOptions) {
    this.#options = {
      logger: silentLogger,
      now: () => new Date(),
      fetch: (input, init) => globalThis.fetch(input, init),
      pollMs: 1000,
      maxAttempts: 12,
      timeoutMs: 10_000,
      ...options,
    };
  }

  /** Poll for due messages until `stop()`. */
  start(): void {
    const tick = () => {
      if (this.#stopped) return;
      this.#running = this.deliverDue()
        .catch((error: unknown) => this.#options.logger.warn('webhook poll failed', { error }))
        .finally(() => {
          if (!this.#stopped) this.#timer = setTimeout(tick, this.#options.pollMs).unref();
        });
    };
    tick();
  }

  /** Send every message due now, once each; returns how many were delivered. */
  async deliverDue(): Promise<number> {
    const { store, now } = this.#options;
    const due = await store.submissions.dueMessages(now().toISOString(), BATCH);
    let delivered = 0;
    for (const message of due) {
      if (await this.#deliver(message)) delivered++;
    }
    return delivered;
  }

  async #deliver(message: OutboxRow): Promise<boolean> {
    const { store, now, url, secret, logger, timeoutMs, maxAttempts } = this.#options;
    const claimedAt = now();
    const lease = new Date(claimedAt.getTime() + timeoutMs * 2).toISOString();
    const claimed = await store.transaction(({ submissions }) =>
      submissions.claimMessage(message, lease),
    );
    if (!claimed) return false;
    const attempt = Number(message.attempts) + 1;
    const body = JSON.stringify({
      id: Number(message.id),
      event: message.event,
      at: message.at,
      data: JSON.parse(message.payload),
    });
    let failure: string;
    try {
      const response = await this.#options.fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'gcm-practices-api webhook',
          'X-GCM-Event': message.event,
          'X-GCM-Delivery': String(message.id),
          [SIGNATURE_HEADER]: signature(secret, body, claimedAt),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      await response.body?.cancel();
      if (response.ok) {
        await store.transaction(({ submissions }) =>
          submissions.markDelivered(Number(message.id), now().toISOString()),
        );
        logger.info('webhook delivered', { delivery: message.id, event: message.event, attempt });
        return true;
      }
      failure = `HTTP ${response.status}`;
    } catch (error) {
      failure = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
    }
    const giveUp = attempt >= maxAttempts;
    const next = giveUp ? NEVER : new Date(now().getTime() + backoffMs(attempt)).toISOString();
    await store.transaction(({ submissions }) =>
      submissions.markFailed(Number(message.id), failure.slice(0, 500), next),
    );
    logger.warn(giveUp ? 'webhook given up' : 'webhook failed', {
      delivery: message.id,
      event: message.event,
      attempt,
      error: failure,
      ...(!giveUp && { retryAt: next }),
    });
    return false;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }
}
