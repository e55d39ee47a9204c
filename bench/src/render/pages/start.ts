/**
 * The first script of every benchmark page, classic and inline at the top of
 * `<head>`: "script start" is the moment it runs. It also turns any error on
 * the page (an uncaught exception, a rejected promise, a `gcm-error` event
 * from an element) into a failed run instead of a page that never finishes.
 */
import type { BenchState } from './probe.js';

const t0 = performance.now();
let resolveRun: (result: BenchState['result']) => void = () => {};
let rejectRun: (error: Error) => void = () => {};
const finished = new Promise<BenchState['result']>((resolve, reject) => {
  resolveRun = resolve;
  rejectRun = reject;
});
// Settled before the harness awaits it: keep it from counting as unhandled.
finished.catch(() => {});

const state: BenchState = {
  t0,
  progress: 0,
  finished,
  resolve(result) {
    if (state.error || state.result) return;
    state.result = result;
    resolveRun(result);
  },
  reject(message) {
    if (state.error || state.result) return;
    state.error = message;
    rejectRun(new Error(message));
  },
};
window.__bench = state;

const describe = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);

addEventListener('error', (event) =>
  state.reject(`uncaught ${describe(event.error ?? event.message)}`),
);
addEventListener('unhandledrejection', (event) =>
  state.reject(`unhandled rejection ${describe(event.reason)}`),
);
addEventListener('gcm-error', (event) =>
  state.reject(`gcm-error ${describe((event as CustomEvent<{ error: unknown }>).detail?.error)}`),
);
