import { css } from 'lit';

export const styles = css`
  :host {
    --_card-background: var(--gcm-practice-card-background, var(--_surface));
    --_card-title-color: var(--gcm-practice-card-title-color, var(--_primary));
    --_badge-background: var(
      --gcm-practice-card-badge-background,
      color-mix(in srgb, var(--_primary) 10%, var(--_surface))
    );
    --_badge-color: var(--gcm-practice-card-badge-color, var(--_text));
    /* A catalogue page of 100 cards, or a host's 1000, spends most of its first paint on
       style and layout of cards below the fold: skip those until they scroll near. The
       content stays in the accessibility tree and find-in-page. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 300px;
  }
  .root {
    block-size: 100%;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    block-size: 100%;
    padding: var(--gcm-practice-card-padding, var(--_space));
    color: var(--_text);
    background: var(--_card-background);
    border: var(--gcm-practice-card-border, 1px solid var(--_border));
    border-radius: var(--gcm-practice-card-radius, var(--_radius));
    box-shadow: var(--gcm-practice-card-shadow, none);
  }
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  .featured {
    display: inline-flex;
    align-self: flex-start;
    align-items: center;
    gap: 0.25em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent);
  }
  .featured svg {
    fill: currentColor;
    flex: none;
  }
  .title {
    font-size: var(--gcm-practice-card-title-size, 1.125em);
    font-weight: 600;
    line-height: 1.3;
  }
  /* Calm titles: the primary colour, underlined only under the pointer. */
  .title a,
  .title-button {
    display: inline-block;
    min-block-size: 24px;
    color: var(--_card-title-color);
    text-decoration: none;
    text-underline-offset: 0.15em;
    border-radius: 2px;
  }
  .title a:hover,
  .title-button:hover {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .title-button {
    padding: 0;
    margin: 0;
    font: inherit;
    text-align: start;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .facts {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
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
    -webkit-line-clamp: var(--gcm-practice-card-summary-lines, 5);
    overflow: hidden;
  }
  .takeaway {
    padding-inline-start: 0.75em;
    font-size: 0.875em;
    border-inline-start: 3px solid var(--_primary);
  }
  /* The badges themselves: shared/objective-badges.styles.ts. */
  .badges {
    margin-block-start: auto;
  }
  .error {
    border-color: var(--_danger);
  }
  .error-message {
    font-weight: 600;
    color: var(--_danger);
  }
  .error-detail {
    font-size: 0.85em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .error .button {
    align-self: flex-start;
  }
  .title-line {
    inline-size: 70%;
    block-size: 1.3em;
  }
  .short {
    inline-size: 40%;
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .title a {
      color: LinkText;
    }
    .title-button {
      color: ButtonText;
    }
    .featured,
    .error-message {
      color: CanvasText;
    }
  }
`;
