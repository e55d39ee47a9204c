import { describe, expect, it } from 'vitest';
import { InFlightRequests } from '../src/in-flight.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('InFlightRequests', () => {
  it('starts one request per key while it is in flight', async () => {
    const inFlight = new InFlightRequests();
    const gate = deferred<string>();
    let starts = 0;
    const start = () => {
      starts += 1;
      return gate.promise;
    };
    const a = inFlight.run('k', start);
    const b = inFlight.run('k', start);
    const c = inFlight.run('other', start);
    expect(inFlight.size).toBe(2);
    gate.resolve('v');
    expect(await Promise.all([a, b, c])).toEqual(['v', 'v', 'v']);
    expect(starts).toBe(2);
    expect(inFlight.size).toBe(0);
  });

  it('never shares without a key', async () => {
    const inFlight = new InFlightRequests();
    let starts = 0;
    await Promise.all([
      inFlight.run(undefined, async () => ++starts),
      inFlight.run(undefined, async () => ++starts),
    ]);
    expect(starts).toBe(2);
  });

  it('aborts the shared controller only when the last caller aborts', async () => {
    const inFlight = new InFlightRequests();
    let shared: AbortController | undefined;
    const gate = deferred<string>();
    const start = (controller: AbortController) => {
      shared = controller;
      return gate.promise;
    };
    const one = new AbortController();
    const two = new AbortController();
    const a = inFlight.run('k', start, one.signal);
    const b = inFlight.run('k', start, two.signal);
    one.abort('first');
    await expect(a).rejects.toBe('first');
    expect(shared?.signal.aborted).toBe(false);
    two.abort('second');
    await expect(b).rejects.toBe('second');
    expect(shared?.signal.aborted).toBe(true);
    expect(shared?.signal.reason).toBe('second');
    expect(inFlight.size).toBe(0);
    gate.resolve('late');
  });
});
