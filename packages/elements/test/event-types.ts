// Compiled by `pnpm typecheck`: the event maps written from the manifest type each element's
// events, and every `gcm-*` event on `document`. A wrong type below fails the typecheck.
import '../src/define.js';
import type {
  GcmCampaignBannerEventMap,
  GcmEventMap,
  GcmObjectiveBrowserEventMap,
  GcmPracticeCardEventMap,
  GcmPracticeEventMap,
  GcmPracticeFormEventMap,
  GcmPracticesEventMap,
  GcmResourcesEventMap,
  ResourceResultsDetail,
  ResultsDetail,
  SubmittedDetail,
} from '../src/index.js';

const catalogue = document.createElement('gcm-practices');
catalogue.addEventListener('gcm-results', (event) => {
  const detail: ResultsDetail = event.detail;
  const total: number = detail.total;
  // @ts-expect-error the catalogue's results are not a resource list's
  const resources: ResourceResultsDetail = event.detail;
  return [total, resources];
});

const library = document.querySelector('gcm-resources');
library?.addEventListener('gcm-results', (event) => {
  const detail: ResourceResultsDetail = event.detail;
  return detail;
});

document.addEventListener('gcm-practice-select', (event) => {
  const id: string = event.detail.id;
  // @ts-expect-error the id is a string
  const wrong: number = event.detail.id;
  return [id, wrong];
});

document.querySelector('gcm-practice-card')?.addEventListener('gcm-error', (event) => {
  const error: unknown = event.detail.error;
  return error;
});

// Events the elements do not fire stay plain.
catalogue.addEventListener('click', (event) => {
  const x: number = event.clientX;
  return x;
});

// The entry point exports every element's event map: a host types its own listeners with them.
type EveryMap = GcmCampaignBannerEventMap &
  GcmObjectiveBrowserEventMap &
  GcmPracticeCardEventMap &
  GcmPracticeEventMap &
  GcmPracticeFormEventMap &
  GcmPracticesEventMap &
  GcmResourcesEventMap;
export const onSubmitted = (event: GcmPracticeFormEventMap['gcm-submitted']): SubmittedDetail =>
  event.detail;
export const onOpened = (event: GcmPracticeEventMap['gcm-practice-select']): string =>
  event.detail.id;
export const everyEventOnDocument = (name: keyof EveryMap): keyof GcmEventMap => name;
