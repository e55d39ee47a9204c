import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { getCompressed, putCompressed } from './compressed-cache.js';
import {
  compress,
  type Encoding,
  MIN_COMPRESSIBLE_BYTES,
  negotiateEncoding,
} from './compression.js';

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/**
 * Does an If-None-Match header name this body? GET uses the weak comparison
 * (RFC 9110 §13.1.2), so `W/` is ignored, and a tag of any content coding of
 * the same body matches: a cache holding the gzip variant may revalidate
 * while asking for br.
 */
function matchesIfNoneMatch(header: string | undefined, hash: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  for (const tag of header.match(/(?:W\/)?"[^"]*"/g) ?? []) {
    const opaque = tag.replace(/^W\//, '').slice(1, -1);
    if (opaque === hash || opaque.replace(/-(?:br|gzip)$/, '') === hash) return true;
  }
  return false;
}

/**
 * A successful JSON response: strong ETag from the body's hash, 304 when the
 * client already has it, shared-cache headers, and br/gzip when accepted.
 * Each content coding is a different representation, so it gets its own
 * strong tag (the identity tag plus `-br` or `-gzip`).
 */
export async function sendJson(
  c: Context,
  json: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const identity = Buffer.from(json, 'utf8');
  const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
  const encoding: Encoding =
    identity.length >= MIN_COMPRESSIBLE_BYTES
      ? negotiateEncoding(c.req.header('Accept-Encoding'))
      : 'identity';
  const common: Record<string, string> = {
    ETag: encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`,
    'Cache-Control': CACHE_CONTROL,
    Vary: 'Accept-Encoding',
    ...headers,
  };
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), hash)) {
    return c.body(null, 304, common);
  }
  let payload: Buffer = identity;
  if (encoding !== 'identity') {
    const key = `${hash}:${encoding}`;
    const cached = getCompressed(key);
    if (cached) {
      payload = cached;
    } else {
      payload = await compress(identity, encoding);
      putCompressed(key, payload);
    }
  }
  return c.body(
    new Uint8Array(payload.buffer as ArrayBuffer, payload.byteOffset, payload.length),
    200,
    {
      ...common,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(payload.length),
      ...(encoding !== 'identity' && { 'Content-Encoding': encoding }),
    },
  );
}
