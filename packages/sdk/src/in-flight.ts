interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; the request is aborted when the last one gives up. */
  callers: number;
}

/**
 * Identical GET requests in flight at the same time share one request.
 *
 * Each caller keeps its own abort: aborting rejects that caller at once with
 * its signal's reason, and the shared request is aborted only when every
 * caller has gone (a caller without a signal never goes). A finished request
 * is forgotten immediately, so this is not a cache: the next call after it
 * settles asks the server again (and the browser's HTTP cache, with the API's
 * ETags, answers cheaply).
 *
 * Callers of a shared request receive the same value; treat results as read-only.
 */
export class InFlightRequests {
  readonly #entries = new Map<string, Entry>();

  /** How many distinct requests are in flight (for tests and diagnostics). */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * Join the request under `key`, or start it with `start`, which must honour
   * the controller's signal. `key` undefined never shares.
   */
  run<T>(
    key: string | undefined,
    start: (controller: AbortController) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);

    let entry = key === undefined ? undefined : this.#entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry = { controller, callers: 0, promise: Promise.resolve() };
      created.promise = start(controller).finally(() => this.#forget(key, created));
      // Every caller handles the outcome; this only keeps a request whose
      // callers all left from surfacing as an unhandled rejection.
      created.promise.catch(() => {});
      if (key !== undefined) this.#entries.set(key, created);
      entry = created;
    }
    entry.callers += 1;
    const shared = entry.promise as Promise<T>;
    if (!signal) return shared;

    const joined = entry;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        joined.callers -= 1;
        if (joined.callers === 0) {
          // Nobody is left to want the answer: stop the request, and let the
          // next identical call start a fresh one instead of joining this one.
          this.#forget(key, joined);
          joined.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  #forget(key: string | undefined, entry: Entry): void {
    if (key !== undefined && this.#entries.get(key) === entry) this.#entries.delete(key);
  }
}
