/**
 * The documents this dataset's facts come from. A record's source notes (see `notes.ts`) name
 * one of these by key, or a page of the Migration Network Hub by its address.
 *
 * `seed` is the file name of the source text as it was collected for this dataset; `url` is
 * where the document is published, when it has an address of its own.
 */
export interface SourceDocument {
  title: string;
  url: string | null;
  seed: string | null;
}

export const SOURCES = {
  featuredPractices2024: {
    title: 'Featured practices: Preventing, combating and eradicating trafficking in persons',
    url: null,
    seed: 'featured-practices-2024.txt',
  },
  callForPractices2024: {
    title: 'Call for Practices: Preventing, combating and eradicating trafficking in persons',
    url: 'https://migrationnetwork.un.org/hub/repository-of-practices/call',
    seed: 'call-for-practices-2024.txt',
  },
  knowledgeUptake: {
    title: 'Knowledge Uptake: Trafficking in persons (IOM)',
    url: null,
    seed: 'knowledge-uptake-trafficking.txt',
  },
  objective10Page: {
    title:
      'Objective 10: Prevent, combat and eradicate trafficking in persons in the context of international migration (Migration Network Hub)',
    url: null,
    seed: 'objective-10-actions-examples-sdgs.txt',
  },
  resourceLibraryTrafficking: {
    // The seed matches this page of IOM's library listing word for word, down to the
    // "Identificaction" slip: it can be checked there.
    title: 'Resource library, "Trafficking" listing',
    url: 'https://ctic.iom.int/en/topics/trafficking?page=13',
    seed: 'resource-library-trafficking.txt',
  },
  repositoryOfPractices: {
    title: 'Repository of Practices (Migration Network Hub)',
    url: 'https://migrationnetwork.un.org/hub/repository-of-practices',
    seed: null,
  },
  hubObjectiveFilters: {
    title:
      'Migration Network Hub: content filters by GCM objective, guiding principle and country (English)',
    url: 'https://migrationnetwork.un.org/hub?gcm_objectives=279',
    seed: null,
  },
  globalCompact: {
    title:
      'Global Compact for Safe, Orderly and Regular Migration, General Assembly resolution 73/195 (A/RES/73/195)',
    url: 'https://undocs.org/A/RES/73/195',
    seed: null,
  },
  unObservance: {
    title: 'World Day against Trafficking in Persons, 30 July (United Nations observances)',
    url: 'https://www.un.org/en/observances/end-human-trafficking-day',
    seed: null,
  },
} as const satisfies Record<string, SourceDocument>;

export type SourceKey = keyof typeof SOURCES;

/** A page of the Migration Network Hub, cited by its address. */
export type HubPage = `https://migrationnetwork.un.org/${string}`;

export const isHubPage = (value: string): value is HubPage =>
  value.startsWith('https://migrationnetwork.un.org/');
