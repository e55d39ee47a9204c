import { randomBytes } from 'node:crypto';
import type { ReviewerRole } from '@gcm-practices/contract';
import type { Store } from '../store/catalogue-store.js';
import type { TokenRow } from '../store/submission-records.js';
import { newSecret, secretMatches, sha256 } from './secrets.js';

/**
 * Reviewer and admin tokens: `gcmr_<id>_<secret>`. The id finds the record;
 * only the secret's SHA-256 is stored, compared in constant time. A token is
 * printed once, when it is made.
 */
const TOKEN = /^gcmr_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface Reviewer {
  id: string;
  name: string;
  role: ReviewerRole;
}

export interface CreatedToken extends Reviewer {
  /** The token itself: shown once. */
  token: string;
  createdAt: string;
}

export async function createReviewerToken(
  store: Store,
  name: string,
  role: ReviewerRole,
  now = new Date(),
): Promise<CreatedToken> {
  const id = randomBytes(8).toString('hex');
  const secret = newSecret();
  const createdAt = now.toISOString();
  await store.transaction(async ({ submissions }) => {
    await submissions.insertToken({
      id,
      name,
      role,
      secret_hash: sha256(secret),
      created_at: createdAt,
      revoked_at: null,
    });
    await submissions.appendAudit({
      at: createdAt,
      actor_kind: 'operator',
      actor_id: null,
      actor_name: null,
      action: 'token-created',
      submission_id: null,
      reference: null,
      from_status: null,
      to_status: null,
      comment: `${role} token for ${name}`,
      revision: null,
      subject: id,
    });
  });
  return { id, name, role, token: `gcmr_${id}_${secret}`, createdAt };
}

/** False when no active token has this id. */
export async function revokeReviewerToken(
  store: Store,
  id: string,
  now = new Date(),
): Promise<boolean> {
  return store.transaction(async ({ submissions }) => {
    const at = now.toISOString();
    if (!(await submissions.revokeToken(id, at))) return false;
    const token = (await submissions.token(id)) as TokenRow;
    await submissions.appendAudit({
      at,
      actor_kind: 'operator',
      actor_id: null,
      actor_name: null,
      action: 'token-revoked',
      submission_id: null,
      reference: null,
      from_status: null,
      to_status: null,
      comment: `${token.role} token for ${token.name}`,
      revision: null,
      subject: id,
    });
    return true;
  });
}

/** The reviewer a token belongs to, or undefined for a malformed, unknown or revoked one. */
export async function reviewerOf(store: Store, token: string): Promise<Reviewer | undefined> {
  const match = TOKEN.exec(token);
  if (!match) return undefined;
  const row = await store.submissions.token(match[1] as string);
  if (!row || row.revoked_at !== null) return undefined;
  if (!secretMatches(match[2] as string, row.secret_hash)) return undefined;
  return { id: row.id, name: row.name, role: row.role as ReviewerRole };
}
