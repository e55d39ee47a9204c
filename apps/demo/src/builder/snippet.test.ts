import { describe, expect, it } from 'vitest';
import { COLOURS, DEFAULT_RADIUS } from './schema.js';
import {
  attributesOf,
  type BuilderState,
  escapeAttribute,
  renderSnippet,
  variablesOf,
} from './snippet.js';

const BUNDLE = 'https://demo.example.org/gcm-practices.js';
const ALL_CONTROLS = [
  'search',
  'objective',
  'action',
  'region',
  'country',
  'implementer-type',
  'year',
];

function state(overrides: Partial<BuilderState> = {}): BuilderState {
  return {
    tag: 'gcm-practices',
    api: 'https://api.example.org',
    values: { objective: '10', filters: ALL_CONTROLS, featured: false, layout: 'grid' },
    lang: 'en',
    theme: 'light',
    colours: Object.fromEntries(COLOURS.map(([name, , value]) => [name, value])),
    radius: DEFAULT_RADIUS,
    ...overrides,
  };
}

describe('escapeAttribute', () => {
  it('escapes what could end a double-quoted attribute or open a tag', () => {
    expect(escapeAttribute(`"Pacaraima" & <b>'x'</b>`)).toBe(
      `&quot;Pacaraima&quot; &amp; &lt;b&gt;'x'&lt;/b&gt;`,
    );
  });

  it('escapes an ampersand once, before the others', () => {
    expect(escapeAttribute('&quot;')).toBe('&amp;quot;');
  });
});

describe('attributesOf', () => {
  it('starts with the API, leaves out defaults and empty fields', () => {
    expect(attributesOf(state())).toEqual([
      ['api', 'https://api.example.org'],
      ['objective', '10'],
      ['lang', 'en'],
    ]);
  });

  it('writes booleans without a value, the chosen controls, a non-default layout and theme', () => {
    const attributes = attributesOf(
      state({
        values: {
          objective: ' 10,11 ',
          query: '',
          filters: ['country', 'search'],
          featured: true,
          layout: 'list',
          'page-size': '6',
        },
        lang: '',
        theme: 'dark',
      }),
    );
    expect(attributes).toEqual([
      ['api', 'https://api.example.org'],
      ['objective', '10,11'],
      ['page-size', '6'],
      ['layout', 'list'],
      ['filters', 'search,country'],
      ['featured', true],
      ['theme', 'dark'],
    ]);
  });

  it('leaves filters out for the element’s default set, and writes the extra controls', () => {
    expect(attributesOf(state()).map(([name]) => name)).not.toContain('filters');
    expect(
      attributesOf(state({ values: { filters: [...ALL_CONTROLS, 'sort', 'status'] } })),
    ).toContainEqual([
      'filters',
      'search,objective,action,region,country,implementer-type,status,year,sort',
    ]);
  });

  it('offers <gcm-practice> with its practice id', () => {
    expect(
      attributesOf(
        state({ tag: 'gcm-practice', values: { 'practice-id': 'pacaraima-committee' } }),
      ),
    ).toEqual([
      ['api', 'https://api.example.org'],
      ['practice-id', 'pacaraima-committee'],
      ['lang', 'en'],
    ]);
  });

  it('writes filters="none" when no control is chosen', () => {
    expect(attributesOf(state({ values: { filters: [] } }))).toContainEqual(['filters', 'none']);
  });

  it('never writes a preview date into the snippet, only into the preview', () => {
    const banner = state({
      tag: 'gcm-campaign-banner',
      values: { campaign: 'world-day-against-trafficking', now: '2027-07-02', variant: 'info' },
    });
    expect(attributesOf(banner)).toEqual([
      ['api', 'https://api.example.org'],
      ['campaign', 'world-day-against-trafficking'],
      ['lang', 'en'],
    ]);
    expect(attributesOf(banner, { for: 'preview' })).toContainEqual(['now', '2027-07-02']);
    expect(renderSnippet(banner, BUNDLE)).not.toContain('2027');
  });

  it("leaves out the element's own default controls, and writes any other set", () => {
    const browser = (filters: string[]) =>
      attributesOf(state({ tag: 'gcm-objective-browser', values: { selected: '10', filters } }));
    expect(browser(['search', 'country', 'implementer-type', 'year'])).not.toContainEqual(
      expect.arrayContaining(['filters']),
    );
    expect(browser(['search', 'region'])).toContainEqual(['filters', 'search,region']);
    expect(browser([])).toContainEqual(['filters', 'none']);
  });

  it('writes href-template, heading level and URL sync when set', () => {
    const attributes = attributesOf(
      state({
        values: {
          objective: '10',
          'href-template': 'https://partner.example.org/p/{id}',
          'heading-level': '2',
          'sync-url': true,
        },
      }),
    );
    expect(attributes).toContainEqual(['href-template', 'https://partner.example.org/p/{id}']);
    expect(attributes).toContainEqual(['heading-level', '2']);
    expect(attributes).toContainEqual(['sync-url', true]);
  });

  it('keeps only the attributes of the chosen element', () => {
    const card = state({
      tag: 'gcm-practice-card',
      values: { 'practice-id': 'iom-x', objective: '3' },
    });
    expect(attributesOf(card)).toEqual([
      ['api', 'https://api.example.org'],
      ['practice-id', 'iom-x'],
      ['lang', 'en'],
    ]);
  });
});

describe('variablesOf', () => {
  it('lists only the tokens that differ from the defaults', () => {
    expect(variablesOf(state())).toEqual([]);
    const colours = { ...state().colours, '--gcm-color-primary': '#7A1F5C' };
    expect(variablesOf(state({ colours, radius: '0' }))).toEqual([
      ['--gcm-color-primary', '#7a1f5c'],
      ['--gcm-radius', '0'],
    ]);
  });

  it('ignores values that are not colours or lengths', () => {
    const colours = { ...state().colours, '--gcm-color-text': 'red;}body{display:none' };
    expect(variablesOf(state({ colours, radius: '1rem;x' }))).toEqual([]);
  });
});

describe('renderSnippet', () => {
  it('is the script tag and the element when nothing is branded', () => {
    expect(renderSnippet(state(), BUNDLE)).toBe(
      `<script type="module" src="${BUNDLE}"></script>\n` +
        '<gcm-practices api="https://api.example.org" objective="10" lang="en"></gcm-practices>\n',
    );
  });

  it('adds a style block for the brand and breaks long tags one attribute a line', () => {
    const colours = { ...state().colours, '--gcm-color-primary': '#7a1f5c' };
    const snippet = renderSnippet(
      state({
        colours,
        values: { objective: '10', region: 'south-america', query: 'a "quoted" & <odd> search' },
      }),
      BUNDLE,
    );
    expect(snippet).toBe(
      `<script type="module" src="${BUNDLE}"></script>\n` +
        '<style>\n' +
        '  gcm-practices {\n' +
        '    --gcm-color-primary: #7a1f5c;\n' +
        '  }\n' +
        '</style>\n' +
        '<gcm-practices\n' +
        '  api="https://api.example.org"\n' +
        '  objective="10"\n' +
        '  region="south-america"\n' +
        '  query="a &quot;quoted&quot; &amp; &lt;odd&gt; search"\n' +
        '  lang="en"\n' +
        '></gcm-practices>\n',
    );
  });
});
