import type { Taxonomies } from '@gcm-practices/contract';
import { countries } from './countries.js';
import { guidingPrinciples } from './guiding-principles.js';
import { implementerTypes } from './implementer-types.js';
import { objectives } from './objectives.js';
import { regions } from './regions.js';
import { sdgTargets } from './sdg-targets.js';

/** Every vocabulary a filter UI needs, assembled from the dataset's records. */
export const taxonomies: Taxonomies = {
  objectives: objectives.map(({ number, title, shortTitle, lang }) => ({
    number,
    title,
    shortTitle,
    lang,
  })),
  actions: objectives.flatMap((objective) =>
    objective.actions.map((action) => ({ ...action, objective: objective.number })),
  ),
  principles: guidingPrinciples,
  sdgTargets,
  regions,
  countries,
  implementerTypes,
};
