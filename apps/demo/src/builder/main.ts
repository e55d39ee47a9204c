import { type Campaign, createClient } from '@gcm-practices/sdk';
import { apiAddress } from '../api-address.js';
import { CONTRAST_PAIRS, contrastRatio } from './contrast.js';
import {
  COLOURS,
  DEFAULT_RADIUS,
  ELEMENTS,
  type Field,
  hintOf,
  LANGUAGES,
  RADII,
  type Suggestions,
  specOf,
  type Tag,
  THEMES,
} from './schema.js';
import {
  attributesOf,
  type BuilderState,
  type FieldValue,
  renderSnippet,
  variablesOf,
} from './snippet.js';

const TEXT_DELAY_MS = 350;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the builder page`);
  return node as T;
}

const form = byId<HTMLFormElement>('builder-form');
const elementChoices = byId<HTMLElement>('element-choices');
const fieldsBox = byId<HTMLElement>('element-fields');
const fieldsLegend = byId<HTMLElement>('element-fields-legend');
const langSelect = byId<HTMLSelectElement>('lang');
const themeSelect = byId<HTMLSelectElement>('theme');
const coloursBox = byId<HTMLElement>('colours');
const radiusSelect = byId<HTMLSelectElement>('radius');
const resetButton = byId<HTMLButtonElement>('reset-brand');
const contrastBox = byId<HTMLElement>('contrast');
const apiInput = byId<HTMLInputElement>('api');
const apiError = byId<HTMLElement>('api-error');
const suggestionsStatus = byId<HTMLElement>('suggestions-status');
const preview = byId<HTMLElement>('preview');
const snippetBox = byId<HTMLTextAreaElement>('snippet');
const copyButton = byId<HTMLButtonElement>('copy');
const copyStatus = byId<HTMLElement>('copy-status');

/** The embed bundle's absolute address: the one this page loads, so it is always reachable. */
const bundleUrl =
  document.querySelector<HTMLScriptElement>('script[src$="gcm-practices.js"]')?.src ??
  new URL('../gcm-practices.js', location.href).href;

function initialValues(tag: Tag): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const field of specOf(tag).fields) {
    if (field.kind === 'choices') {
      values[field.attr] = field.initial ?? field.options.map(([v]) => v);
    } else if (field.kind === 'boolean') values[field.attr] = false;
    else values[field.attr] = field.initial ?? '';
  }
  return values;
}

const valuesByTag = new Map<Tag, Record<string, FieldValue>>(
  ELEMENTS.map((e) => [e.tag, initialValues(e.tag)]),
);
const defaultColours = (): Record<string, string> =>
  Object.fromEntries(COLOURS.map(([name, , value]) => [name, value]));

let tag: Tag = 'gcm-practices';
let api = apiAddress();
let colours = defaultColours();
let radius = DEFAULT_RADIUS;

function state(): BuilderState {
  return {
    tag,
    api,
    values: valuesByTag.get(tag) ?? {},
    lang: langSelect.value,
    theme: themeSelect.value,
    colours,
    radius,
  };
}

// ── form ────────────────────────────────────────────────────────────────────

function option(value: string, label: string, selected = false): HTMLOptionElement {
  const node = new Option(label, value, selected, selected);
  return node;
}

/** Text whose spans in backticks (attribute values in the elements' documentation) are code. */
function withCode(text: string): (string | HTMLElement)[] {
  return text.split('`').map((part, i) => {
    if (i % 2 === 0) return part;
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

function hintFor(control: HTMLElement, id: string, field: Field): HTMLElement[] {
  const text = hintOf(field);
  if (!text) return [];
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.append(...withCode(text));
  control.setAttribute('aria-describedby', hint.id);
  return [hint];
}

function labelFor(id: string, text: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = text;
  return label;
}

function renderField(field: Field, value: FieldValue | undefined): HTMLElement {
  const id = `field-${field.attr}`;
  const wrapper = document.createElement('div');
  wrapper.className = `field field-${field.kind}`;
  switch (field.kind) {
    case 'boolean': {
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = id;
      input.name = field.attr;
      input.checked = value === true;
      wrapper.append(input, labelFor(id, field.label), ...hintFor(input, id, field));
      break;
    }
    case 'choices': {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'choices';
      const legend = document.createElement('legend');
      legend.textContent = field.label;
      fieldset.append(legend);
      const checked = Array.isArray(value) ? value : [];
      for (const [v, label] of field.options) {
        const boxId = `${id}-${v}`;
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.id = boxId;
        input.name = field.attr;
        input.value = v;
        input.checked = checked.includes(v);
        const item = document.createElement('span');
        item.className = 'choice';
        item.append(input, labelFor(boxId, label));
        fieldset.append(item);
      }
      fieldset.append(...hintFor(fieldset, id, field));
      wrapper.append(fieldset);
      break;
    }
    case 'select': {
      const select = document.createElement('select');
      select.id = id;
      select.name = field.attr;
      for (const [v, label] of field.options) select.append(option(v, label, v === value));
      wrapper.append(labelFor(id, field.label), select, ...hintFor(select, id, field));
      break;
    }
    case 'number':
    case 'text': {
      const input = document.createElement('input');
      input.id = id;
      input.name = field.attr;
      input.autocomplete = 'off';
      input.spellcheck = false;
      input.value = typeof value === 'string' ? value : '';
      if (field.kind === 'number') {
        input.type = 'number';
        input.min = String(field.min);
        input.max = String(field.max);
        input.inputMode = 'numeric';
      } else {
        input.type = 'text';
        if (field.suggestions) input.setAttribute('list', `suggest-${field.suggestions}`);
      }
      if (field.placeholder) input.placeholder = field.placeholder;
      wrapper.append(labelFor(id, field.label), input, ...hintFor(input, id, field));
      break;
    }
  }
  return wrapper;
}

function renderFields(): void {
  const spec = specOf(tag);
  fieldsLegend.textContent = `${spec.label} settings`;
  const values = valuesByTag.get(tag) ?? {};
  fieldsBox.replaceChildren(...spec.fields.map((f) => renderField(f, values[f.attr])));
}

function readField(field: Field): FieldValue {
  if (field.kind === 'choices') {
    return [
      ...fieldsBox.querySelectorAll<HTMLInputElement>(`input[name="${field.attr}"]:checked`),
    ].map((i) => i.value);
  }
  const control = fieldsBox.querySelector<HTMLInputElement | HTMLSelectElement>(
    `[name="${field.attr}"]`,
  );
  if (!control) return '';
  if (field.kind === 'boolean') return (control as HTMLInputElement).checked;
  return control.value;
}

function readFields(): void {
  const values: Record<string, FieldValue> = {};
  for (const field of specOf(tag).fields) values[field.attr] = readField(field);
  valuesByTag.set(tag, values);
}

function renderElementChoices(): void {
  const nodes = ELEMENTS.map((spec) => {
    const id = `element-${spec.tag}`;
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'element';
    input.id = id;
    input.value = spec.tag;
    input.checked = spec.tag === tag;
    const label = labelFor(id, '');
    const name = document.createElement('span');
    name.className = 'choice-name';
    name.textContent = spec.label;
    const code = document.createElement('code');
    code.textContent = `<${spec.tag}>`;
    const description = document.createElement('span');
    description.className = 'choice-description';
    description.id = `${id}-description`;
    description.textContent = spec.description;
    input.setAttribute('aria-describedby', description.id);
    label.append(name, ' ', code);
    const text = document.createElement('div');
    text.append(label, description);
    const item = document.createElement('div');
    item.className = 'element-choice';
    item.append(input, text);
    return item;
  });
  elementChoices.replaceChildren(...nodes);
}

function renderBrandControls(): void {
  for (const [v, label] of LANGUAGES) langSelect.append(option(v, label, v === 'en'));
  for (const [v, label] of THEMES) themeSelect.append(option(v, label, v === 'light'));
  for (const [v, label] of RADII) radiusSelect.append(option(v, label, v === radius));
  coloursBox.replaceChildren(
    ...COLOURS.map(([name, label]) => {
      const id = `colour${name.replace('--gcm-color', '')}`;
      const input = document.createElement('input');
      input.type = 'color';
      input.id = id;
      input.name = name;
      input.value = colours[name] ?? '#000000';
      const code = document.createElement('code');
      code.textContent = name;
      const text = labelFor(id, `${label} `);
      text.append(code);
      const item = document.createElement('div');
      item.className = 'colour';
      item.append(input, text);
      return item;
    }),
  );
}

function readBrand(): void {
  for (const input of coloursBox.querySelectorAll<HTMLInputElement>('input[type="color"]')) {
    colours[input.name] = input.value;
  }
  radius = radiusSelect.value;
}

function renderContrast(): void {
  const problems = CONTRAST_PAIRS.flatMap(([fg, bg, what, needed]) => {
    const ratio = contrastRatio(colours[fg] ?? '#000000', colours[bg] ?? '#ffffff');
    return ratio < needed
      ? [`${what}: ${ratio.toFixed(2)}:1, below the ${needed}:1 WCAG AA asks.`]
      : [];
  });
  if (problems.length === 0) {
    contrastBox.className = 'contrast ok';
    contrastBox.replaceChildren('Contrast: every text colour meets WCAG AA.');
    return;
  }
  contrastBox.className = 'contrast warn';
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  contrastBox.replaceChildren('Contrast too low:', list);
}

// ── API address and suggestions ─────────────────────────────────────────────

function validApi(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

function readApi(): boolean {
  const valid = validApi(apiInput.value);
  if (!valid) {
    apiInput.setAttribute('aria-invalid', 'true');
    apiError.hidden = false;
    return false;
  }
  apiInput.removeAttribute('aria-invalid');
  apiError.hidden = true;
  const changed = valid !== api;
  api = valid;
  return changed;
}

function fillList(name: Suggestions, items: readonly (readonly [value: string, label: string])[]) {
  const list = byId<HTMLDataListElement>(`suggest-${name}`);
  list.replaceChildren(...items.map(([value, label]) => option(value, label)));
}

let suggestionsRequest: AbortController | undefined;

async function loadSuggestions(): Promise<void> {
  suggestionsRequest?.abort();
  const controller = new AbortController();
  suggestionsRequest = controller;
  const { signal } = controller;
  const client = createClient({ baseUrl: api, retry: 1 });
  suggestionsStatus.textContent = 'Loading suggestions from the API…';
  try {
    const [taxonomies, practices, campaigns] = await Promise.all([
      client.taxonomies.get({ signal }),
      client.practices.list({ pageSize: 100, sort: 'title' }, { signal }),
      client.campaigns.list({ pageSize: 100 }, { signal }),
    ]);
    fillList(
      'objectives',
      taxonomies.objectives.map((o) => [String(o.number), `${o.number}. ${o.shortTitle}`]),
    );
    fillList(
      'actions',
      taxonomies.actions.map((a) => [a.id, `${a.objective}(${a.letter}) ${a.title}`]),
    );
    fillList(
      'regions',
      taxonomies.regions.map((r) => [r.id, r.name]),
    );
    fillList(
      'countries',
      taxonomies.countries.map((c) => [c.code, c.name]),
    );
    fillList(
      'implementerTypes',
      taxonomies.implementerTypes.map((t) => [t.id, t.label]),
    );
    fillList(
      'practices',
      practices.data.map((p) => [p.id, p.title]),
    );
    const series = new Map(
      campaigns.data
        .filter((c) => c.recurrence === 'yearly')
        .map((c) => [c.series, `${c.title.replace(/\s*\d{4}$/, '')}, every year`] as const),
    );
    fillList('campaigns', [...series, ...campaigns.data.map((c) => [c.id, c.title] as const)]);
    fillList(
      'calls',
      campaigns.data.filter((c) => c.kind === 'call-for-practices').map((c) => [c.id, c.title]),
    );
    suggestionsStatus.textContent = '';
    startWithLiveCampaign(campaigns.data);
  } catch (error) {
    if (signal.aborted) return;
    suggestionsStatus.textContent = `No suggestions: ${error instanceof Error ? error.message : String(error)}. The fields still take any value.`;
  }
}

/** The visitor's calendar day, as the banner reckons it without a `time-zone`. */
function localDay(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let campaignTouched = false;

/**
 * Until the partner picks one, the banner starts with the campaign running today or else the
 * next one (a yearly one by its series, so the snippet keeps working every year). A campaign
 * not yet on show is previewed as on its first day; that date never reaches the snippet.
 */
function startWithLiveCampaign(list: readonly Campaign[]): void {
  if (campaignTouched) return;
  const day = localDay();
  const byClosing = [...list].sort((a, b) => a.closes.localeCompare(b.closes));
  const current = byClosing.find((c) => (c.opens === null || c.opens <= day) && day <= c.closes);
  const next = byClosing
    .filter((c) => c.opens !== null && c.opens > day)
    .sort((a, b) => (a.opens ?? '').localeCompare(b.opens ?? ''))[0];
  const chosen = current ?? next;
  const values = { ...valuesByTag.get('gcm-campaign-banner') };
  values.campaign = chosen ? (chosen.recurrence === 'yearly' ? chosen.series : chosen.id) : '';
  values.now = !current && next?.opens ? next.opens : '';
  valuesByTag.set('gcm-campaign-banner', values);
  if (tag === 'gcm-campaign-banner') {
    renderFields();
    update();
  }
}

// ── preview and snippet ─────────────────────────────────────────────────────

/** Bring the preview element in line with the snippet: same tag, attributes and variables. */
function syncPreview(current: BuilderState): void {
  let element = preview.firstElementChild as HTMLElement | null;
  if (!element || element.localName !== current.tag) {
    element = document.createElement(current.tag);
    preview.replaceChildren(element);
  }
  const wanted = new Map(
    attributesOf(current, { for: 'preview' }).map(([name, value]) => [
      name,
      value === true ? '' : value,
    ]),
  );
  for (const name of element.getAttributeNames()) {
    if (name !== 'style' && !wanted.has(name)) element.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  element.removeAttribute('style');
  for (const [name, value] of variablesOf(current)) element.style.setProperty(name, value);
}

function update(): void {
  const current = state();
  snippetBox.value = renderSnippet(current, bundleUrl);
  syncPreview(current);
  renderContrast();
  copyStatus.textContent = '';
}

let pending: ReturnType<typeof setTimeout> | undefined;
function scheduleUpdate(delay: number): void {
  clearTimeout(pending);
  pending = setTimeout(update, delay);
}

// ── copy ────────────────────────────────────────────────────────────────────

let statusTimer: ReturnType<typeof setTimeout> | undefined;
function announce(text: string): void {
  clearTimeout(statusTimer);
  copyStatus.textContent = text;
  statusTimer = setTimeout(() => {
    copyStatus.textContent = '';
  }, 6000);
}

async function copySnippet(): Promise<void> {
  // A change still waiting for its debounce must be in what is copied.
  clearTimeout(pending);
  update();
  const text = snippetBox.value;
  try {
    await navigator.clipboard.writeText(text);
    announce('Copied to the clipboard.');
  } catch {
    // No clipboard permission (or an old browser): select the text and ask the browser to copy it.
    snippetBox.focus();
    snippetBox.select();
    const copied = document.execCommand('copy');
    announce(
      copied
        ? 'Copied to the clipboard.'
        : 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    );
  }
}

// ── wiring ──────────────────────────────────────────────────────────────────

function onFormEvent(event: Event): void {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  if (target.name === 'element') {
    readFields();
    tag = target.value as Tag;
    renderFields();
    update();
    return;
  }
  if (target === apiInput) {
    if (event.type === 'change' && readApi()) {
      void loadSuggestions();
      update();
    }
    return;
  }
  if (tag === 'gcm-campaign-banner' && (target.name === 'campaign' || target.name === 'now')) {
    campaignTouched = true;
  }
  if (target.closest('#element-fields')) readFields();
  else readBrand();
  const typing = event.type === 'input' && (target.type === 'text' || target.type === 'number');
  scheduleUpdate(typing ? TEXT_DELAY_MS : 0);
}

form.addEventListener('input', onFormEvent);
form.addEventListener('change', onFormEvent);
form.addEventListener('submit', (event) => event.preventDefault());
resetButton.addEventListener('click', () => {
  colours = defaultColours();
  radius = DEFAULT_RADIUS;
  for (const input of coloursBox.querySelectorAll<HTMLInputElement>('input[type="color"]')) {
    input.value = colours[input.name] ?? '#000000';
  }
  radiusSelect.value = radius;
  update();
});
copyButton.addEventListener('click', () => void copySnippet());

apiInput.value = api;
renderElementChoices();
renderFields();
renderBrandControls();
update();
void loadSuggestions();
