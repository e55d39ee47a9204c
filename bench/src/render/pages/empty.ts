/** A page with no widget: the JS heap of Chromium's page itself, for reference. */
import { watch } from './probe.js';

watch(
  () => Number(document.documentElement.dataset.count),
  () => [],
);
