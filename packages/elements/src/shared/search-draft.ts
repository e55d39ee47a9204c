import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Pause after the last keystroke before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * What the visitor types in a search box, applied after a pause in typing (or at once on
 * Enter), so a word typed quickly sends one request rather than one per letter.
 */
export class SearchDraft implements ReactiveController {
  /** The text in the box, which may be ahead of the applied query. */
  value = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `apply` receives the trimmed text, or undefined for an empty box, when it changed. */
  constructor(
    private readonly host: ReactiveControllerHost & { query: string | undefined },
    private readonly apply: (text: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = this.host.query ?? '';
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Call from `willUpdate`: a query set from outside replaces what was typed. */
  follow(): void {
    if ((this.host.query ?? '') !== this.value.trim()) this.value = this.host.query ?? '';
  }

  input = (value: string): void => {
    this.value = value;
    this.host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#commit(value), SEARCH_DEBOUNCE_MS);
  };

  submit = (value: string): void => {
    clearTimeout(this.#timer);
    this.value = value;
    this.host.requestUpdate();
    this.#commit(value);
  };

  clear(): void {
    clearTimeout(this.#timer);
    this.value = '';
  }

  #commit(value: string): void {
    const text = value.trim();
    if (text !== (this.host.query ?? '').trim()) this.apply(text || undefined);
  }
}
