/** Prefix of the localStorage keys that remember a dismissed banner, one per campaign occurrence. */
export const DISMISS_KEY_PREFIX = 'gcm-campaign-banner:dismissed:';

// Dismissals of this page's lifetime, for when storage is unavailable or throws
// (privacy modes, sandboxed iframes, a full quota).
const dismissedHere = new Set<string>();

/** Whether the visitor dismissed the banner of this occurrence (on this page, or before). */
export function isDismissed(id: string): boolean {
  if (dismissedHere.has(id)) return true;
  try {
    return localStorage.getItem(DISMISS_KEY_PREFIX + id) !== null;
  } catch {
    return false;
  }
}

/** Remember that the visitor dismissed this occurrence; `day` is stored as the value, for whoever inspects it. */
export function rememberDismissal(id: string, day: string): void {
  try {
    localStorage.setItem(DISMISS_KEY_PREFIX + id, day);
  } catch {
    dismissedHere.add(id);
  }
}
