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
  /** Properties read back by a function of their own; what it returns undefined for is ignored. */
  parse?: Partial<Record<K, (value: string) => unknown>>;
  /** Start of every key: `gcm-`. `sync-url="a"` makes it `gcm-a-`. */
  prefix: string;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || Number.isNaN(value);

/**
 * `sync-url`: the element's filters in the page's query string, read when the element first
 * connects and again when Back or Forward moves through the history, and written as they
 * change (with `history.replaceState`, or `pushState` after `push`), so a filtered view can be
 * shared. The URL carries only what differs from the page's own attributes: a value, or an
 * empty value for a filter the visitor removed; a page number only past the first page. A key
 * the URL lacks, or whose value is not one the property takes, means the attribute's value.
 */
export class UrlState<K extends string> implements ReactiveController {
  /**
   * Set before a change the visitor will want Back to undo (choosing an objective): the next
   * write adds a history entry instead of replacing the current one.
   */
  push = false;
  /** The properties as the attributes set them, before the URL is read. */
  #defaults: Record<K, unknown> | undefined;
  /** The state last written or read; empty until the first update, which tidies the URL. */
  #written = '';

  constructor(
    private readonly host: UrlStateHost<K>,
    private readonly options: UrlStateOptions<K>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#follow);
    if (this.#defaults) return;
    this.#defaults = this.#snapshot();
    if (this.host.syncUrl !== null) this.#read();
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#follow);
  }

  hostUpdated(): void {
    const push = this.push;
    this.push = false;
    if (this.host.syncUrl === null) return;
    const state = this.#snapshot();
    const serialized = JSON.stringify(state);
    if (serialized === this.#written) return;
    this.#written = serialized;
    this.#write(state, push);
  }

  /** Back or Forward: show what the URL now says; it needs no writing back. */
  #follow = (): void => {
    if (this.host.syncUrl === null) return;
    this.#read();
    this.#written = JSON.stringify(this.#snapshot());
  };

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
      host[prop] = this.#parse(prop, params.get(this.#prefix + key));
    }
  }

  /** A property's value from the URL's `value`: undefined for none, the default when unusable. */
  #parse(prop: K, value: string | null): unknown {
    const fallback = this.#defaults?.[prop];
    const parse = this.options.parse?.[prop];
    if (value === null) return fallback;
    if (parse) return parse(value) ?? fallback;
    if (value === '') return undefined;
    if (!this.options.numbers.includes(prop)) return value;
    return Number.isInteger(Number(value)) ? Number(value) : fallback;
  }

  #write(state: Record<K, unknown>, push: boolean): void {
    const url = new URL(location.href);
    for (const [prop, key] of this.#entries()) {
      const value = state[prop];
      const initial = this.#defaults?.[prop];
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
    if (url.href === location.href) return;
    history[push ? 'pushState' : 'replaceState'](history.state, '', url);
  }
}
