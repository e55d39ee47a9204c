import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './localization.js';
import { errorDetail, errorLabel } from './messages.js';

/**
 * What an element shows when its data could not be loaded: a sentence the
 * visitor can act on, the technical detail folded away for whoever reports it
 * (as text), and a "Try again" button. Style it with `errorStateStyles`. `unknown` names
 * what failed when the error itself says nothing more (see `errorLabel`).
 * Call it while the element renders, so the text is in the element's language.
 */
export function renderErrorState(
  error: unknown,
  retry: () => void,
  unknown?: string,
): TemplateResult {
  const detail = errorDetail(error);
  return html`<div class="error" part="error" role="alert">
    <p class="error-message">${errorLabel(error, unknown)}</p>
    ${
      detail
        ? html`<details class="error-detail">
          <summary>${msg('Technical details', { id: 'details' })}</summary>
          <p>${detail}</p>
        </details>`
        : nothing
    }
    <button class="button primary" part="button retry-button" type="button" @click=${retry}>
      ${msg('Try again', { id: 'retry' })}
    </button>
  </div>`;
}
