import { html, nothing } from 'lit';
import { msg } from './localization.js';

/*
 * The loading and empty states of the list elements (<gcm-practices>, <gcm-resources>),
 * styled by `listViewStyles`. The error state is `renderErrorState`.
 */

/** Placeholder items with the shape of the real ones, hidden from assistive technology. */
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

/**
 * "Nothing matches", with a button that clears the visitor's filters when they are the
 * reason (`clear` given); call it while the element renders.
 */
export function renderEmpty(message: string, clear: (() => void) | undefined) {
  return html`<div class="empty" part="empty">
    <p>${message}</p>
    ${
      clear
        ? html`<button class="button" part="button clear-button" type="button" @click=${clear}>
          ${msg('Clear filters', { id: 'clear' })}
        </button>`
        : nothing
    }
  </div>`;
}
