import { css } from 'lit';

/** The box of `renderErrorState`. */
export const errorStateStyles = css`
  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-message {
    font-weight: 600;
    color: var(--_danger);
  }
  .error-detail {
    font-size: 0.875em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .error-detail summary {
    min-block-size: 24px;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    .error-message {
      color: CanvasText;
    }
  }
`;
