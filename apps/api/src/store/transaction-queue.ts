/**
 * Runs asynchronous transactions one after another: a store has one writing
 * connection, and a second BEGIN on it while the first awaits would fail.
 */
export class TransactionQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(work, work);
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every transaction queued so far has finished. */
  idle(): Promise<void> {
    return this.#tail.then(() => undefined);
  }
}
