/** What the embed builder lets a partner configure, element by element. */

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
  hint?: string;
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
  /** The element's own default: choosing it leaves the attribute out. */
  initial: string;
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
  description: string;
  fields: readonly Field[];
}

const hrefTemplate: TextField = {
  kind: 'text',
  attr: 'href-template',
  label: 'Link for practice titles',
  hint: 'Your page for one practice, {id} replaced by its id: https://example.org/practices/{id}. Empty: titles open the practice in a dialog, after firing gcm-practice-select (cancel it to route in your own script).',
  placeholder: 'https://example.org/practices/{id}',
};

const headingLevel = (what: string, initial: string): SelectField => ({
  kind: 'select',
  attr: 'heading-level',
  label: 'Heading level',
  hint: `Level of ${what}, to fit the headings of your page.`,
  options: [
    ['2', 'h2'],
    ['3', 'h3'],
    ['4', 'h4'],
    ['5', 'h5'],
    ['6', 'h6'],
  ],
  initial,
});

const syncUrl = (what: string): BooleanField => ({
  kind: 'boolean',
  attr: 'sync-url',
  label: 'Keep the choices in the page address',
  hint: `Visitors can bookmark and share ${what}, and Back undoes a change.`,
});

const yearFrom: NumberField = {
  kind: 'number',
  attr: 'year-from',
  label: 'From year',
  min: 1900,
  max: 2100,
  placeholder: '2015',
};

const yearTo: NumberField = {
  kind: 'number',
  attr: 'year-to',
  label: 'To year',
  min: 1900,
  max: 2100,
  placeholder: '2025',
};

export const ELEMENTS: readonly ElementSpec[] = [
  {
    tag: 'gcm-practices',
    label: 'Practices catalogue',
    description: 'Search box, filters, result count, cards and pages.',
    fields: [
      {
        kind: 'text',
        attr: 'objective',
        label: 'Objective',
        hint: 'Objective number(s), comma-separated: 10 or 10,11.',
        suggestions: 'objectives',
        initial: '10',
      },
      {
        kind: 'text',
        attr: 'action',
        label: 'Action',
        hint: 'Action id(s): 10e,10h.',
        suggestions: 'actions',
      },
      {
        kind: 'text',
        attr: 'region',
        label: 'Region',
        hint: 'Region id(s): south-america.',
        suggestions: 'regions',
      },
      {
        kind: 'text',
        attr: 'country',
        label: 'Country',
        hint: 'Three-letter country code(s): BRA,VEN.',
        suggestions: 'countries',
      },
      {
        kind: 'text',
        attr: 'implementer-type',
        label: 'Implementer type',
        hint: 'Implementer type(s): government, civil-society.',
        suggestions: 'implementerTypes',
      },
      yearFrom,
      yearTo,
      { kind: 'text', attr: 'query', label: 'Search text', hint: 'Starts the catalogue searched.' },
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
        initial: 'grid',
      },
      {
        kind: 'choices',
        attr: 'filters',
        label: 'Controls visitors can use',
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
        initial: '',
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
        initial: '',
      },
      { kind: 'boolean', attr: 'featured', label: 'Featured practices only' },
      {
        kind: 'text',
        attr: 'campaign',
        label: 'Call for practices',
        hint: 'Only practices collected by this call.',
        suggestions: 'calls',
      },
      hrefTemplate,
      headingLevel('the practice titles', '3'),
      syncUrl('a search and its filters'),
    ],
  },
  {
    tag: 'gcm-practice',
    label: 'Whole practice',
    description:
      'One practice in full: description, objectives and actions, results, links, related practices and publications.',
    fields: [
      {
        kind: 'text',
        attr: 'practice-id',
        label: 'Practice',
        hint: 'The practice id.',
        suggestions: 'practices',
        initial: 'pacaraima-committee',
      },
      {
        ...hrefTemplate,
        label: 'Link for related practices',
        hint: 'Your page for one practice, {id} replaced by its id. Empty: a related practice opens in place of the one shown.',
      },
      headingLevel('the practice’s title (its sections one below)', '2'),
    ],
  },
  {
    tag: 'gcm-practice-card',
    label: 'Practice card',
    description: 'One practice, loaded by its id.',
    fields: [
      {
        kind: 'text',
        attr: 'practice-id',
        label: 'Practice',
        hint: 'The practice id.',
        suggestions: 'practices',
        initial: 'pacaraima-committee',
      },
      { ...hrefTemplate, label: 'Link for the title' },
      headingLevel('the title', '3'),
    ],
  },
  {
    tag: 'gcm-objective-browser',
    label: 'Objective browser',
    description: 'The 23 objectives; choosing one shows its actions, SDG targets and practices.',
    fields: [
      {
        kind: 'number',
        attr: 'selected',
        label: 'Selected objective',
        hint: 'Objective open at first, 1–23.',
        min: 1,
        max: 23,
        initial: '10',
      },
      {
        kind: 'text',
        attr: 'action',
        label: 'Action',
        hint: 'An action of that objective to narrow its practices to: 10e.',
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
      headingLevel('the objective’s heading (its sections one below, practice titles two)', '2'),
      syncUrl('the objective and action they chose'),
    ],
  },
  {
    tag: 'gcm-campaign-banner',
    label: 'Campaign banner',
    description: 'Awareness day or call for practices, with a countdown or deadline.',
    fields: [
      {
        kind: 'text',
        attr: 'campaign',
        label: 'Campaign',
        hint: 'A campaign id, or a series such as world-day-against-trafficking (every year). Empty: whatever is current. Starts with the campaign running today, or the next one.',
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
        initial: 'info',
      },
      {
        kind: 'text',
        attr: 'now',
        label: 'Preview date',
        hint: 'Shows the preview as on this day (YYYY-MM-DD). Never copied into the snippet: on your site the banner follows each visitor’s calendar and shows nothing between campaigns.',
        placeholder: 'YYYY-MM-DD',
        previewOnly: true,
      },
      {
        kind: 'text',
        attr: 'time-zone',
        label: 'Time zone',
        hint: 'The IANA time zone that decides “today”, such as Europe/Paris. Empty: the visitor’s.',
        placeholder: 'Europe/Paris',
      },
    ],
  },
  {
    tag: 'gcm-resources',
    label: 'Resource library',
    description: 'Publications: search box, filters, sort order, result count and pages.',
    fields: [
      {
        kind: 'text',
        attr: 'objective',
        label: 'Objective',
        hint: 'Objective number(s), comma-separated: 10 or 10,11.',
        suggestions: 'objectives',
      },
      {
        kind: 'text',
        attr: 'region',
        label: 'Region',
        hint: 'Region id(s): worldwide, west-africa.',
        suggestions: 'regions',
      },
      {
        kind: 'text',
        attr: 'category',
        label: 'Category',
        hint: 'Category id(s): guidance, research, report, assessment, brochure, policy-brief, training.',
      },
      yearFrom,
      yearTo,
      { kind: 'text', attr: 'query', label: 'Search text', hint: 'Starts the library searched.' },
      {
        kind: 'select',
        attr: 'sort',
        label: 'Order',
        options: [
          ['', 'Newest first (by relevance while searching)'],
          ['newest', 'Newest first, even while searching'],
          ['title', 'Title (A–Z)'],
        ],
        initial: '',
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
      headingLevel('the publication titles', '3'),
      syncUrl('a search and its filters'),
    ],
  },
  {
    tag: 'gcm-practice-form',
    label: 'Practice submission form',
    description:
      'The Hub’s practice template as a form: visitors send a practice for review; the draft stays in their browser until they submit.',
    fields: [
      {
        kind: 'text',
        attr: 'campaign',
        label: 'Call for practices',
        hint: 'The call the practices answer. Empty: practices sent outside any call (the Hub takes them at any time). Outside the call’s dates the form says so and is not shown.',
        suggestions: 'calls',
      },
      {
        kind: 'text',
        attr: 'status-page',
        label: 'Status page',
        hint: 'Where submitters follow their practice and answer the reviewers, such as https://example.org/practice-status. The confirmation links to it with ?id=…&token=….',
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
        hint: 'Judge the call’s dates as on this day (YYYY-MM-DD), to preview the form of a call that is over. Leave it empty on a live site.',
        placeholder: 'YYYY-MM-DD',
      },
    ],
  },
];

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
