import type { BaseClient } from './base-client.js';

/**
 * The reviewer token of a client, kept out of the client object so that
 * logging or serialising the client cannot print it. Sent only on review
 * calls, so catalogue reads stay simple CORS requests.
 */
const tokens = new WeakMap<BaseClient, string>();

export function rememberToken(client: BaseClient, token: string | undefined): void {
  if (token !== undefined) tokens.set(client, token);
}

/** `Authorization: Bearer …` for a review call, or a TypeError when the client has no token. */
export function reviewHeaders(client: BaseClient, headers?: HeadersInit): Headers {
  const token = tokens.get(client);
  if (token === undefined) {
    throw new TypeError('review calls need a reviewer token: createClient({ baseUrl, token })');
  }
  const merged = new Headers(headers);
  merged.set('authorization', `Bearer ${token}`);
  return merged;
}
