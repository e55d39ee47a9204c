/** Languages the elements speak. English is the source language. */
export const LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';
const RTL: ReadonlySet<string> = new Set(['ar']);

/** `fr-CA` → `fr`; anything unsupported → undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] as Locale;
  return LOCALES.includes(primary) ? primary : undefined;
}

/**
 * The element's language: its own `lang`, else the closest ancestor's `lang`
 * (within the same tree), else `<html lang>`, else English. A language the kit
 * does not speak counts as English.
 */
export function resolveLocale(el: Element): Locale {
  // On a server (@lit-labs/ssr's element shim) there is no tree to climb: the element's own
  // `lang` decides, and the browser takes over at hydration.
  if (typeof el.closest !== 'function')
    return matchLocale(el.getAttribute?.('lang')) ?? SOURCE_LOCALE;
  const tagged = el.closest('[lang]:not([lang=""])');
  const tag = tagged?.getAttribute('lang') ?? el.ownerDocument?.documentElement.lang;
  return matchLocale(tag) ?? SOURCE_LOCALE;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

type Listener = { requestUpdate(): void };
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Re-render `el` whenever a `lang` attribute changes anywhere in the document
 * (a page switching language, or an ancestor's `lang` edited). One observer
 * serves every element; `lang` rarely changes, so it costs nothing at rest.
 */
export function watchLang(el: Listener): void {
  listeners.add(el);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const l of listeners) l.requestUpdate();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

export function unwatchLang(el: Listener): void {
  listeners.delete(el);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
