import { type HubPage, isHubPage, SOURCES, type SourceKey } from './sources.js';

/**
 * Which source backs which part of a record. Every non-empty field group of a curated record
 * is named by at least one note; a test fails otherwise. Notes stay in the dataset: they are
 * not part of the wire format.
 */
export interface SourceNote<Field extends string> {
  /** A key of `SOURCES`, or the address of a Migration Network Hub page. */
  source: SourceKey | HubPage;
  fields: readonly Field[];
  /** How the value was read from the source, when that is not plain copying or summarising. */
  note?: string;
}

export type SourceNotes<Field extends string> = readonly SourceNote<Field>[];

/** The field groups of a practice that must be backed by a source when they are not empty. */
export type PracticeField =
  | 'title'
  | 'summary'
  | 'takeaway'
  | 'implementers'
  | 'partners'
  | 'geography'
  | 'objectives'
  | 'actions'
  | 'principles'
  | 'sdgTargets'
  | 'period'
  | 'status'
  | 'results'
  | 'links'
  | 'featured'
  | 'campaign'
  | 'hubUrl'
  | 'review'
  | 'sections'
  | 'relatedResources'
  | 'publishedAt';

export type ResourceField =
  | 'title'
  | 'summary'
  | 'authors'
  | 'publishers'
  | 'year'
  | 'geography'
  | 'category'
  | 'objectives'
  | 'url'
  | 'relatedPractices';

export type CampaignField =
  | 'title'
  | 'theme'
  | 'description'
  | 'observance'
  | 'opens'
  | 'closes'
  | 'callToAction'
  | 'objectives'
  | 'recurrence';

export type ObjectiveField = 'title' | 'shortTitle' | 'actions' | 'sdgTargets';

/** The title and address of a note's source, for reports and the README. */
export function describeSource(source: SourceKey | HubPage): { title: string; url: string | null } {
  if (isHubPage(source)) return { title: 'Migration Network Hub page', url: source };
  const document = SOURCES[source];
  return { title: document.title, url: document.url };
}
