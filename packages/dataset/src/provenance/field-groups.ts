import type { Campaign, Objective, Practice, Resource } from '@gcm-practices/contract';
import type { CampaignField, ObjectiveField, PracticeField, ResourceField } from './notes.js';

const has = (value: unknown): boolean =>
  value !== null &&
  value !== false &&
  !(Array.isArray(value) && value.length === 0) &&
  !(typeof value === 'object' && value !== null && Object.keys(value).length === 0);

function present<Field extends string>(groups: Record<Field, unknown>): Field[] {
  return (Object.entries(groups) as [Field, unknown][])
    .filter(([, value]) => has(value))
    .map(([field]) => field);
}

/**
 * The field groups of a practice that hold a value. `id`, `lang` and `source` describe the
 * record itself and `updatedAt` is this catalogue's own date, so none of them needs a note;
 * `review` needs one only when it claims a peer review.
 */
export function practiceFieldsWithValues(p: Practice): PracticeField[] {
  return present<PracticeField>({
    title: p.title,
    summary: p.summary,
    takeaway: p.takeaway,
    implementers: p.implementers,
    partners: p.partners,
    geography: [...p.countries, ...p.regions],
    objectives: p.objectives,
    actions: p.actions,
    principles: p.principles,
    sdgTargets: p.sdgTargets,
    period: p.period.start ?? p.period.end,
    status: p.status,
    results: p.results,
    links: p.links,
    featured: p.featured,
    campaign: p.campaign,
    hubUrl: p.hubUrl,
    review: p.review.status === 'peer-reviewed',
    sections: p.sections,
    relatedResources: p.relatedResources,
    publishedAt: p.publishedAt,
  });
}

export function resourceFieldsWithValues(r: Resource): ResourceField[] {
  return present<ResourceField>({
    title: r.title,
    summary: r.summary,
    authors: r.authors,
    publishers: r.publishers,
    year: r.year,
    geography: [...r.countries, ...r.regions],
    category: r.category,
    objectives: r.objectives,
    url: r.url,
    relatedPractices: r.relatedPractices,
  });
}

export function campaignFieldsWithValues(c: Campaign): CampaignField[] {
  return present<CampaignField>({
    title: c.title,
    theme: c.theme,
    description: c.description,
    observance: c.observance,
    opens: c.opens,
    closes: c.closes,
    callToAction: c.callToAction,
    objectives: c.objectives,
    recurrence: c.recurrence,
  });
}

export function objectiveFieldsWithValues(o: Objective): ObjectiveField[] {
  return present<ObjectiveField>({
    title: o.title,
    shortTitle: o.shortTitle,
    actions: o.actions,
    sdgTargets: o.sdgTargets,
  });
}
