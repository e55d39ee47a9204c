/** An element class that knows which release of the kit it came from. */
export type VersionedElement = CustomElementConstructor & { readonly version?: string };

const WARNED = Symbol.for('gcm-practices.define-warnings');
type GlobalWithWarnings = typeof globalThis & { [WARNED]?: Set<string> };

/**
 * Register `ctor` as `tag` unless the tag is taken. Loading the kit twice (say, the
 * embed bundle and an npm copy) must never break the page: the first definition
 * wins, and when the two copies are different releases one warning names both.
 * Returns the constructor that owns the tag.
 */
export function defineElement(
  tag: string,
  ctor: VersionedElement,
  version: string = ctor.version ?? 'unknown',
): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return ctor;
  }
  if (existing !== ctor) {
    const existingVersion = existing.version ?? 'unknown';
    if (existingVersion !== version) {
      // One warning per pair of versions, shared by every copy on the page.
      const g = globalThis as GlobalWithWarnings;
      const warned = g[WARNED] ?? new Set<string>();
      g[WARNED] = warned;
      const key = `${existingVersion}|${version}`;
      if (!warned.has(key)) {
        warned.add(key);
        console.warn(
          `@gcm-practices/elements: <${tag}> is already defined by version ${existingVersion}; ` +
            `version ${version} loaded on the same page was not registered. Load one copy only.`,
        );
      }
    }
  }
  return existing;
}
