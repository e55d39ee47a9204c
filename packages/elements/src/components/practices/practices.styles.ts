import { css } from 'lit';

// The controls, states and pagination are shared with <gcm-resources>: see
// shared/controls.styles.ts, shared/list-view.styles.ts and shared/pagination.styles.ts.
export const styles = css`
  :host {
    --_gap: var(--gcm-practices-gap, var(--_space));
    --_filters-background: var(--gcm-practices-filters-background, var(--_surface-alt));
  }
  .results.grid,
  .skeletons {
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--gcm-practices-card-min-width, 18em)), 1fr)
    );
  }
  .results.list {
    grid-template-columns: 1fr;
  }
  /* The pagination's layout follows the catalogue's own width. */
  .root {
    container-type: inline-size;
  }
  /* Cards as tall as their content: a short card next to a long one leaves no blank box. */
  .results.grid {
    align-items: start;
  }
`;
