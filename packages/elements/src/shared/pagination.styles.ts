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
