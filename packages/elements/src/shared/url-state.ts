import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element whose `sync-url` attribute keeps some of its properties in the query string. */
export type UrlStateHost<K extends string> = ReactiveControllerHost & {
  /** `null` without the attribute; its value (may be empty) namespaces the keys. */
  syncUrl: string | null;
} & Record<K, unknown>;

export interface UrlStateOptions<K extends string> {
  /** Property → query-string key, after the prefix: `{ query: 'q', page: 'page' }`. */
  keys: Record<K, string>;
  /** Properties read back as whole numbers (an empty value means none). */
  numbers: readonly K[];
  /** Start of every key: `gcm-`. `sync-url="a"` makes it `gcm-a-`. */
  prefix: string;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || Number.isNaN(value);

/**
 * `sync-url`: the element's filters in the page's query string, written with
 * `history.replaceState` as they change and read once when the element first connects, so a
 * filtered view can be shared. The URL carries only what differs from the page's own
 * attributes: a value, or an empty value for a filter the visitor removed; a page number only
 * past the first page.
 */
export class UrlState<K extends string> implements ReactiveController {
  /** The properties as the attributes set them, before the URL is read. */
  #defaults: Record<K, unknown> | undefined;
  #written = '';

  constructor(
    private readonly host: UrlStateHost<K>,
    private readonly options: UrlStateOptions<K>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#defaults) return;
    this.#defaults = this.#snapshot();
    if (this.host.syncUrl !== null) this.#read();
    this.#written = JSON.stringify(this.#snapshot());
  }

  hostUpdated(): void {
    if (this.host.syncUrl === null) return;
    const state = this.#snapshot();
    const serialized = JSON.stringify(state);
    if (serialized === this.#written) return;
    this.#written = serialized;
    this.#write(state);
  }

  get #prefix(): string {
    const ns = this.host.syncUrl?.trim();
    return ns ? `${this.options.prefix}${ns}-` : this.options.prefix;
  }

  #entries(): [K, string][] {
    return Object.entries(this.options.keys) as [K, string][];
  }

  #snapshot(): Record<K, unknown> {
    const state = {} as Record<K, unknown>;
    for (const [prop] of this.#entries()) state[prop] = this.host[prop];
    return state;
  }

  #read(): void {
    const params = new URLSearchParams(location.search);
    const host = this.host as Record<K, unknown>;
    for (const [prop, key] of this.#entries()) {
      const value = params.get(this.#prefix + key);
      if (value === null) continue;
      if (!this.options.numbers.includes(prop)) {
        host[prop] = value || undefined;
      } else if (value === '') {
        host[prop] = undefined;
      } else if (Number.isInteger(Number(value))) {
        host[prop] = Number(value);
      }
    }
  }

  #write(state: Record<K, unknown>): void {
    const url = new URL(location.href);
    const defaults = this.#defaults ?? ({} as Record<K, unknown>);
    for (const [prop, key] of this.#entries()) {
      const value = state[prop];
      const initial = defaults[prop];
      const name = this.#prefix + key;
      if (
        (isEmpty(value) && isEmpty(initial)) ||
        value === initial ||
        (key === 'page' && value === 1)
      ) {
        url.searchParams.delete(name);
      } else {
        url.searchParams.set(name, isEmpty(value) ? '' : String(value));
      }
    }
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }
}
