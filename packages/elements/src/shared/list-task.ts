import { isApiError } from '@gcm-practices/sdk';
import { type Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * True when the API refused the `page` asked for (a shared link to page 9 of a list that
 * has shrunk): the list elements then go back to page 1 instead of showing an error.
 */
export function isPageRejected(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.status === 400 &&
    (error.problem?.invalidParams?.some((p) => p.name === 'page') ?? false)
  );
}

/**
 * Stops a list request nobody will see when the element leaves the page, and sends it again
 * if the element comes back (moved by a framework or a CMS, say).
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
