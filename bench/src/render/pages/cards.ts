/** What the probe reads from a `<gcm-practice-card>` (public properties of a Lit element). */
export interface RenderedCard extends HTMLElement {
  practice?: { title: string };
  taxonomies?: unknown;
  hasUpdated: boolean;
  isUpdatePending: boolean;
}

/** Cards showing their practice with its labels, with no render pending. */
export function renderedCards(cards: readonly RenderedCard[]): number {
  let complete = 0;
  for (const card of cards) {
    if (
      card.practice !== undefined &&
      card.taxonomies !== undefined &&
      card.hasUpdated &&
      !card.isUpdatePending &&
      card.shadowRoot?.querySelector('[part~="card"]')
    ) {
      complete++;
    }
  }
  return complete;
}

export function titleOf(card: RenderedCard): string {
  return card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
}
