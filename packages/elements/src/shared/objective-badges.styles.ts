import { css } from 'lit';

/**
 * The badges of `renderObjectiveBadges`. The element sets `--_badge-background` and
 * `--_badge-color` from its own `--gcm-<element>-badge-*` tokens.
 */
export const objectiveBadgeStyles = css`
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.6em 0.15em 0.2em;
    font-size: 0.825em;
    color: var(--_badge-color, var(--_text));
    background: var(
      --_badge-background,
      color-mix(in srgb, var(--_primary) 10%, var(--_surface))
    );
    border-radius: 999px;
  }
  .badge-number {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.6em;
    block-size: 1.6em;
    padding-inline: 0.25em;
    font-weight: 700;
    color: var(--_on-primary);
    background: var(--_primary);
    border-radius: 999px;
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    .badge-number {
      color: Canvas;
      background: CanvasText;
    }
  }
`;
