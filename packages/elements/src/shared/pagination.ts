import { html, nothing } from 'lit';
import { formatNumber } from './format.js';
import type { Locale } from './locale.js';
import { msg, str } from './localization.js';

export type PageItem = number | 'gap';

/**
 * The page buttons to show: always the first and last, the current page and
 * its neighbours, and a gap where pages are skipped. `1 … 4 5 6 … 20`.
 */
export function pageWindow(page: number, pageCount: number, around = 1): PageItem[] {
  if (pageCount <= 1) return pageCount === 1 ? [1] : [];
  const pages = new Set<number>([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) {
    if (p >= 1 && p <= pageCount) pages.add(p);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const items: PageItem[] = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) items.push(p - 1);
    else if (p - previous > 2) items.push('gap');
    items.push(p);
    previous = p;
  }
  return items;
}

export function renderPagination(
  locale: Locale,
  page: number,
  pageCount: number,
  go: (page: number) => void,
) {
  if (pageCount <= 1) return nothing;
  const previousDisabled = page <= 1;
  const nextDisabled = page >= pageCount;
  return html`<nav class="pagination" part="pagination" aria-label=${msg('Pages', { id: 'pages' })}>
    <ul>
      <li>
        <button
          class="button"
          part="button page-button previous"
          type="button"
          aria-disabled=${previousDisabled ? 'true' : 'false'}
          @click=${() => !previousDisabled && go(page - 1)}
        >
          <span aria-hidden="true" class="arrow">‹</span>${msg('Previous', { id: 'previous' })}
        </button>
      </li>
      ${pageWindow(page, pageCount).map((item) => {
        if (item === 'gap') return html`<li class="gap" aria-hidden="true">…</li>`;
        const n = formatNumber(locale, item);
        const current = item === page;
        return html`<li>
          <button
            class=${current ? 'button primary' : 'button'}
            part=${current ? 'button page-button current' : 'button page-button'}
            type="button"
            aria-label=${msg(str`Page ${n}`, { id: 'page-n' })}
            aria-current=${current ? 'page' : nothing}
            @click=${() => !current && go(item)}
          >
            ${n}
          </button>
        </li>`;
      })}
      <li>
        <button
          class="button"
          part="button page-button next"
          type="button"
          aria-disabled=${nextDisabled ? 'true' : 'false'}
          @click=${() => !nextDisabled && go(page + 1)}
        >
          ${msg('Next', { id: 'next' })}<span aria-hidden="true" class="arrow">›</span>
        </button>
      </li>
    </ul>
  </nav>`;
}
