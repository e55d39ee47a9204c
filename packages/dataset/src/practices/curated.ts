import type { Practice } from '@gcm-practices/contract';
import type { PracticeField, SourceNotes } from '../provenance/notes.js';

/** A practice as this dataset keeps it: the wire record plus the notes that source its fields. */
export type CuratedPractice = Practice & { sources: SourceNotes<PracticeField> };

/** The wire record alone. */
export function withoutSources({ sources: _sources, ...practice }: CuratedPractice): Practice {
  return practice;
}

/** The date the records of this dataset last changed (`updatedAt`). */
export const CURATION_DATE = '2026-12-02';

const IOM = 'International Organization for Migration (IOM)';
export const ORGANIZATIONS = {
  IOM,
  /** Funder of IOM's Global Assistance Fund, Regional Migration Programs and U.S. TIP Program. */
  PRM: 'U.S. Department of State, Bureau of Population, Refugees and Migration (PRM)',
} as const;

/** `source` of a practice published in the Hub's Repository of Practices. */
export function repositorySource(hubUrl: string): Practice['source'] {
  return {
    kind: 'repository',
    title: 'Migration Network Hub, Repository of Practices',
    url: hubUrl,
  };
}

/**
 * What every curated record that is not a Repository practice shares: an Objective 10 example
 * from a Hub page or an IOM piece, in English, not peer-reviewed, not featured, with no Hub page
 * of its own and no date of publication, and no action, principle or SDG target its source
 * would give.
 */
export function notInRepository(source: Practice['source']) {
  return {
    lang: 'en',
    primaryObjective: 10,
    objectives: [10],
    actions: [],
    principles: [],
    sdgTargets: [],
    links: [],
    featured: false,
    campaign: null,
    source,
    hubUrl: null,
    review: { status: 'not-reviewed' },
    publishedAt: null,
    updatedAt: CURATION_DATE,
  } as const satisfies Partial<Practice>;
}
