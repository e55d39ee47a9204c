import { type initialState, Task, type TaskFunctionOptions, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ErrorDetail, emit } from './events.js';

/**
 * Stops a request nobody will see when the element leaves the page, and sends it again if the
 * element comes back (moved by a framework or a CMS, say).
 */
export class TaskResume implements ReactiveController {
  #resume = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly task: Task<readonly unknown[], unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#resume) return;
    this.#resume = false;
    void this.task.run();
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.#resume = true;
    this.task.abort();
  }
}

export interface LoadOptions<A extends readonly unknown[], R> {
  /** The request: pass `signal` on to the SDK so that leaving the page cancels it. */
  task: (args: A, options: TaskFunctionOptions) => Promise<R | typeof initialState>;
  args: () => A;
  /** Handles a failure itself (return true) instead of reporting it as `gcm-error`. */
  recover?: (error: unknown) => boolean;
}

/**
 * An element's load from the API, the one way every element does it: a failure is reported
 * once as `gcm-error` (not when the request was cancelled), and a request still pending when the
 * element leaves the page is cancelled, then sent again if the element comes back.
 */
export function loadTask<const A extends readonly unknown[], R>(
  host: ReactiveControllerHost & EventTarget,
  { task, args, recover }: LoadOptions<A, R>,
): Task<A, R> {
  const loader = new Task<A, R>(host, {
    task: async (values, options) => {
      try {
        return await task(values, options);
      } catch (error) {
        if (!options.signal.aborted && !recover?.(error)) {
          emit<ErrorDetail>(host, 'error', { error });
        }
        throw error;
      }
    },
    args,
  });
  new TaskResume(host, loader as unknown as Task<readonly unknown[], unknown>);
  return loader;
}
