import { LRUCache } from 'lru-cache';

/**
 * Recently compressed bodies by content hash and coding. The same page (the
 * first page of a catalogue, an objective's practices) is asked for over and
 * over, and compressing it again costs more than finding it: brotli takes
 * about as long as the search itself. Bounded by total size, least recently
 * used first out.
 */
const MAX_BYTES = 32 * 1024 * 1024;

const entries = new LRUCache<string, Buffer>({
  maxSize: MAX_BYTES,
  // One huge body must not push out every popular page.
  maxEntrySize: MAX_BYTES / 8,
  sizeCalculation: (body) => Math.max(body.length, 1),
});

export function getCompressed(key: string): Buffer | undefined {
  return entries.get(key);
}

export function putCompressed(key: string, body: Buffer): void {
  if (body.length > MAX_BYTES / 8 || entries.has(key)) return;
  entries.set(key, body);
}
