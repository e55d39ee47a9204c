import { css } from 'lit';

/**
 * The search form, filter selects and year range of `controls.ts`. The element sets
 * `--_filters-background` from its own `--gcm-<element>-filters-background` token.
 */
export const controlsStyles = css`
  .controls {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  label,
  legend {
    font-weight: 600;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  input,
  select {
    min-block-size: 2.75em;
    padding: 0.4em 0.6em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input[type='search'] {
    flex: 1;
    min-inline-size: 0;
  }
  select {
    inline-size: 100%;
    max-inline-size: 100%;
    text-overflow: ellipsis;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    align-items: end;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    background: var(--_filters-background, var(--_surface-alt));
    border-radius: var(--_radius);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    min-inline-size: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.3em;
  }
  /* The two years wrap one under the other rather than overlap when the column is narrow. */
  .year-inputs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .year {
    display: flex;
    flex: 1 1 8em;
    align-items: center;
    gap: 0.35em;
    min-inline-size: 0;
  }
  .year label {
    font-weight: 400;
  }
  .year input {
    inline-size: 100%;
    min-inline-size: 4.5em;
  }
  .clear {
    justify-self: start;
  }
  @media (forced-colors: active) {
    input,
    select {
      border-color: CanvasText;
    }
  }
`;
