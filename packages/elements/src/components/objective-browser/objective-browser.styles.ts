import { css } from 'lit';

// The layout follows the element's own width (a container query), from a 320px sidebar to a
// full page. English data in a right-to-left layout keeps its word order (bdi) but lines up
// with the right-hand edge.
export const styles = css`
  /* The container is inside the shadow root: its em is the element's own, whatever the page sets on the host. */
  .root {
    container-type: inline-size;
  }
  :host {
    --_gap: var(--gcm-objective-browser-gap, var(--_space));
    --_selected-bg: var(--gcm-objective-browser-selected-background, var(--_primary));
    --_selected-color: var(--gcm-objective-browser-selected-color, var(--_on-primary));
  }
  p,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 0.5);
    align-content: start;
    min-inline-size: 0;
  }
  .layout,
  .panel {
    gap: calc(var(--_gap) * 1.5);
  }
  [dir='rtl'] bdi,
  [dir='rtl'] .action-text {
    text-align: right;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.3em;
  }
  /* Narrow: a select instead of the 23 tabs, so the chosen objective starts near the top. */
  .picker {
    display: none;
    gap: 0.25em;
  }
  .picker label {
    font-weight: 600;
  }
  .picker select {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.4em 0.6em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @container (max-width: 29.99em) {
    .picker {
      display: grid;
    }
    .list {
      display: none;
    }
  }
  .empty {
    padding: var(--_space);
    color: var(--_muted);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  @container (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(14em, var(--gcm-objective-browser-list-width, 20em)) minmax(0, 1fr);
      align-items: start;
    }
    .list {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .tab,
  .action {
    display: flex;
    align-items: center;
    gap: 0.6em;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.35em 0.7em;
    font: inherit;
    text-align: start;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .tab:hover,
  .action:hover {
    background: var(--_surface-alt);
  }
  .number {
    flex: none;
    min-inline-size: 1.6em;
    font-weight: 700;
    color: var(--_primary);
    font-variant-numeric: tabular-nums;
  }
  .name {
    flex: 1;
  }
  .count {
    flex: none;
    min-inline-size: 2em;
    padding-inline: 0.4em;
    font-size: 0.875em;
    text-align: center;
    color: var(--_muted);
    background: var(--_surface-alt);
    border-radius: 1em;
  }
  .tab[aria-selected='true'] {
    font-weight: 700;
    color: var(--_selected-color);
    background: var(--_selected-bg);
    border-color: var(--_selected-bg);
  }
  .tab[aria-selected='true'] .number,
  .tab[aria-selected='true'] .count {
    color: inherit;
    background: none;
  }
  .hint,
  .note,
  .eyebrow,
  .status {
    color: var(--_muted);
  }
  .heading {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
  .eyebrow {
    display: block;
    font-size: 0.875em;
  }
  .section-title {
    font-size: 1.125em;
    font-weight: 700;
  }
  .action-list,
  .target-list {
    display: grid;
    gap: 0.4em;
  }
  .action {
    align-items: baseline;
  }
  .action[aria-pressed='true'] {
    font-weight: 600;
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .action[aria-pressed='true']::after {
    content: '✓' / '';
    margin-inline-start: auto;
    color: var(--_primary);
  }
  .letter {
    flex: none;
    font-weight: 700;
    color: var(--_primary);
  }
  .action-text {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_primary);
  }
  .target-list li {
    display: flex;
    align-items: baseline;
    gap: 0.6em;
  }
  .target-id {
    flex: none;
    min-inline-size: 3.4em;
    padding-inline: 0.4em;
    font-weight: 700;
    text-align: center;
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    font-variant-numeric: tabular-nums;
  }
  .skeleton .skeleton-line {
    block-size: 2.2em;
    margin-block: 0.3em;
  }
  @media (forced-colors: active) {
    .tab,
    .action,
    .target-id {
      border-color: ButtonText;
    }
    .tab[aria-selected='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    .action[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
