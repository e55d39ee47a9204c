/**
 * A `fetch` that answers from memory, for tests whose subject is time (timeouts, backoff,
 * Retry-After) on a fake clock: no socket and no timer of its own, so only the client's
 * timers decide when anything happens, and each call records the fake `Date.now()`.
 * Behaviour over real HTTP is tested against the hostile server instead.
 */
export type Answer = () => Response;

/** An answer that never comes; the call ends only when its signal aborts, as with `fetch`. */
export const never: Answer = () => {
  throw new Error('`never` is handled by scriptedFetch');
};

export interface ScriptedFetch {
  fetch: typeof globalThis.fetch;
  /** `Date.now()` at each call, in order. */
  calls: number[];
  /** Milliseconds between consecutive calls. */
  gaps(): number[];
}

/** Call n gets `answers[n]`; later calls get the last one. */
export function scriptedFetch(...answers: Answer[]): ScriptedFetch {
  const calls: number[] = [];
  const fetch: typeof globalThis.fetch = (_input, init) => {
    const answer = answers[Math.min(calls.length, answers.length - 1)] as Answer;
    calls.push(Date.now());
    if (answer === never) {
      return new Promise((_resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    return Promise.resolve(answer());
  };
  return {
    fetch,
    calls,
    gaps: () => calls.slice(1).map((at, i) => at - (calls[i] as number)),
  };
}

export function problemAnswer(status: number, headers: Record<string, string> = {}): Answer {
  return () =>
    new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status }), {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    });
}

/** Headers and the start of a body, then nothing more. */
export const stalledBody: Answer = () =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"data":['));
      },
    }),
    { headers: { 'content-type': 'application/json' } },
  );

export function jsonAnswer(body: unknown): Answer {
  return () =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}
