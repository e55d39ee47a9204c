import { css } from 'lit';

// The controls, states and pagination are shared with <gcm-practices>: see
// shared/controls.styles.ts, shared/list-view.styles.ts and shared/pagination.styles.ts.
export const styles = css`
  .root {
    container-type: inline-size;
  }
  :host {
    --_gap: var(--gcm-resources-gap, var(--_space));
    --_filters-background: var(--gcm-resources-filters-background, var(--_surface-alt));
    --_badge-background: var(
      --gcm-resources-badge-background,
      color-mix(in srgb, var(--_primary) 10%, var(--_surface))
    );
    --_badge-color: var(--gcm-resources-badge-color, var(--_text));
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em var(--_space);
  }
  .sort .field {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
  }
  .sort select {
    inline-size: auto;
  }
  .item {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: var(--gcm-resources-item-padding, var(--_space));
    background: var(--gcm-resources-item-background, var(--_surface));
    border: var(--gcm-resources-item-border, 1px solid var(--_border));
    border-radius: var(--_radius);
  }
  dl,
  dd,
  ul {
    margin: 0;
  }
  .category {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .title {
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--gcm-resources-title-color, var(--_text));
  }
  .title a {
    color: var(--gcm-resources-title-color, var(--_primary));
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    border-radius: 2px;
  }
  .title a:hover {
    text-decoration-thickness: 2px;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 1.25em;
    font-size: 0.925em;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
  }
  dt {
    font-weight: 600;
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  :host(:lang(fr)) dt::after {
    content: '\\a0:';
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--gcm-resources-summary-lines, 4);
    overflow: hidden;
  }
  [dir='rtl'] .title,
  [dir='rtl'] .summary {
    text-align: right;
  }
  @media (forced-colors: active) {
    .item {
      border: 1px solid CanvasText;
    }
    .title a {
      color: LinkText;
    }
  }
`;
