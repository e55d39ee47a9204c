/**
 * The element classes, unregistered: define them under these tags with
 * `import '@gcm-practices/elements/define'`, or yourself with `defineElement`.
 */
export {
  type CampaignActionDetail,
  type CampaignDismissDetail,
  GcmCampaignBanner,
} from './components/campaign-banner/campaign-banner.js';
export {
  GcmObjectiveBrowser,
  type ObjectiveSelectDetail,
} from './components/objective-browser/objective-browser.js';
export { GcmPractice } from './components/practice/practice.js';
export { GcmPracticeCard, practiceHref } from './components/practice-card/practice-card.js';
export {
  GcmPracticeForm,
  type SubmittedDetail,
} from './components/practice-form/practice-form.js';
export {
  FILTER_CONTROLS,
  type FilterControl,
  GcmPractices,
} from './components/practices/practices.js';
export {
  GcmResources,
  RESOURCE_FILTER_CONTROLS,
  type ResourceFilterControl,
  type ResourceOrder,
  type ResourceResultsDetail,
} from './components/resources/resources.js';
// Every element's event map and `GcmEventMap`, as the build writes them from the manifest.
export type * from './generated/element-events.js';
export { API_META_NAME, DEFAULT_API, type PracticesClient } from './shared/data-controller.js';
export { defineElement } from './shared/define-element.js';
export {
  type ErrorDetail,
  EVENT_PREFIX,
  type PracticeSelectDetail,
  type ResultsDetail,
} from './shared/events.js';
export { GcmElement } from './shared/gcm-element.js';
export { LOCALES, type Locale, resolveLocale } from './shared/locale.js';
export { VERSION } from './shared/version.js';
