import pg from 'pg';

export const CATALOGUE_CHANNEL = 'gcm_catalogue';
const RECONNECT_MS = 500;
/** A read replica can neither LISTEN nor receive notifications: it is polled this often. */
const REPLICA_POLL_MS = 500;

/**
 * Keeps the catalogue version current from PostgreSQL notifications: every
 * catalogue write commits a `NOTIFY gcm_catalogue, '<version>'`, and every API
 * process listening on one connection of its own learns of it within
 * milliseconds. While that connection is down (a restart, a failover), the
 * version is read from the database on each request instead, and the listener
 * reconnects every half second. On a read replica, which cannot LISTEN, the
 * version is read every half second.
 */
export class CatalogueListener {
  readonly #config: pg.ClientConfig;
  readonly #readVersion: () => Promise<string>;
  readonly #onVersion: (version: string) => void;
  #client: pg.Client | undefined;
  #retry: NodeJS.Timeout | undefined;
  #poll: NodeJS.Timeout | undefined;
  #closed = false;
  /** Set while the listening connection is up. */
  listening = false;

  constructor(
    config: pg.ClientConfig,
    readVersion: () => Promise<string>,
    onVersion: (version: string) => void,
  ) {
    this.#config = config;
    this.#readVersion = readVersion;
    this.#onVersion = onVersion;
  }

  async start(): Promise<void> {
    const client = new pg.Client(this.#config);
    client.on('error', () => this.#lost(client));
    client.on('end', () => this.#lost(client));
    client.on('notification', (message) => {
      if (message.channel === CATALOGUE_CHANNEL && message.payload)
        this.#onVersion(message.payload);
    });
    await client.connect();
    try {
      await client.query(`LISTEN ${CATALOGUE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      // 25006: a hot standby (read replica) refuses LISTEN; notifications
      // are not replicated anyway, so the version is read on a timer instead.
      if ((error as { code?: string }).code !== '25006') throw error;
      this.#startPolling();
      return;
    }
    if (this.#closed) {
      await client.end();
      return;
    }
    this.#client = client;
    this.listening = true;
    // Changes made while no one listened.
    this.#onVersion(await this.#readVersion());
  }

  #startPolling(): void {
    this.listening = true;
    const poll = () => {
      this.#readVersion().then(
        (version) => {
          this.listening = true;
          this.#onVersion(version);
        },
        () => {
          // Unreachable for now: read on each request until it answers again.
          this.listening = false;
        },
      );
    };
    poll();
    this.#poll = setInterval(poll, REPLICA_POLL_MS);
    this.#poll.unref();
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    this.listening = false;
    client.end().catch(() => undefined);
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    if (this.#closed || this.#retry) return;
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      this.start().catch(() => this.#scheduleReconnect());
    }, RECONNECT_MS);
    this.#retry.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    clearInterval(this.#poll);
    const client = this.#client;
    this.#client = undefined;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }
}
