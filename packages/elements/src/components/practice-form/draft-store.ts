import { type FormDraft, reviveDraft } from './form-draft.js';

/** Prefix of the localStorage keys holding drafts, one per call (`…:any` without a call). */
export const DRAFT_KEY_PREFIX = 'gcm-practice-form:draft:';

/** What is kept between visits: the draft, and when the visitor began it. */
export interface StoredDraft {
  draft: FormDraft;
  /** Epoch milliseconds of the first keystroke, for the submission's `fillSeconds`. */
  startedAt: number;
}

const keyOf = (campaign: string | null) => DRAFT_KEY_PREFIX + (campaign ?? 'any');

/*
 * Every access is guarded: storage may be forbidden (blocked cookies, a
 * sandboxed iframe), full, or hold anything. Then the form simply keeps the
 * draft in memory for the life of the page.
 */

export function loadDraft(campaign: string | null, lang: string): StoredDraft | undefined {
  try {
    const raw = localStorage.getItem(keyOf(campaign));
    if (raw === null) return undefined;
    const parsed = JSON.parse(raw) as { draft?: unknown; startedAt?: unknown };
    const draft = reviveDraft(parsed.draft, lang);
    if (!draft) return undefined;
    const startedAt = typeof parsed.startedAt === 'number' ? parsed.startedAt : Date.now();
    return { draft, startedAt };
  } catch {
    return undefined;
  }
}

/** Keep the draft; false when the browser would not store it. */
export function saveDraft(campaign: string | null, stored: StoredDraft): boolean {
  try {
    localStorage.setItem(keyOf(campaign), JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(campaign: string | null): void {
  try {
    localStorage.removeItem(keyOf(campaign));
  } catch {}
}
