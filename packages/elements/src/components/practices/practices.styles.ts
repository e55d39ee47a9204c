import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--gcm-practices-gap, var(--_space));
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
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
    min-block-size: 2.75rem;
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
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    align-items: end;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    background: var(--gcm-practices-filters-background, var(--_surface-alt));
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
  .year-inputs {
    display: flex;
    gap: 0.5em;
  }
  .year {
    display: flex;
    flex: 1;
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
  .results.grid,
  .skeletons {
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--gcm-practices-card-min-width, 18rem)), 1fr)
    );
  }
  .results.list {
    grid-template-columns: 1fr;
  }
  .results > li {
    min-inline-size: 0;
  }
  .results > li > gcm-practice-card {
    block-size: 100%;
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
  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pagination .gap {
    padding-inline: 0.25em;
  }
  .arrow {
    display: inline-block;
  }
  [dir='rtl'] .arrow {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    input,
    select {
      border-color: CanvasText;
    }
    .empty {
      border-color: CanvasText;
    }
    .pagination [aria-current='page'] {
      outline: 2px solid Highlight;
    }
  }
`;
