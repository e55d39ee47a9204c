import { css } from 'lit';

// With nothing to show the host takes no space: no box, no padding, no layout shift while loading.
export const styles = css`
  :host {
    display: none;
    --_cb-bg: var(--gcm-campaign-banner-background, var(--_surface-alt));
    --_cb-fg: var(--gcm-campaign-banner-color, var(--_text));
    --_cb-accent: var(--gcm-campaign-banner-accent, var(--_primary));
    --_cb-on-accent: var(--gcm-campaign-banner-on-accent, var(--_on-primary));
  }
  :host(:state(visible)) {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .banner {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    padding: var(--gcm-campaign-banner-padding, var(--_space));
    color: var(--_cb-fg);
    background: var(--_cb-bg);
    border: var(--gcm-campaign-banner-border, 0 solid);
    border-inline-start: 0.375em solid var(--_cb-accent);
    border-radius: var(--gcm-campaign-banner-radius, var(--_radius));
  }
  .urgent {
    --_cb-bg: var(--gcm-campaign-banner-background, var(--_danger));
    --_cb-fg: var(--gcm-campaign-banner-color, var(--_surface));
    --_cb-accent: var(--gcm-campaign-banner-accent, var(--_surface));
    --_cb-on-accent: var(--gcm-campaign-banner-on-accent, var(--_danger));
    border-inline-start-color: transparent;
  }
  .urgent :focus-visible {
    outline-color: var(--_cb-fg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: gcm-banner-in 0.3s ease-out;
    }
  }
  @keyframes gcm-banner-in {
    from {
      opacity: 0;
      transform: translateY(-0.5em);
    }
  }
  .content {
    display: flex;
    flex: 1;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .text {
    flex: 1 1 18em;
  }
  p {
    margin: 0;
  }
  .title {
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
  }
  .theme {
    font-style: italic;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-block-start: 0.25em;
  }
  .countdown {
    display: inline-block;
    padding: 0 0.6em;
    font-weight: 700;
    color: var(--_cb-on-accent);
    background: var(--_cb-accent);
    border-radius: 999px;
  }
  .countdown::first-letter {
    text-transform: uppercase;
  }
  .button.action {
    color: var(--_cb-on-accent);
    background: var(--_cb-accent);
    border-color: var(--_cb-accent);
    text-decoration: none;
  }
  .button.action:hover {
    text-decoration: underline;
  }
  .dismiss {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.75em;
    block-size: 2.75em;
    margin-block: -0.5em;
    padding: 0;
    color: inherit;
    background: none;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .dismiss:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .dismiss svg {
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  @media (forced-colors: active) {
    .banner {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.375em;
    }
    .countdown {
      color: CanvasText;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .button.action {
      color: LinkText;
      background: Canvas;
      border-color: LinkText;
    }
    .dismiss {
      color: ButtonText;
    }
  }
`;
