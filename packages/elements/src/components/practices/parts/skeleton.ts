import { html } from 'lit';

/** Placeholder cards with the shape of the real ones, hidden from assistive technology. */
export function renderSkeleton(count: number) {
  return html`<ul class="results skeletons" part="results skeleton" aria-hidden="true">
    ${Array.from(
      { length: Math.min(count, 6) },
      () => html`<li class="skeleton-card">
        <span class="skeleton-line title-line"></span>
        <span class="skeleton-line"></span>
        <span class="skeleton-line"></span>
        <span class="skeleton-line short"></span>
      </li>`,
    )}
  </ul>`;
}
