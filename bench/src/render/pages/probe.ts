/**
 * Browser side of the render benchmark, inlined into every page. The page's
 * first script (see `START_SCRIPT` in pages.ts) records `t0` and creates
 * `window.__bench`; `watch()` checks once per animation frame whether the
 * expected cards are complete. In the first frame where they are, it forces
 * style and layout and notes `laidOut`; that frame then paints, and the next
 * frame's callback notes `painted`.
 */

export interface BenchState {
  /** performance.now() when the page's first script ran. */
  t0: number;
  /** performance.now() when the page's own module started: the widget's code is loaded and run. */
  codeReady?: number;
  /** Complete cards so far, for the message when a page never finishes. */
  progress: number;
  error?: string;
  result?: { laidOut: number; painted: number; titles: string[] };
  finished: Promise<BenchState['result']>;
  resolve(result: BenchState['result']): void;
  reject(message: string): void;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

export const bench = (): BenchState => window.__bench;

export function expectedCount(): number {
  return Number(document.documentElement.dataset.count);
}

export function apiUrl(): string {
  return document.documentElement.dataset.api as string;
}

/**
 * Poll `complete()` (the number of finished cards) each frame until it
 * reaches the expected count. Called first thing by each page's module, which
 * runs once the widget's own module has run (module scripts run in order).
 */
export function watch(complete: () => number, titles: () => string[]): void {
  const state = bench();
  state.codeReady = performance.now();
  const expected = expectedCount();
  const tick = () => {
    if (state.error) return;
    state.progress = complete();
    if (state.progress < expected) {
      requestAnimationFrame(tick);
      return;
    }
    if (state.progress > expected) {
      state.reject(`expected ${expected} cards, found ${state.progress}`);
      return;
    }
    document.body.getBoundingClientRect();
    const laidOut = performance.now();
    requestAnimationFrame(() => {
      state.resolve({ laidOut, painted: performance.now(), titles: titles() });
    });
  };
  requestAnimationFrame(tick);
}
