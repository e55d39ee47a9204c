import type { Locale, Objective, Taxonomies } from '@gcm-practices/contract';
import { objectives } from './objectives.js';
import { taxonomies } from './taxonomies.js';
import { labelTranslations } from './translations/index.js';

/**
 * The objectives with their titles and actions in `locale` where an official wording is
 * recorded, in English otherwise; each record's `lang` says which.
 */
export function localizedObjectives(locale: Locale): Objective[] {
  if (locale === 'en') return objectives;
  const t = labelTranslations[locale];
  return objectives.map((objective) => {
    const own = t.objectives[objective.number];
    return {
      ...objective,
      ...(own && { title: own.title, shortTitle: own.shortTitle, lang: locale }),
      actions: objective.actions.map((action) => {
        const wording = t.actions[action.id];
        return wording
          ? { ...action, title: wording.title, text: wording.text, lang: locale }
          : action;
      }),
    };
  });
}

/** The taxonomies with their labels in `locale` where an official wording is recorded. */
export function localizedTaxonomies(locale: Locale): Taxonomies {
  if (locale === 'en') return taxonomies;
  const t = labelTranslations[locale];
  const localObjectives = localizedObjectives(locale);
  return {
    ...taxonomies,
    objectives: localObjectives.map(({ number, title, shortTitle, lang }) => ({
      number,
      title,
      shortTitle,
      lang,
    })),
    actions: localObjectives.flatMap((objective) =>
      objective.actions.map((action) => ({ ...action, objective: objective.number })),
    ),
    principles: taxonomies.principles.map((principle) => {
      const wording = t.principles[principle.id];
      return wording ? { ...principle, title: wording.title, lang: locale } : principle;
    }),
    regions: taxonomies.regions.map((region) => {
      const wording = t.regions[region.id];
      return wording ? { ...region, name: wording.name, lang: locale } : region;
    }),
    countries: taxonomies.countries.map((country) => {
      const wording = t.countries[country.code];
      return wording ? { ...country, name: wording.name, lang: locale } : country;
    }),
  };
}
