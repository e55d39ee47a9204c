import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { templates as ar } from '../generated/locales/ar.js';
import { templates as es } from '../generated/locales/es.js';
import { templates as fr } from '../generated/locales/fr.js';
import { LOCALES, type Locale, SOURCE_LOCALE } from './locale.js';

/*
 * @lit/localize keeps one active locale per page, but two elements on one page
 * may speak different languages. We configure it in reentrant mode: msg() asks
 * `getLocale()` before every lookup, and each element sets that locale only for
 * the duration of its own synchronous render (see GcmElement.update). All four
 * locales are bundled, so the lookup is synchronous.
 */

const modules: Record<Exclude<Locale, 'en'>, LocaleModule> = {
  fr: { templates: fr },
  es: { templates: es },
  ar: { templates: ar },
};

let current: Locale = SOURCE_LOCALE;
let configured = false;

/** Install the msg() implementation once, the first time an element is created. */
export function ensureLocalization(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: LOCALES.filter((l) => l !== SOURCE_LOCALE),
      getLocale: () => current,
      loadLocaleSync: (locale) => modules[locale as Exclude<Locale, 'en'>],
    });
  } catch {
    // The page's own code configured this copy of @lit/localize first: msg()
    // then follows that configuration, and our strings fall back to English.
  }
}

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
