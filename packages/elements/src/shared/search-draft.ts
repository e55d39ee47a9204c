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
  /** The query the value last followed. */
  #query: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `apply` receives the trimmed text, or undefined for an empty box, when it changed. */
  constructor(
    private readonly host: ReactiveControllerHost & { query: string | undefined },
    private readonly apply: (text: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = this.host.query;
    this.value = this.host.query ?? '';
  }

  /** A query set from outside (an attribute, the URL, Clear filters) replaces what was typed. */
  hostUpdate(): void {
    const query = this.host.query;
    if (query === this.#query) return;
    this.#query = query;
    if ((query ?? '') !== this.value.trim()) this.value = query ?? '';
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
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
