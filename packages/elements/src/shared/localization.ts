import type { LocaleModule, MsgFn, MsgOptions, StrResult } from '@lit/localize';
import { templates as ar } from '../generated/locales/ar.js';
import { templates as es } from '../generated/locales/es.js';
import { templates as fr } from '../generated/locales/fr.js';
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
 * for the length of one render). All four locales are bundled, so the lookup
 * never waits.
 *
 * Every message carries an explicit `id`; without one the English source is used.
 */

const TEMPLATES: Record<Locale, LocaleModule['templates'] | undefined> = {
  en: undefined,
  fr,
  es,
  ar,
};

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
