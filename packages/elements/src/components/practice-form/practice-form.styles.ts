import { css } from 'lit';

export const styles = css`
  :host {
    --_pf-gap: var(--gcm-practice-form-gap, var(--_space));
    --_pf-error: var(--gcm-practice-form-error-color, var(--_danger));
    --_pf-input-border: var(--gcm-practice-form-input-border, 2px solid var(--_border));
  }
  .root {
    max-inline-size: var(--gcm-practice-form-max-width, 48em);
  }
  p {
    margin-block: 0 0.75em;
  }
  .heading {
    margin-block: 0 var(--_pf-gap);
    font-size: 1.3em;
    line-height: 1.3;
  }
  .section {
    margin-block-end: calc(var(--_pf-gap) * 1.5);
    padding: var(--_pf-gap);
    background: var(--gcm-practice-form-section-background, transparent);
    border: var(--gcm-practice-form-section-border, 1px solid var(--_border));
    border-radius: var(--_radius);
  }
  .field {
    margin-block-end: var(--_pf-gap);
  }
  label,
  legend {
    display: block;
    font-weight: 600;
  }
  .choice label {
    font-weight: 400;
  }
  .hint {
    color: var(--_muted);
  }
  input:not([type='checkbox']),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75em;
    margin-block-start: 0.25em;
    padding: 0.4em 0.6em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: var(--_pf-input-border);
    border-radius: calc(var(--_radius) / 2);
  }
  input.short {
    max-inline-size: 8ch;
  }
  textarea {
    resize: vertical;
  }
  .invalid > input,
  .invalid > select,
  .invalid > textarea,
  [aria-invalid='true'] {
    border-color: var(--_pf-error);
    border-inline-start-width: 5px;
  }
  .error-message {
    margin-block: 0.25em;
    font-weight: 600;
    color: var(--_pf-error);
  }
  .group {
    margin: 0 0 var(--_pf-gap);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .group > legend {
    margin-block-end: 0.5em;
    padding: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_pf-gap);
    align-items: flex-end;
  }
  .row > .field {
    flex: 1 1 14em;
  }
  .row > .remove {
    margin-block-end: var(--_pf-gap);
  }
  .choice-list {
    display: grid;
    gap: 0.25em;
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .choice input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
  }
  .consent {
    flex-wrap: wrap;
  }
  .consent > .error-message {
    flex-basis: 100%;
  }
  .picker {
    display: flex;
    gap: 0.5em;
    align-items: flex-end;
  }
  .picker select {
    flex: 1;
  }
  .chosen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .chosen li {
    display: flex;
    gap: 0.5em;
    align-items: center;
    padding-inline-start: 0.75em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pf-gap);
  }
  .status:empty {
    display: none;
  }
  .status,
  .loading {
    margin-block-start: var(--_pf-gap);
    font-weight: 600;
  }
  .error-summary {
    margin-block-end: calc(var(--_pf-gap) * 1.5);
    padding: var(--_pf-gap);
    border: 5px solid var(--_pf-error);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    font-weight: 600;
    color: var(--_pf-error);
  }
  .notice,
  .call,
  .closed,
  .receipt {
    margin-block-end: var(--_pf-gap);
    padding: var(--_pf-gap);
    background: var(--_surface-alt);
    border-inline-start: 5px solid var(--_primary);
    border-radius: var(--_radius);
  }
  .send-failed {
    border-inline-start-color: var(--_pf-error);
  }
  .notice-title,
  .call-title {
    font-weight: 600;
  }
  .reference {
    font-size: 1.4em;
    letter-spacing: 0.05em;
  }
  a {
    color: var(--_primary);
  }
  /* Robots fill every field; people never see this one. */
  .hp {
    display: none;
  }
  .error-summary:focus,
  .receipt:focus,
  .send-failed:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .error-summary,
    [aria-invalid='true'] {
      border-color: Mark;
    }
    .error-message {
      color: Mark;
    }
  }
`;
