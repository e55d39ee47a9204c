import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/*
 * Secrets of the write path: the submitter's token, reviewer tokens and the
 * answers kept for Idempotency-Key replays. The store keeps hashes, never a
 * token; comparisons take the same time whatever the input.
 */

export const sha256 = (text: string | Buffer): string =>
  createHash('sha256').update(text).digest('hex');

/** 256 random bits, URL-safe: unguessable, and safe in a query string. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Whether `secret` hashes to `storedHash`, in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(sha256(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

// Crockford's base 32: no I, L, O or U, so a reference read aloud is not misheard.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `GCM-2026-7F3K`: four random characters after the year (about a million per year). */
export function newReference(year: number): string {
  const bytes = randomBytes(4);
  const code = [...bytes].map((byte) => CROCKFORD[byte % 32]).join('');
  return `GCM-${year}-${code}`;
}

/*
 * An answer kept for a replay may hold the submitter's token. It is stored
 * encrypted with a key derived from the Idempotency-Key, which only the
 * client knows: the database alone reveals neither.
 */
const cipherKey = (idempotencyKey: string) =>
  createHmac('sha256', idempotencyKey).update('gcm-practices idempotent answer').digest();

export function sealAnswer(idempotencyKey: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cipherKey(idempotencyKey), iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

export function openAnswer(idempotencyKey: string, stored: string): string {
  const [iv, tag, sealed] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', cipherKey(idempotencyKey), iv as Buffer);
  decipher.setAuthTag(tag as Buffer);
  return Buffer.concat([decipher.update(sealed as Buffer), decipher.final()]).toString('utf8');
}
