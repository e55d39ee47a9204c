import type { Locale } from './locale.js';

type Forms<T> = Partial<Record<Intl.LDMLPluralRule, () => T>> & { other: () => T };

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const regionNames = new Map<Locale, Intl.DisplayNames | null>();
const yearFormats = new Map<Locale, Intl.NumberFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

// Intl formatters are costly to build (locale data lookups) and immutable: one per
// locale serves every element on the page, rather than one per card render.

/**
 * Pick the plural form of `count` for `locale` (Arabic has six). Each form is a
 * thunk wrapping its own msg() call, so every form is a separate translatable
 * message and only the chosen one is looked up.
 */
export function plural<T>(locale: Locale, count: number, forms: Forms<T>): T {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return (forms[rules.select(count)] ?? forms.other)();
}

export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A year as a plain number in the locale's digits, without grouping (2018, not 2,018). */
export function formatYear(locale: Locale, year: number): string {
  let format = yearFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false });
    yearFormats.set(locale, format);
  }
  return format.format(year);
}

/** "A, B and C" in the locale's words. */
export function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format;
}

// ISO 3166-1 alpha-3 → alpha-2 for the countries the catalogue uses.
// Intl.DisplayNames only knows alpha-2, and gives the name in the visitor's language.
const ALPHA2 = new Map(
  (
    'AREAE AUSAU BGDBD BRABR CANCA CHNCN CMRCM CODCD COLCO DEUDE DOMDO ECUEC EGYEG ESPES ' +
    'ETHET FJIFJ FRAFR GBRGB GHAGH GRCGR GTMGT HNDHN HRVHR HTIHT IDNID INDIN IRQIQ ITAIT ' +
    'JORJO KAZKZ KENKE KGZKG KHMKH LAOLA LBNLB LBYLY MARMA MDAMD MEXMX MMRMM NERNE NGANG ' +
    'NPLNP PAKPK PERPE PHLPH ROURO SENSN SLVSV SOMSO THATH TUNTN TURTR UKRUA USAUS UZBUZ ' +
    'VENVE VNMVN ZAFZA ZWEZW'
  )
    .split(' ')
    .map((pair) => [pair.slice(0, 3), pair.slice(3)] as const),
);

/**
 * A country's name, the one source of every country name in the elements (filter options,
 * cards, facts), so a widget never names one country two ways: in English the API's name,
 * which is the United Nations short name ("Viet Nam", "Lao People's Democratic Republic",
 * "Türkiye"), not the browser's ("Vietnam", "Laos"); in other languages the browser's name
 * in that language when it has one; else the API's name, else the code itself.
 */
export function countryName(locale: Locale, code: string, fallback?: string): string {
  if (locale === 'en' && fallback) return fallback;
  const alpha2 = ALPHA2.get(code);
  if (alpha2) {
    let names = regionNames.get(locale);
    if (names === undefined) {
      try {
        names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
      } catch {
        names = null;
      }
      regionNames.set(locale, names);
    }
    const name = names?.of(alpha2);
    if (name) return name;
  }
  return fallback ?? code;
}

/** Sort labels the way a reader of `locale` expects. */
export function sortByLabel<T extends { label: string }>(locale: Locale, items: T[]): T[] {
  const collator = new Intl.Collator(locale);
  return [...items].sort((a, b) => collator.compare(a.label, b.label));
}
