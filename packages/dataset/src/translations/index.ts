import type { Locale } from '@gcm-practices/contract';
import { fr } from './fr.js';
import type { LabelTranslations } from './label-translations.js';

export type { LabelTranslations } from './label-translations.js';

/** Official wordings by language. English is the source language and needs none. */
export const labelTranslations: Readonly<Record<Exclude<Locale, 'en'>, LabelTranslations>> = {
  fr,
  es: { objectives: {}, actions: {}, principles: {}, regions: {}, countries: {}, sources: [] },
  ar: { objectives: {}, actions: {}, principles: {}, regions: {}, countries: {}, sources: [] },
};
