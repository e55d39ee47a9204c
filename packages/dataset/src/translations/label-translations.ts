import type { HubPage, SourceKey } from '../provenance/sources.js';

/**
 * Official wordings of the taxonomy labels in one language, each group with the page it was
 * taken from. Nothing here is translated by this project: a label missing from these tables is
 * served in English. An objective is translated only when both its title and short title are
 * found; an action only with both its lead phrase and text.
 */
export interface LabelTranslations {
  objectives: Readonly<Record<number, { title: string; shortTitle: string }>>;
  actions: Readonly<Record<string, { title: string; text: string }>>;
  principles: Readonly<Record<string, { title: string }>>;
  regions: Readonly<Record<string, { name: string }>>;
  countries: Readonly<Record<string, { name: string }>>;
  /** Where each group's wordings come from. */
  sources: readonly {
    source: SourceKey | HubPage;
    groups: readonly (keyof Omit<LabelTranslations, 'sources'>)[];
    note?: string;
  }[];
}

/** One source note per objective page a full title was taken from. */
export function fullTitleSources(
  pages: Readonly<Record<number, HubPage>>,
  language: string,
): LabelTranslations['sources'] {
  return Object.entries(pages).map(([number, page]) => ({
    source: page,
    groups: ['objectives'],
    note: `The full title of objective ${number}, from the ${language} Hub page of the objective.`,
  }));
}
