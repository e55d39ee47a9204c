import { css } from 'lit';

export const styles = css`
  :host {
    --_title-color: var(--gcm-practice-title-color, var(--_text));
    --_heading-color: var(--gcm-practice-heading-color, var(--_text));
    --_badge-background: var(
      --gcm-practice-badge-background,
      color-mix(in srgb, var(--_primary) 10%, var(--_surface))
    );
    --_badge-color: var(--gcm-practice-badge-color, var(--_text));
  }
  .practice {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: var(--gcm-practice-max-width, 72ch);
    padding: var(--gcm-practice-padding, 0);
    color: var(--_text);
    background: var(--gcm-practice-background, transparent);
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  .header {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
  }
  .featured {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent);
  }
  .featured svg {
    flex: none;
    fill: currentColor;
  }
  .title {
    font-size: var(--gcm-practice-title-size, 1.6em);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_title-color);
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    padding: 0;
    list-style: none;
  }
  .badge {
    padding: 0.15em 0.6em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_badge-color);
    background: var(--_badge-background);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .facts {
    display: grid;
    gap: 0.25em;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  .section-title {
    font-size: 1.15em;
    font-weight: 700;
    color: var(--_heading-color);
  }
  .text {
    white-space: pre-line;
  }
  .objectives,
  .actions,
  .principles,
  .targets,
  .results,
  .links,
  .related,
  .resources {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 1.25em;
  }
  .objectives {
    gap: 0.6em;
  }
  .primary {
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    font-size: 0.8em;
    font-weight: 600;
    background: var(--_badge-background);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .letter,
  .target-id {
    font-variant-numeric: tabular-nums;
  }
  .related {
    padding: 0;
    list-style: none;
  }
  .related-item {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    padding: calc(var(--_space) * 0.6);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .related-item a,
  .related-button {
    align-self: flex-start;
    min-block-size: 24px;
    font-weight: 600;
  }
  .related-button {
    padding: 0;
    font: inherit;
    font-weight: 600;
    color: var(--_primary);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .related-facts,
  .none,
  .source {
    color: var(--_muted);
    font-size: 0.925em;
  }
  .hub-link {
    font-weight: 600;
  }
  .not-found {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton .title-line {
    block-size: 1.6em;
    inline-size: 60%;
  }
  .skeleton-line.short {
    inline-size: 40%;
  }
  @media (forced-colors: active) {
    .badge,
    .primary {
      border-color: CanvasText;
    }
  }
`;
