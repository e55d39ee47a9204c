import * as z from 'zod/mini';
import type { Campaign } from './campaign.js';
import { Practice } from './practice.js';
import type { SubmittedPracticeRecord } from './submission.js';

/*
 * What a submission becomes when two reviewers approve it. The API publishes
 * it with these functions, and a reviewer's preview shows the same practice
 * before it is published.
 */

/** `Café & Co — Safe Jobs!` → `cafe-co-safe-jobs`: ASCII letters and digits only. */
function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? 'practice' : slug;
}

/** The catalogue id of a published submission: its title, then its reference (unique). */
export function submissionPracticeId(title: string, reference: string): string {
  return `${slugOf(title)}-${reference.slice(4).toLowerCase()}`;
}

/** What publishing a submission needs beyond the submitted practice. */
export interface SubmissionPublication {
  /** The practice's id: `submissionPracticeId(title, reference)`. */
  id: string;
  /** The submission's reference, `GCM-…`, named in the practice's source. */
  reference: string;
  /** The call for practices it answered, if any. */
  campaign: Pick<Campaign, 'id' | 'title'> | undefined;
  /** The publication day, `YYYY-MM-DD`. */
  today: string;
}

/**
 * A reviewed submission as a practice of the Repository: peer-reviewed, its
 * campaign, published `today`. Only what the submitter wrote: nothing the
 * submission does not say is filled in.
 */
export function practiceFromSubmission(
  submitted: SubmittedPracticeRecord,
  { id, reference, campaign, today }: SubmissionPublication,
): Practice {
  const sections = Object.fromEntries(
    Object.entries(submitted.sections).filter(([, text]) => text !== undefined && text !== ''),
  );
  const practice: Practice = {
    id,
    title: submitted.title,
    lang: submitted.lang,
    summary: submitted.summary,
    takeaway: submitted.takeaway,
    implementers: submitted.implementers,
    partners: submitted.partners,
    countries: submitted.countries,
    regions: submitted.regions,
    primaryObjective: submitted.objectives[0] as number,
    objectives: submitted.objectives,
    actions: submitted.actions,
    principles: submitted.principles,
    sdgTargets: submitted.sdgTargets,
    period: submitted.period,
    status: submitted.status,
    results: submitted.results,
    links: submitted.links,
    featured: false,
    campaign: campaign?.id ?? null,
    source: {
      kind: 'repository',
      title: campaign
        ? `${campaign.title} (submission ${reference})`
        : `Repository of Practices (submission ${reference})`,
      url: null,
    },
    hubUrl: null,
    review: { status: 'peer-reviewed' },
    sections,
    relatedResources: [],
    publishedAt: today,
    updatedAt: today,
  };
  // Every submission was checked on the way in; this guards the catalogue against a contract change.
  return z.parse(Practice, practice);
}
