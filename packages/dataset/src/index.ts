export { campaigns, curatedCampaigns } from './campaigns.js';
export { countries } from './countries.js';
export { guidingPrinciples } from './guiding-principles.js';
export { implementerTypes } from './implementer-types.js';
export { localizedObjectives, localizedTaxonomies } from './localized.js';
export { objectiveSources, objectives } from './objectives.js';
export { curatedPractices, practiceSources, practices } from './practices/index.js';
export type {
  CampaignField,
  ObjectiveField,
  PracticeField,
  ResourceField,
  SourceNote,
  SourceNotes,
} from './provenance/notes.js';
export {
  type HubPage,
  SOURCES,
  type SourceDocument,
  type SourceKey,
} from './provenance/sources.js';
export { regions } from './regions.js';
export { KNOWLEDGE_UPTAKE_RESOURCE_ID } from './resource-ids.js';
export { curatedResources, resources } from './resources.js';
export { sdgTargets } from './sdg-targets.js';
export { taxonomies } from './taxonomies.js';
export { type LabelTranslations, labelTranslations } from './translations/index.js';
