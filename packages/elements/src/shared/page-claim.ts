const CLAIM = Symbol.for('gcm-practices.cdn');
type ClaimedGlobal = typeof globalThis & { [CLAIM]?: { version: string; file: string } };

/**
 * Mark the page as served by this copy of the CDN build. Returns false when
 * another copy (the loader or the one-file build, from any URL) came first:
 * that one registers the elements, and when it is another release one
 * warning names both versions.
 */
export function claimPage(version: string, file: string): boolean {
  const g = globalThis as ClaimedGlobal;
  const first = g[CLAIM];
  if (!first) {
    g[CLAIM] = { version, file };
    return true;
  }
  if (first.version !== version) {
    console.warn(
      `@gcm-practices/elements: ${first.file} ${first.version} is already on this page; ` +
        `${file} ${version} loaded after it does nothing. Load one copy only.`,
    );
  }
  return false;
}
