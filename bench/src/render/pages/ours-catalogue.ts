/**
 * Our catalogue: `<gcm-practices page-size="N">` from the embed bundle does
 * everything itself (SDK request with contract validation, taxonomies for the
 * labels, skeleton, then N `<gcm-practice-card>`s). A card counts once it has
 * its practice and the labels and has finished rendering them.
 */
import { type RenderedCard, renderedCards, titleOf } from './cards.js';
import { watch } from './probe.js';

const host = document.querySelector('gcm-practices') as (HTMLElement & RenderedCard) | null;

function cards(): RenderedCard[] {
  return [
    ...(host?.shadowRoot?.querySelectorAll<HTMLElement & RenderedCard>('gcm-practice-card') ?? []),
  ];
}

watch(
  () => (host?.hasUpdated && !host.isUpdatePending ? renderedCards(cards()) : 0),
  () => cards().map(titleOf),
);
