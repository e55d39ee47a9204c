import { MAX_QUERY_LENGTH, MAX_YEAR, MIN_YEAR } from '@gcm-practices/contract';
import { html, nothing } from 'lit';
import { type ChildPart, Directive, directive } from 'lit/directive.js';
import { formatNumber } from './format.js';
import { validYear } from './list-values.js';
import type { Locale } from './locale.js';
import { msg } from './localization.js';

/*
 * The controls of the list elements (<gcm-practices>, <gcm-resources>): native, labelled
 * form controls, styled by `controlsStyles`. Call these while the element renders, so their
 * text is in its language.
 */

export interface SelectOption {
  value: string;
  label: string;
  /** Items carrying this value given the other filters; omitted when unknown. */
  count?: number | undefined;
}

export interface SelectControl {
  id: string;
  label: string;
  /** Text of the empty choice ("All objectives"); without it there is none (a sort order). */
  all?: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
}

/**
 * Puts its `<select>` on `value` once the options are in place. Their `selected` attributes say
 * which one is chosen on the first render and in server-rendered markup, but an option once
 * chosen keeps its selection when the attribute moves on (HTML's "dirtiness", which Firefox
 * follows): after "Clear filters" the select would go on showing the old choice.
 */
class SelectValue extends Directive {
  render(_value: string) {
    return nothing;
  }
  override update(part: ChildPart, [value]: [string]) {
    (part.parentNode as HTMLSelectElement).value = value;
    return nothing;
  }
}
const selectValue = directive(SelectValue);

/** A labelled native `<select>`: keyboard operable and announced by every screen reader. */
export function renderSelect(locale: Locale, control: SelectControl) {
  return html`<div class="field" part="filter">
    <label for=${control.id} part="label">${control.label}</label>
    <select
      id=${control.id}
      part="select"
      @change=${(e: Event) => control.onChange((e.target as HTMLSelectElement).value)}
    >
      ${
        control.all === undefined
          ? nothing
          : html`<option value="" ?selected=${control.value === ''}>${control.all}</option>`
      }
      ${control.options.map(
        (o) =>
          html`<option value=${o.value} ?selected=${o.value === control.value}>
            ${o.label}${o.count === undefined ? nothing : ` (${formatNumber(locale, o.count)})`}
          </option>`,
      )}
      ${selectValue(control.value)}
    </select>
  </div>`;
}

export interface SearchControl {
  id: string;
  /** The field's visible label: "Search practices". */
  label: string;
  value: string;
  onInput: (value: string) => void;
  onSubmit: (value: string) => void;
}

/** The search form: a real `type=search` input with a visible label. */
export function renderSearch(control: SearchControl) {
  return html`<form
    class="search"
    part="search"
    role="search"
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const input = (e.currentTarget as HTMLFormElement).elements.namedItem(
        'q',
      ) as HTMLInputElement;
      control.onSubmit(input.value);
    }}
  >
    <label for=${control.id} part="label">${control.label}</label>
    <div class="search-row">
      <input
        id=${control.id}
        name="q"
        part="search-input"
        type="search"
        maxlength=${MAX_QUERY_LENGTH}
        autocomplete="off"
        .value=${control.value}
        @input=${(e: InputEvent) => control.onInput((e.target as HTMLInputElement).value)}
      />
      <button class="button primary" part="button search-button" type="submit">
        ${msg('Search', { id: 'search' })}
      </button>
    </div>
  </form>`;
}

export interface YearControl {
  idPrefix: string;
  from: number | undefined;
  to: number | undefined;
  onChange: (from: number | undefined, to: number | undefined) => void;
}

/** Year range: two number inputs grouped under one legend. */
export function renderYears(control: YearControl) {
  const onChange = (e: Event) => {
    const fieldset = (e.currentTarget as HTMLElement).closest('fieldset') as HTMLFieldSetElement;
    const [from, to] = fieldset.querySelectorAll('input');
    control.onChange(
      validYear((from as HTMLInputElement).valueAsNumber),
      validYear((to as HTMLInputElement).valueAsNumber),
    );
  };
  return html`<fieldset class="field years" part="filter years">
    <legend part="label">${msg('Years', { id: 'years' })}</legend>
    <div class="year-inputs">
      <span class="year">
        <label for=${`${control.idPrefix}-from`}>${msg('From', { id: 'from' })}</label>
        <input
          id=${`${control.idPrefix}-from`}
          part="year-input"
          type="number"
          inputmode="numeric"
          min=${MIN_YEAR}
          max=${MAX_YEAR}
          step="1"
          .value=${control.from === undefined ? '' : String(control.from)}
          @change=${onChange}
        />
      </span>
      <span class="year">
        <label for=${`${control.idPrefix}-to`}>${msg('To', { id: 'to' })}</label>
        <input
          id=${`${control.idPrefix}-to`}
          part="year-input"
          type="number"
          inputmode="numeric"
          min=${MIN_YEAR}
          max=${MAX_YEAR}
          step="1"
          .value=${control.to === undefined ? '' : String(control.to)}
          @change=${onChange}
        />
      </span>
    </div>
  </fieldset>`;
}
