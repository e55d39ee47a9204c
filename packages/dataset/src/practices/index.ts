import type { Practice } from '@gcm-practices/contract';
import type { PracticeField, SourceNotes } from '../provenance/notes.js';
import { type CuratedPractice, withoutSources } from './curated.js';
import { featuredPractices2024 } from './featured-2024.js';
import { knowledgeUptakePractices } from './knowledge-uptake.js';
import { objective10ExamplePractices } from './objective-10-examples.js';

/** Every curated practice with its source notes: the Repository's first, then the rest by source. */
export const curatedPractices: readonly CuratedPractice[] = [
  ...featuredPractices2024,
  ...objective10ExamplePractices,
  ...knowledgeUptakePractices,
];

/** Every curated practice as the API serves it. */
export const practices: Practice[] = curatedPractices.map(withoutSources);

/** Which source backs which fields of each practice, by practice id. */
export const practiceSources: ReadonlyMap<string, SourceNotes<PracticeField>> = new Map(
  curatedPractices.map((practice) => [practice.id, practice.sources]),
);
