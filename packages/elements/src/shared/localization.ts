import type { LocaleModule, MsgFn, MsgOptions, StrResult } from '@lit/localize';
import type { Locale } from './locale.js';

export { str } from '@lit/localize';

/*
 * Per-element languages with @lit/localize.
 *
 * @lit/localize keeps one active locale per page (its runtime `msg()` reads a
 * global), but two elements on one page may speak different languages, and the
 * host page may use @lit/localize for itself. So the elements do not install
 * anything global: this module's `msg()` has the type of @lit/localize's (the
 * extractor recognises it by that type), looks the message up in the templates
 * that `lit-localize build` generates in runtime mode, and answers in the locale
 * of the element currently rendering (set by GcmElement.update, synchronously,
 * for the length of one render).
 *
 * A language's strings are loaded when the first element needs them
 * (`localeReady`), so an English page downloads no translation at all and a
 * French one only the French. GcmElement waits for them before it renders, so
 * a lookup never waits and a page never flashes English first.
 *
 * Every message carries an explicit `id`; without one the English source is used.
 */

type Templates = LocaleModule['templates'];

// Relative dynamic imports: the CDN build makes each language a chunk beside the
// element chunks, and bundlers of npm users split them the same way.
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ templates: Templates }>> = {
  fr: () => import('../generated/locales/fr.js'),
  es: () => import('../generated/locales/es.js'),
  ar: () => import('../generated/locales/ar.js'),
};

const TEMPLATES: Partial<Record<Locale, Templates>> = {};
const loading = new Map<Locale, Promise<void>>();

/**
 * Undefined when `locale`'s strings are ready (English always is), else a
 * promise that settles once they are. When they cannot be loaded (the chunk
 * is blocked or the network fails) the promise still resolves, and messages
 * fall back to English rather than leave the element blank.
 */
export function localeReady(locale: Locale): Promise<void> | undefined {
  if (locale === 'en' || TEMPLATES[locale]) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then(
      (module) => {
        TEMPLATES[locale] = module.templates;
      },
      (error: unknown) => {
        console.warn(`@gcm-practices/elements: the ${locale} strings could not be loaded`, error);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

let current: Locale = 'en';

function join(strings: readonly string[], values: readonly unknown[], order?: readonly number[]) {
  let out = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) {
    out += String(values[order ? (order[i - 1] as number) : i - 1]) + strings[i];
  }
  return out;
}

function lookup(template: string | StrResult, options?: MsgOptions): string {
  const localized = options?.id === undefined ? undefined : TEMPLATES[current]?.[options.id];
  const values = typeof template === 'string' ? [] : template.values;
  if (typeof localized === 'string') return localized;
  if (localized && 'strTag' in localized) {
    return join(localized.strings, values, localized.values as unknown as number[]);
  }
  return typeof template === 'string' ? template : join(template.strings, values);
}

/** A localised message, in the language of the element being rendered. */
export const msg = lookup as MsgFn;

/** Run `fn` with msg() answering in `locale`. */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}
