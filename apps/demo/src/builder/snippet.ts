import { COLOURS, DEFAULT_RADIUS, type Field, specOf, type Tag } from './schema.js';

/** A field's value: text for text, number and select fields, on/off, or the checked choices. */
export type FieldValue = string | boolean | readonly string[];

export interface BuilderState {
  tag: Tag;
  /** The API address written into the snippet. */
  api: string;
  /** Field values of the chosen element, by attribute name. */
  values: Readonly<Record<string, FieldValue>>;
  lang: string;
  theme: string;
  /** Colour tokens by custom property name (`--gcm-color-primary`). */
  colours: Readonly<Record<string, string>>;
  radius: string;
}

/** An attribute, `true` for a boolean one written without a value. */
export type Attribute = readonly [name: string, value: string | true];

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
const CSS_LENGTH = /^(0|\d+(\.\d+)?(rem|px|em))$/;

/** Escape a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

function fieldAttribute(field: Field, value: FieldValue | undefined): Attribute | undefined {
  switch (field.kind) {
    case 'boolean':
      return value === true ? [field.attr, true] : undefined;
    case 'choices': {
      // Unset means the element's default set of controls.
      if (!Array.isArray(value)) return undefined;
      const checked = field.options.map(([v]) => v).filter((v) => value.includes(v));
      const defaults = field.initial ?? field.options.map(([v]) => v);
      if (checked.length === defaults.length && defaults.every((v) => checked.includes(v))) {
        return undefined;
      }
      return [field.attr, checked.length === 0 ? field.none : checked.join(',')];
    }
    case 'select':
      return typeof value === 'string' && value !== field.initial ? [field.attr, value] : undefined;
    default: {
      const text = typeof value === 'string' ? value.trim() : '';
      return text ? [field.attr, text] : undefined;
    }
  }
}

/**
 * The element's attributes, in a stable order: api, the element's own, then lang and theme.
 * `for: 'preview'` adds the preview-only ones (a pinned date), which a snippet never carries.
 */
export function attributesOf(
  state: BuilderState,
  { for: target = 'snippet' }: { for?: 'snippet' | 'preview' } = {},
): Attribute[] {
  const attributes: Attribute[] = [['api', state.api]];
  for (const field of specOf(state.tag).fields) {
    if (field.kind === 'text' && field.previewOnly && target === 'snippet') continue;
    const attribute = fieldAttribute(field, state.values[field.attr]);
    if (attribute) attributes.push(attribute);
  }
  if (state.lang) attributes.push(['lang', state.lang]);
  if (state.theme && state.theme !== 'light') attributes.push(['theme', state.theme]);
  return attributes;
}

/** The CSS custom properties that differ from the elements' defaults. */
export function variablesOf(state: BuilderState): [string, string][] {
  const variables: [string, string][] = [];
  for (const [name, , initial] of COLOURS) {
    const value = state.colours[name]?.toLowerCase();
    if (value && HEX_COLOUR.test(value) && value !== initial) variables.push([name, value]);
  }
  if (state.radius !== DEFAULT_RADIUS && CSS_LENGTH.test(state.radius)) {
    variables.push(['--gcm-radius', state.radius]);
  }
  return variables;
}

function openingTag(tag: string, attributes: readonly Attribute[]): string {
  const parts = attributes.map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const oneLine = `<${tag}${parts.map((p) => ` ${p}`).join('')}>`;
  if (oneLine.length <= 100) return oneLine;
  return `<${tag}\n${parts.map((p) => `  ${p}\n`).join('')}>`;
}

/** The snippet to paste: the script tag, the brand's CSS variables, and the element. */
export function renderSnippet(state: BuilderState, bundleUrl: string): string {
  const lines = [`<script type="module" src="${escapeAttribute(bundleUrl)}"></script>`];
  const variables = variablesOf(state);
  if (variables.length > 0) {
    lines.push(
      '<style>',
      `  ${state.tag} {`,
      ...variables.map(([name, value]) => `    ${name}: ${value};`),
      '  }',
      '</style>',
    );
  }
  lines.push(`${openingTag(state.tag, attributesOf(state))}</${state.tag}>`);
  return `${lines.join('\n')}\n`;
}
