import { css } from 'lit';

/** The dialog of `PracticeDialog`. */
export const practiceDialogStyles = css`
  .practice-dialog {
    inline-size: min(60em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    padding: 0 var(--_space) var(--_space);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overscroll-behavior: contain;
  }
  .practice-dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding-block: calc(var(--_space) * 0.5);
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    .practice-dialog {
      border-color: CanvasText;
    }
  }
`;
