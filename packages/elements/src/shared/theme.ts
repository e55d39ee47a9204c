import { css } from 'lit';

/**
 * Design tokens. Partners set the public `--gcm-*` properties on the element (or
 * any ancestor); components read the private `--_*` copies, which carry the
 * defaults for the light and dark schemes.
 *
 * `theme`: `light` (default, matches most host pages), `dark`, or `auto`
 * (follows `prefers-color-scheme`).
 */
export const tokens = css`
  :host {
    color-scheme: light;
    --_primary: var(--gcm-color-primary, #0a5ea8);
    --_on-primary: var(--gcm-color-on-primary, #ffffff);
    --_text: var(--gcm-color-text, #1b1f24);
    --_muted: var(--gcm-color-text-muted, #4a5562);
    --_surface: var(--gcm-color-surface, #ffffff);
    --_surface-alt: var(--gcm-color-surface-alt, #f2f4f7);
    --_border: var(--gcm-color-border, #747e8a);
    --_accent: var(--gcm-color-accent, #8a4500);
    --_danger: var(--gcm-color-danger, #a8231b);
    --_focus: var(--gcm-color-focus, #1551c2);
    --_font: var(--gcm-font-family, inherit);
    --_radius: var(--gcm-radius, 0.5em);
    --_space: var(--gcm-space, 1em);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_primary: var(--gcm-color-primary, #8cc4ff);
    --_on-primary: var(--gcm-color-on-primary, #06223d);
    --_text: var(--gcm-color-text, #e8edf2);
    --_muted: var(--gcm-color-text-muted, #b7c1cc);
    --_surface: var(--gcm-color-surface, #161a1f);
    --_surface-alt: var(--gcm-color-surface-alt, #222830);
    --_border: var(--gcm-color-border, #8893a0);
    --_accent: var(--gcm-color-accent, #ffc46b);
    --_danger: var(--gcm-color-danger, #ffb4ab);
    --_focus: var(--gcm-color-focus, #9fcaff);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      --_primary: var(--gcm-color-primary, #8cc4ff);
      --_on-primary: var(--gcm-color-on-primary, #06223d);
      --_text: var(--gcm-color-text, #e8edf2);
      --_muted: var(--gcm-color-text-muted, #b7c1cc);
      --_surface: var(--gcm-color-surface, #161a1f);
      --_surface-alt: var(--gcm-color-surface-alt, #222830);
      --_border: var(--gcm-color-border, #8893a0);
      --_accent: var(--gcm-color-accent, #ffc46b);
      --_danger: var(--gcm-color-danger, #ffb4ab);
      --_focus: var(--gcm-color-focus, #9fcaff);
    }
  }
`;

/**
 * Resets and pieces every component shares: host box, text settings, focus ring, buttons,
 * hidden text.
 *
 * Every inherited text property is set on the element's own container (`.root`) inside the
 * shadow root, never on `:host`: a rule of the page that matches the element itself
 * (`* { color: red !important; line-height: 3 }`) then changes the host box and nothing inside.
 * Sizes are in `em` of that container, whose size is the visitor's default (`medium`) or
 * `--gcm-font-size`, so a page that sets `html { font-size: 30px }` leaves them alone too.
 * Only the font family is taken from the page, by design (`--gcm-font-family` overrides it).
 */
export const base = css`
  :host {
    display: block;
    font-family: var(--_font);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    font-family: inherit;
    font-size: var(--gcm-font-size, medium);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    line-height: 1.5;
    color: var(--_text);
    -webkit-text-fill-color: currentColor;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    hyphens: manual;
    font-synthesis: weight style;
    visibility: visible;
    cursor: auto;
  }
  /*
   * Data in another language than the element (English titles on an Arabic page) keeps its own
   * direction (dir="auto", <bdi>) but lines up with the element's edge like the text around it:
   * an English title in a right-to-left card is right-aligned, as its details are.
   */
  .root[dir='rtl'] [dir='auto'] {
    text-align: right;
  }
  .root[dir='ltr'] [dir='auto'] {
    text-align: left;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.4em 1em;
    font: inherit;
    font-weight: 600;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface-alt);
  }
  .button.primary {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  .button.primary:hover {
    filter: brightness(1.08);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .skeleton-line {
    display: block;
    block-size: 0.9em;
    margin-block: 0.6em;
    border-radius: 0.25em;
    background: var(--_surface-alt);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-line {
      animation: gcm-pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes gcm-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .button.primary {
      color: ButtonFace;
      background: ButtonText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    .skeleton-line {
      background: GrayText;
    }
  }
`;
