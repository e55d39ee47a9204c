import { isGcmPracticesError, type Practice } from '@gcm-practices/sdk';
import { apiAddress } from '../api-address.js';
import {
  getOne,
  type HandledError,
  handleErrors,
  iterateAll,
  listLibrary,
  listWithFilters,
  makeClient,
} from './examples.js';
import source from './examples.ts?raw';

/** The code between `// #region name` and `// #endregion name`, de-indented. */
function region(name: string): string {
  const match = new RegExp(`// #region ${name}\\n([\\s\\S]*?)\\n\\s*// #endregion ${name}`).exec(
    source,
  );
  if (!match?.[1]) throw new Error(`examples.ts has no region "${name}"`);
  const lines = match[1].split('\n');
  const indent = Math.min(
    ...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length),
  );
  return lines.map((l) => l.slice(indent)).join('\n');
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function output(name: string): HTMLElement {
  const node = document.querySelector<HTMLElement>(`[data-output="${name}"]`);
  if (!node) throw new Error(`no output "${name}"`);
  return node;
}

/** Runs one example into its output box: "Running…", then the result or the error. */
async function show<T>(name: string, run: () => Promise<T>, render: (value: T) => Node[]) {
  const box = output(name);
  box.setAttribute('aria-busy', 'true');
  box.replaceChildren(el('p', 'Running…', 'muted'));
  try {
    const value = await run();
    box.replaceChildren(...render(value));
    box.dataset.state = 'done';
  } catch (error) {
    const message =
      isGcmPracticesError(error) || error instanceof Error ? error.message : String(error);
    const alert = el('p', message, 'error');
    alert.setAttribute('role', 'alert');
    box.replaceChildren(alert);
    box.dataset.state = 'error';
  } finally {
    box.setAttribute('aria-busy', 'false');
  }
}

function list(items: string[]): HTMLUListElement {
  const ul = el('ul');
  for (const item of items) ul.append(el('li', item));
  return ul;
}

function practiceSummary(practice: Practice): Node[] {
  const dl = el('dl');
  const row = (term: string, value: string) => dl.append(el('dt', term), el('dd', value));
  row('Title', practice.title);
  row('Implemented by', practice.implementers.map((i) => i.name).join('; '));
  row('Countries', practice.countries.join(', ') || '—');
  row('Objectives', practice.objectives.join(', '));
  row('Takeaway', practice.takeaway ?? '—');
  return [dl];
}

function errorSummary(handled: HandledError[]): Node[] {
  return handled.map((h) => {
    const section = el('div', undefined, 'handled');
    const heading = el('p');
    heading.append(el('code', h.call), ` → ${h.kind}${h.status ? ` (${h.status})` : ''}`);
    section.append(heading, el('p', h.message, 'muted'));
    if (h.invalidParams?.length) section.append(list(h.invalidParams));
    return section;
  });
}

const api = apiAddress();
for (const node of document.querySelectorAll<HTMLElement>('[data-code]')) {
  node.textContent = region(node.dataset.code as string);
}

const client = makeClient(api);

void show(
  'list',
  () => listWithFilters(client),
  (page) => [
    el(
      'p',
      `${page.meta.total} practices (page ${page.meta.page} of ${page.meta.pageCount})`,
      'count',
    ),
    list(page.data.map((p) => p.title)),
    el('p', 'Countries (facet counts)', 'label'),
    list((page.facets?.country ?? []).map((b) => `${b.label}: ${b.count}`)),
  ],
);

void show(
  'iterate',
  () => iterateAll(client),
  (titles) => [
    el('p', `${titles.length} practices, requested five per page`, 'count'),
    list(titles),
  ],
);

void show('get', () => getOne(client), practiceSummary);

void show(
  'resources',
  () => listLibrary(client),
  (library) => [
    el(
      'p',
      `${library.meta.total} publications (page ${library.meta.page} of ${library.meta.pageCount})`,
      'count',
    ),
    list(library.data.map((r) => `${r.year ?? 'undated'} — ${r.title}`)),
    el('p', 'Years (facet counts)', 'label'),
    list((library.facets?.year ?? []).map((b) => `${b.label}: ${b.count}`)),
  ],
);

const errorsButton = document.getElementById('run-errors');
errorsButton?.addEventListener('click', () => {
  void show('errors', () => handleErrors(client), errorSummary);
});
