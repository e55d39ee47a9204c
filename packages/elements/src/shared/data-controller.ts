import type { Taxonomies } from '@gcm-practices/contract';
import { type BaseClient, createBaseClient, getTaxonomies } from '@gcm-practices/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

declare const __GCM_DEFAULT_API__: string | undefined;

/**
 * The SDK client the elements use: the transport alone, with the standalone
 * endpoint functions, so the embed bundle carries only the endpoints it calls.
 * A full `createClient()` client works too.
 */
export type PracticesClient = BaseClient;

/** Name of the `<meta>` that sets the API for every element on the page. */
export const API_META_NAME = 'gcm-practices-api';

/**
 * The API used when neither the `api` attribute nor the `<meta>` names one: none in the npm
 * build, so an element never calls an address the page did not give it; the CDN build's
 * `GCM_DEFAULT_API` (set when it is built) otherwise.
 */
export const DEFAULT_API: string | undefined =
  typeof __GCM_DEFAULT_API__ === 'string' && __GCM_DEFAULT_API__ ? __GCM_DEFAULT_API__ : undefined;

/** Why an element that must load its data cannot: the page named no API. */
export const NO_API_MESSAGE = `No practices API address: set the element's \`api\` attribute or <meta name="${API_META_NAME}" content="https://…"> in the page.`;

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** The `api` attribute. */
  api?: string | undefined;
  /** A client supplied by the page, used instead of one built from the base URL. */
  client?: PracticesClient | undefined;
}

// Elements that share a base URL and language share a client, so identical
// requests in flight (say, twenty cards asking for the taxonomies) are sent once.
const clients = new Map<string, PracticesClient>();
const taxonomyCache = new WeakMap<PracticesClient, Promise<Taxonomies>>();

/**
 * Everything an element needs to reach the API: where it is, a client for it,
 * and the taxonomies (labels for ids) fetched once per client.
 * Elements never talk HTTP themselves.
 */
export class DataController implements ReactiveController {
  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The `api` attribute, else `<meta name="gcm-practices-api">`, else the build's default, if any. */
  get baseUrl(): string | undefined {
    return this.named ?? DEFAULT_API;
  }

  /** True when the page chose where the data comes from: a `client`, `api`, or the `<meta>`. */
  get chosen(): boolean {
    return Boolean(this.host.client || this.named);
  }

  /** The `api` attribute, else `<meta name="gcm-practices-api">`. */
  private get named(): string | undefined {
    const attr = this.host.api?.trim();
    if (attr) return attr;
    const meta = this.host.ownerDocument
      ?.querySelector(`meta[name="${API_META_NAME}"]`)
      ?.getAttribute('content')
      ?.trim();
    return meta || undefined;
  }

  /** The client for the current base URL and language (or the one the page supplied). */
  clientFor(lang: string): PracticesClient {
    if (this.host.client) return this.host.client;
    let baseUrl = this.baseUrl ?? '';
    if (baseUrl) {
      try {
        baseUrl = new URL(baseUrl, this.host.ownerDocument?.baseURI).href;
      } catch {}
    }
    const key = `${lang} ${baseUrl}`;
    let client = clients.get(key);
    if (!client) {
      try {
        if (!baseUrl) throw new Error(NO_API_MESSAGE);
        client = createBaseClient({ baseUrl, lang });
      } catch (error) {
        // A missing or malformed `api` must not break rendering: every call fails with the reason instead.
        const fail = () => Promise.reject(error);
        client = { baseUrl, getJson: fail, send: fail };
      }
      clients.set(key, client);
    }
    return client;
  }

  /** The taxonomies for `client`, fetched once; a failure is forgotten so the next call retries. */
  taxonomies(client: PracticesClient): Promise<Taxonomies> {
    let pending = taxonomyCache.get(client);
    if (!pending) {
      pending = getTaxonomies(client);
      taxonomyCache.set(client, pending);
      pending.catch(() => taxonomyCache.delete(client));
    }
    return pending;
  }
}
