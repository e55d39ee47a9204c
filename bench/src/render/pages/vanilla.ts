/**
 * The vanilla baseline: the page loads the hand-written renderer as its own
 * module (served as /vanilla-cards.js) and shows the first N practices.
 */
import { showPractices } from '../../baseline/vanilla-cards.js';
import { apiUrl, bench, expectedCount, watch } from './probe.js';

const container = document.querySelector('#practices') as HTMLElement;

watch(
  () => container.querySelectorAll('li.practice-card').length,
  () =>
    [...container.querySelectorAll('li.practice-card .title')].map(
      (title) => title.textContent?.trim() ?? '',
    ),
);

showPractices(container, { api: apiUrl(), count: expectedCount() }).catch((error: unknown) =>
  bench().reject(`loading practices failed: ${String(error)}`),
);
