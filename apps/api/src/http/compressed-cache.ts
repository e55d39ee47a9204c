/**
 * Recently compressed bodies by content hash and coding. The same page (the
 * first page of a catalogue, an objective's practices) is asked for over and
 * over, and compressing it again costs more than finding it: brotli takes
 * about as long as the search itself. Bounded by total size, least recently
 * used first out.
 */
const MAX_BYTES = 32 * 1024 * 1024;

const entries = new Map<string, Buffer>();
let bytes = 0;

export function getCompressed(key: string): Buffer | undefined {
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key);
    entries.set(key, hit);
  }
  return hit;
}

export function putCompressed(key: string, body: Buffer): void {
  if (body.length > MAX_BYTES / 8 || entries.has(key)) return;
  entries.set(key, body);
  bytes += body.length;
  for (const [oldest, old] of entries) {
    if (bytes <= MAX_BYTES) break;
    entries.delete(oldest);
    bytes -= old.length;
  }
}
