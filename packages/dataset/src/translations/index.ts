import type { Locale } from '@gcm-practices/contract';
import { es } from './es.js';
import { fr } from './fr.js';
import type { LabelTranslations } from './label-translations.js';

export type { LabelTranslations } from './label-translations.js';

/** Official wordings by language. English is the source language and needs none. */
export const labelTranslations: Readonly<Record<Exclude<Locale, 'en'>, LabelTranslations>> = {
  fr,
  es,
  ar: { objectives: {}, actions: {}, principles: {}, regions: {}, countries: {}, sources: [] },
};
