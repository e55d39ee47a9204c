import type { Practice, Resource } from '@gcm-practices/contract';
import { terms } from '../search/text-analysis.js';

/**
 * The searchable text of an item as index terms in four weight groups, title
 * first (A), as both stores index it: FTS5 columns a–d and tsvector weights
 * A–D. The weights themselves are in catalogue-tables.ts.
 */
export type TextColumns = Record<'A' | 'B' | 'C' | 'D', string[]>;

export function practiceText(practice: Practice): TextColumns {
  return {
    A: terms(practice.title),
    B: terms(practice.implementers.map((i) => i.name).join('\n')),
    C: terms(practice.takeaway ?? ''),
    D: terms(practice.summary),
  };
}

export function resourceText(resource: Resource): TextColumns {
  return {
    A: terms(resource.title),
    B: terms(resource.authors.join('\n')),
    C: terms(resource.publishers.join('\n')),
    D: terms(resource.summary),
  };
}

export const TEXT_GROUPS = ['A', 'B', 'C', 'D'] as const;

/** Terms in every group: the document length relevance divides by. */
export function textLength(text: TextColumns): number {
  return text.A.length + text.B.length + text.C.length + text.D.length;
}
