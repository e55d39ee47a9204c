/**
 * What the embed builder lets a partner configure, element by element: which attributes it
 * offers, with which control, label and starting value. What an element and its attributes
 * are — their descriptions, the values a select offers, the defaults — comes from the
 * elements' Custom Elements Manifest (`element-docs.ts`), so the builder cannot drift from
 * the elements it configures.
 */
import { attributeDoc, elementDoc, literalDefault } from './element-docs.js';

export type Tag =
  | 'gcm-practices'
  | 'gcm-practice'
  | 'gcm-practice-card'
  | 'gcm-objective-browser'
  | 'gcm-campaign-banner'
  | 'gcm-resources'
  | 'gcm-practice-form';

/** Suggestions offered from the API (a `<datalist>`); typing anything else still works. */
export type Suggestions =
  | 'objectives'
  | 'actions'
  | 'regions'
  | 'countries'
  | 'practices'
  | 'campaigns'
  | 'calls'
  | 'implementerTypes';

interface FieldBase {
  attr: string;
  label: string;
  /** The attribute's description in the Custom Elements Manifest. */
  description: string;
  /** What the builder adds to it: an example, what leaving the field empty does. */
  note?: string;
}

export interface TextField extends FieldBase {
  kind: 'text';
  suggestions?: Suggestions;
  placeholder?: string;
  /** Value the field starts with. */
  initial?: string;
  /** Applies to the preview only, never written into the snippet (a frozen date would be wrong tomorrow). */
  previewOnly?: boolean;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
  placeholder?: string;
  initial?: string;
}

export interface SelectField extends FieldBase {
  kind: 'select';
  options: readonly (readonly [value: string, label: string])[];
  /** The element's own default, from the manifest: choosing it leaves the attribute out. */
  initial: string;
  /** Values the element takes that the builder does not offer, each with why. */
  leftOut?: Readonly<Record<string, string>>;
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
}

/** A group of checkboxes that becomes one comma-separated attribute; all checked = attribute left out. */
export interface ChoicesField extends FieldBase {
  kind: 'choices';
  options: readonly (readonly [value: string, label: string])[];
  /** The element's default set, left out of the snippet; every option when not given. */
  initial?: readonly string[];
  /** Value written when nothing is checked. */
  none: string;
}

export type Field = TextField | NumberField | SelectField | BooleanField | ChoicesField;

export interface ElementSpec {
  tag: Tag;
  label: string;
  /** The element's summary in the Custom Elements Manifest. */
  description: string;
  fields: readonly Field[];
}

/** A field as the builder offers it, before the manifest fills in what it documents. */
export type FieldOffer<F extends Field = Field> = F extends SelectField
  ? Omit<F, 'description' | 'initial'>
  : Omit<F, 'description'>;

export interface ElementOffer {
  tag: Tag;
  label: string;
  fields: readonly FieldOffer[];
}

const hrefTemplate: FieldOffer<TextField> = {
  kind: 'text',
  attr: 'href-template',
  label: 'Link for practice titles',
  note: 'Your page for one practice, such as https://example.org/practices/{id}. Empty: titles open the practice in a dialog, after firing gcm-practice-select (cancel it to route in your own script).',
  placeholder: 'https://example.org/practices/{id}',
};

const headingLevel = (note: string): FieldOffer<SelectField> => ({
  kind: 'select',
  attr: 'heading-level',
  label: 'Heading level',
  note,
  options: [
    ['2', 'h2'],
    ['3', 'h3'],
    ['4', 'h4'],
    ['5', 'h5'],
    ['6', 'h6'],
  ],
});

const syncUrl = (what: string): FieldOffer<BooleanField> => ({
  kind: 'boolean',
  attr: 'sync-url',
  label: 'Keep the choices in the page address',
  note: `Visitors can bookmark and share ${what}, and Back undoes a change.`,
});

const yearFrom: FieldOffer<NumberField> = {
  kind: 'number',
  attr: 'year-from',
  label: 'From year',
  min: 1900,
  max: 2100,
  placeholder: '2015',
};

const yearTo: FieldOffer<NumberField> = {
  kind: 'number',
  attr: 'year-to',
  label: 'To year',
  min: 1900,
  max: 2100,
  placeholder: '2025',
};

const noControls = 'None checked: no controls, only results.';

export const OFFERS: readonly ElementOffer[] = [
  {
    tag: 'gcm-practices',
    label: 'Practices catalogue',
    fields: [
      {
        kind: 'text',
        attr: 'objective',
        label: 'Objective',
        note: 'For example 10, or 10,11.',
        suggestions: 'objectives',
        initial: '10',
      },
      {
        kind: 'text',
        attr: 'action',
        label: 'Action',
        suggestions: 'actions',
      },
      {
        kind: 'text',
        attr: 'region',
        label: 'Region',
        suggestions: 'regions',
      },
      {
        kind: 'text',
        attr: 'country',
        label: 'Country',
        note: 'For example BRA,VEN.',
        suggestions: 'countries',
      },
      {
        kind: 'text',
        attr: 'implementer-type',
        label: 'Implementer type',
        note: 'For example government,civil-society.',
        suggestions: 'implementerTypes',
      },
      yearFrom,
      yearTo,
      { kind: 'text', attr: 'query', label: 'Search text' },
      {
        kind: 'number',
        attr: 'page-size',
        label: 'Practices per page',
        min: 1,
        max: 100,
        placeholder: '12',
      },
      {
        kind: 'select',
        attr: 'layout',
        label: 'Layout',
        options: [
          ['grid', 'Grid of cards'],
          ['list', 'List'],
        ],
      },
      {
        kind: 'choices',
        attr: 'filters',
        label: 'Controls visitors can use',
        note: noControls,
        options: [
          ['search', 'Search'],
          ['objective', 'Objective'],
          ['action', 'Action'],
          ['principle', 'Guiding principle'],
          ['sdg-target', 'SDG target'],
          ['region', 'Region'],
          ['country', 'Country'],
          ['implementer-type', 'Implementer type'],
          ['status', 'Status'],
          ['year', 'Years'],
          ['sort', 'Sort order'],
        ],
        initial: ['search', 'objective', 'action', 'region', 'country', 'implementer-type', 'year'],
        none: 'none',
      },
      {
        kind: 'select',
        attr: 'sort',
        label: 'Order',
        options: [
          ['', 'Featured first, then newest (by relevance while searching)'],
          ['newest', 'Newest first'],
          ['oldest', 'Oldest first'],
          ['title', 'Title (A–Z)'],
        ],
        leftOut: { relevance: 'orders as the first option does' },
      },
      {
        kind: 'select',
        attr: 'status',
        label: 'Status',
        options: [
          ['', 'Any status'],
          ['planned', 'Planned'],
          ['ongoing', 'Ongoing'],
          ['completed', 'Completed'],
        ],
      },
      { kind: 'boolean', attr: 'featured', label: 'Featured practices only' },
      {
        kind: 'text',
        attr: 'campaign',
        label: 'Call for practices',
        suggestions: 'calls',
      },
      hrefTemplate,
      headingLevel('Fit it to the headings of your page.'),
      syncUrl('a search and its filters'),
    ],
  },
  {
    tag: 'gcm-practice',
    label: 'Whole practice',
    fields: [
      {
        kind: 'text',
        attr: 'practice-id',
        label: 'Practice',
        suggestions: 'practices',
        initial: 'pacaraima-committee',
      },
      {
        ...hrefTemplate,
        label: 'Link for related practices',
        note: 'Your page for one practice. Empty: a related practice opens in place of the one shown.',
      },
      headingLevel('Its sections are one level below, to fit the headings of your page.'),
    ],
  },
  {
    tag: 'gcm-practice-card',
    label: 'Practice card',
    fields: [
      {
        kind: 'text',
        attr: 'practice-id',
        label: 'Practice',
        suggestions: 'practices',
        initial: 'pacaraima-committee',
      },
      { ...hrefTemplate, label: 'Link for the title' },
      headingLevel('Fit it to the headings of your page.'),
    ],
  },
  {
    tag: 'gcm-objective-browser',
    label: 'Objective browser',
    fields: [
      {
        kind: 'number',
        attr: 'selected',
        label: 'Selected objective',
        min: 1,
        max: 23,
        initial: '10',
      },
      {
        kind: 'text',
        attr: 'action',
        label: 'Action',
        suggestions: 'actions',
      },
      {
        kind: 'number',
        attr: 'page-size',
        label: 'Practices per page',
        min: 1,
        max: 100,
        placeholder: '12',
      },
      {
        kind: 'choices',
        attr: 'filters',
        label: 'Controls visitors can use on the practices',
        note: noControls,
        options: [
          ['search', 'Search'],
          ['principle', 'Guiding principle'],
          ['sdg-target', 'SDG target'],
          ['region', 'Region'],
          ['country', 'Country'],
          ['implementer-type', 'Implementer type'],
          ['status', 'Status'],
          ['year', 'Years'],
          ['sort', 'Sort order'],
        ],
        initial: ['search', 'country', 'implementer-type', 'year'],
        none: 'none',
      },
      hrefTemplate,
      headingLevel(
        'Its sections are one level below and the practice titles two, to fit the headings of your page.',
      ),
      syncUrl('the objective and action they chose'),
    ],
  },
  {
    tag: 'gcm-campaign-banner',
    label: 'Campaign banner',
    fields: [
      {
        kind: 'text',
        attr: 'campaign',
        label: 'Campaign',
        suggestions: 'campaigns',
      },
      {
        kind: 'select',
        attr: 'variant',
        label: 'Style',
        options: [
          ['info', 'Information'],
          ['urgent', 'Urgent (stronger colours)'],
        ],
      },
      {
        kind: 'text',
        attr: 'now',
        label: 'Preview date',
        note: 'Never copied into the snippet: on your site the banner follows each visitor’s calendar and shows nothing between campaigns.',
        placeholder: 'YYYY-MM-DD',
        previewOnly: true,
      },
      {
        kind: 'text',
        attr: 'time-zone',
        label: 'Time zone',
        placeholder: 'Europe/Paris',
      },
    ],
  },
  {
    tag: 'gcm-resources',
    label: 'Resource library',
    fields: [
      {
        kind: 'text',
        attr: 'objective',
        label: 'Objective',
        note: 'For example 10, or 10,11.',
        suggestions: 'objectives',
      },
      {
        kind: 'text',
        attr: 'region',
        label: 'Region',
        suggestions: 'regions',
      },
      {
        kind: 'text',
        attr: 'category',
        label: 'Category',
        note: 'Among guidance, research, report, assessment, brochure, policy-brief and training.',
      },
      yearFrom,
      yearTo,
      { kind: 'text', attr: 'query', label: 'Search text' },
      {
        kind: 'select',
        attr: 'sort',
        label: 'Order',
        options: [
          ['', 'Newest first (by relevance while searching)'],
          ['newest', 'Newest first, even while searching'],
          ['title', 'Title (A–Z)'],
        ],
        leftOut: { relevance: 'orders as the first option does' },
      },
      {
        kind: 'number',
        attr: 'page-size',
        label: 'Publications per page',
        min: 1,
        max: 100,
        placeholder: '10',
      },
      {
        kind: 'choices',
        attr: 'filters',
        label: 'Controls visitors can use',
        note: noControls,
        options: [
          ['search', 'Search'],
          ['category', 'Category'],
          ['objective', 'Objective'],
          ['region', 'Region'],
          ['year', 'Years'],
          ['sort', 'Sort order'],
        ],
        none: 'none',
      },
      headingLevel('Fit it to the headings of your page.'),
      syncUrl('a search and its filters'),
    ],
  },
  {
    tag: 'gcm-practice-form',
    label: 'Practice submission form',
    fields: [
      {
        kind: 'text',
        attr: 'campaign',
        label: 'Call for practices',
        note: 'The Hub takes practices outside any call at any time. Outside the call’s dates the form says so and is not shown.',
        suggestions: 'calls',
      },
      {
        kind: 'text',
        attr: 'status-page',
        label: 'Status page',
        note: 'Such as https://example.org/practice-status.',
        placeholder: 'https://example.org/practice-status',
      },
      {
        kind: 'number',
        attr: 'heading-level',
        label: 'Heading level of the sections',
        min: 2,
        max: 6,
        placeholder: '2',
      },
      {
        kind: 'text',
        attr: 'now',
        label: 'Preview date',
        note: 'Set it to preview the form of a call that is over; leave it empty on a live site.',
        placeholder: 'YYYY-MM-DD',
      },
    ],
  },
];

/** A field offered, with what the manifest documents of its attribute. */
function documented(tag: Tag, offer: FieldOffer): Field {
  const attribute = attributeDoc(tag, offer.attr);
  const description = attribute.description ?? '';
  if (offer.kind === 'select') {
    return { ...offer, description, initial: literalDefault(attribute) ?? '' };
  }
  return { ...offer, description } as Field;
}

export const ELEMENTS: readonly ElementSpec[] = OFFERS.map(({ tag, label, fields }) => ({
  tag,
  label,
  description: elementDoc(tag).summary,
  fields: fields.map((field) => documented(tag, field)),
}));

/**
 * The text under a field: the manifest's description (left out when it only repeats the
 * label), then the builder's note. Spans in backticks are code.
 */
export function hintOf(field: Field): string {
  const restatesLabel =
    field.description.replace(/\.$/, '').toLowerCase() === field.label.toLowerCase();
  return [restatesLabel ? '' : field.description, field.note ?? ''].filter(Boolean).join(' ');
}

export const LANGUAGES = [
  ['', 'The page’s language'],
  ['en', 'English'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['ar', 'العربية'],
] as const;

export const THEMES = [
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['auto', 'Follow the visitor’s system'],
] as const;

/** Colour tokens offered, with the elements' light-scheme defaults. */
export const COLOURS = [
  ['--gcm-color-primary', 'Primary (buttons, links)', '#0a5ea8'],
  ['--gcm-color-on-primary', 'Text on primary', '#ffffff'],
  ['--gcm-color-text', 'Text', '#1b1f24'],
  ['--gcm-color-surface', 'Cards and controls', '#ffffff'],
  ['--gcm-color-accent', 'Accent (featured mark)', '#8a4500'],
] as const;

export const RADII = [
  ['0', 'Square'],
  ['0.25rem', 'Small'],
  ['0.5rem', 'Medium'],
  ['1rem', 'Large'],
] as const;
export const DEFAULT_RADIUS = '0.5rem';

export function specOf(tag: Tag): ElementSpec {
  const spec = ELEMENTS.find((e) => e.tag === tag);
  if (!spec) throw new Error(`unknown element ${tag}`);
  return spec;
}
