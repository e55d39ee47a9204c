import { css } from 'lit';

/** The page buttons of `renderPagination`. */
export const paginationStyles = css`
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
  /*
   * Narrow: Previous and Next share the first row, at either end, and the page numbers take the
   * row below, so Next is never left alone on a row of its own.
   */
  @container (max-width: 30em) {
    .pagination ul::before {
      content: '';
      flex-basis: 100%;
      order: 3;
    }
    .pagination li:first-child {
      order: 1;
    }
    .pagination li:last-child {
      order: 2;
      margin-inline-start: auto;
    }
    .pagination li:not(:first-child):not(:last-child) {
      order: 4;
    }
    .pagination ul {
      justify-content: center;
      row-gap: 0.75em;
    }
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
    .pagination [aria-current='page'] {
      outline: 2px solid Highlight;
    }
  }
`;
