import type { PracticeSectionName, PracticeSourceKind } from '@gcm-practices/contract';
import { msg } from '../../shared/localization.js';

/*
 * The words of a full practice. Like every msg() call, these must run while the element
 * renders, so they answer in its language.
 */

/** Where a record comes from, as a badge. */
export function sourceKindLabel(kind: PracticeSourceKind): string {
  switch (kind) {
    case 'repository':
      return msg('Repository of Practices', { id: 'source-repository' });
    case 'knowledge-uptake':
      return msg('From a Knowledge Uptake piece', { id: 'source-knowledge-uptake' });
    case 'objective-page':
      return msg('Example from a GCM objective page', { id: 'source-objective-page' });
    case 'synthetic':
      return msg('Synthetic test data', { id: 'source-synthetic' });
  }
}

export function reviewLabel(peerReviewed: boolean): string {
  return peerReviewed
    ? msg('Peer-reviewed', { id: 'review-peer-reviewed' })
    : msg('Not peer-reviewed', { id: 'review-not-reviewed' });
}

/** The Hub's headings of a practice's structured description. */
export function sectionHeading(section: PracticeSectionName): string {
  switch (section) {
    case 'context':
      return msg('Context', { id: 'section-context' });
    case 'aims':
      return msg('Aims', { id: 'section-aims' });
    case 'beneficiaries':
      return msg('Beneficiaries', { id: 'section-beneficiaries' });
    case 'activities':
      return msg('Key activities', { id: 'section-activities' });
    case 'results':
      return msg('Results', { id: 'section-results' });
    case 'lessons':
      return msg('Lessons learned', { id: 'section-lessons' });
  }
}
