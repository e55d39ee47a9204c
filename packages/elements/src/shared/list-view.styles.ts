import { css } from 'lit';

/**
 * The column of a list element (<gcm-practices>, <gcm-resources>): controls, result count,
 * the results region with its list, skeleton and empty state, pagination. The element sets
 * `--_gap` from its own `--gcm-<element>-gap` token and lays out `.results` itself.
 */
export const listViewStyles = css`
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  .status {
    font-weight: 600;
    color: var(--_muted);
  }
  .results-region {
    border-radius: var(--_radius);
  }
  .results-region[aria-busy='true'] .results:not(.skeletons) {
    opacity: 0.6;
  }
  .results {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results > li {
    min-inline-size: 0;
  }
  .skeleton-card {
    padding: var(--_space);
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .title-line {
    inline-size: 70%;
    block-size: 1.3em;
  }
  .short {
    inline-size: 40%;
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .empty {
      border-color: CanvasText;
    }
  }
`;
