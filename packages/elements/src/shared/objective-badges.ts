import { html, nothing } from 'lit';
import { formatNumber } from './format.js';
import type { Locale } from './locale.js';
import { msg, str } from './localization.js';

export interface ObjectiveBadgeParts {
  /** Part of the list: `badges`. */
  list: string;
  /** Part of each badge: `badge`. */
  badge: string;
  /** Part of the number inside a badge, if it has one. */
  number?: string;
}

/**
 * The GCM objectives of a practice or publication as a labelled list of badges: the number,
 * then the Hub's short title, read as "Objective 10: Eradicate trafficking". Styled by
 * `objectiveBadgeStyles`; call it while the element renders, so its text is in its language.
 */
export function renderObjectiveBadges(
  locale: Locale,
  objectives: readonly number[],
  shortTitleOf: (n: number) => string | undefined,
  parts: ObjectiveBadgeParts,
) {
  return html`<ul class="badges" part=${parts.list} aria-label=${msg('GCM objectives', { id: 'objectives' })}>
    ${objectives.map((n) => {
      const number = formatNumber(locale, n);
      const shortTitle = shortTitleOf(n);
      return html`<li class="badge" part=${parts.badge}>
        <span class="badge-number" part=${parts.number ?? nothing} aria-hidden="true">${number}</span>
        ${
          shortTitle
            ? html`<span class="visually-hidden">${msg(str`Objective ${number}:`, { id: 'objective-n-label' })}</span>
              <span dir="auto">${shortTitle}</span>`
            : html`<span>${msg(str`Objective ${number}`, { id: 'objective-n' })}</span>`
        }
      </li>`;
    })}
  </ul>`;
}
