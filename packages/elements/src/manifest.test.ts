// The Custom Elements Manifest (dist/custom-elements.json, which the framework types and editor
// data are written from) against what each element really renders and styles, and against the
// README's tables: any difference fails.
import { expect, fixture } from '@open-wc/testing';
import { hostile, until } from '../test/helpers.js';
import { FILTER_CONTROLS } from './components/practices/practices.js';
import { RESOURCE_FILTER_CONTROLS } from './components/resources/resources.js';
import './define.js';
import { ELEMENT_TAGS, type ElementTag } from './elements.js';

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: (Named & { type?: { text: string } })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

const manifest = (await (await fetch('/packages/elements/dist/custom-elements.json')).json()) as {
  modules: { declarations?: Declaration[] }[];
};
const readme = await (await fetch('/packages/elements/README.md')).text();

function declarationOf(tag: ElementTag): Declaration {
  for (const mod of manifest.modules) {
    const found = mod.declarations?.find((d) => d.tagName === tag);
    if (found) return found;
  }
  throw new Error(`<${tag}> is not in the manifest`);
}

const names = (list: Named[] | undefined) => new Set((list ?? []).map((x) => x.name));
const sorted = (set: Iterable<string>) => [...set].sort();

/** The README's section on `tag`. */
function section(tag: ElementTag): string {
  const start = readme.indexOf(`## \`<${tag}>\``);
  if (start < 0) throw new Error(`README has no section on <${tag}>`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** First-column names of the table whose header starts with `| heading`. */
function tableNames(text: string, heading: string): Set<string> {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\|\\s*${heading}\\s*\\|`).test(l));
  if (start < 0) return new Set();
  const out = new Set<string>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(/`([^`]+)`/g)) out.add(m[1] as string);
  }
  return out;
}

/** Backticked names in the paragraph that starts with `**label:**`. */
function listed(text: string, label: string): string[] {
  const start = text.indexOf(`**${label}:**`);
  if (start < 0) return [];
  const end = text.indexOf('\n\n', start);
  return [...text.slice(start, end < 0 ? undefined : end).matchAll(/`([^`]+)`/g)].map(
    (m) => m[1] as string,
  );
}

/** Part names in `root` and below, including those nested elements export (`exportparts`). */
function renderedParts(root: ShadowRoot): Set<string> {
  const out = new Set<string>();
  for (const el of root.querySelectorAll('*')) {
    for (const part of el.getAttribute('part')?.split(/\s+/) ?? []) if (part) out.add(part);
    for (const pair of el.getAttribute('exportparts')?.split(',') ?? []) {
      const exported = pair.split(':').at(-1)?.trim();
      if (exported) out.add(exported);
    }
  }
  return out;
}

/** Custom properties the element's style sheets read. */
function styledProperties(el: Element): Set<string> {
  const out = new Set<string>();
  for (const sheet of el.shadowRoot?.adoptedStyleSheets ?? []) {
    for (const rule of sheet.cssRules) {
      for (const m of rule.cssText.matchAll(/var\(\s*(--gcm-[\w-]+)/g)) out.add(m[1] as string);
    }
  }
  return out;
}

const MARKUP: Record<ElementTag, (api: string) => string> = {
  'gcm-practices': (api) => `<gcm-practices api="${api}" page-size="3"></gcm-practices>`,
  'gcm-practice-card': (api) =>
    `<gcm-practice-card api="${api}" practice-id="pacaraima-committee"></gcm-practice-card>`,
  'gcm-practice': (api) =>
    `<gcm-practice api="${api}" practice-id="pacaraima-committee"></gcm-practice>`,
  'gcm-objective-browser': (api) =>
    `<gcm-objective-browser api="${api}" selected="10" page-size="3"></gcm-objective-browser>`,
  'gcm-resources': (api) => `<gcm-resources api="${api}" page-size="3"></gcm-resources>`,
  'gcm-practice-form': (api) => `<gcm-practice-form api="${api}"></gcm-practice-form>`,
  'gcm-campaign-banner': (api) =>
    `<gcm-campaign-banner api="${api}" campaign="world-day-against-trafficking" now="2026-07-18"></gcm-campaign-banner>`,
};

/** The shared tokens the README's theming table promises on every element. */
const TOKENS = [...readme.matchAll(/^\| `(--gcm-[\w-]+)`\s+\|/gm)].map((m) => m[1] as string);

describe('Custom Elements Manifest', () => {
  for (const tag of ELEMENT_TAGS) {
    describe(`<${tag}>`, () => {
      const decl = declarationOf(tag);

      it('lists every part it renders, loaded or failed', async () => {
        const loaded = await fixture(MARKUP[tag](''));
        await until(() => renderedParts(loaded.shadowRoot as ShadowRoot).size > 3, 'rendered');
        const failed = await fixture(MARKUP[tag](hostile('500')));
        // The banner stays empty when its campaigns cannot load; the others show an error state.
        if (tag !== 'gcm-campaign-banner') {
          await until(() => renderedParts(failed.shadowRoot as ShadowRoot).has('error'), 'error');
        }
        const rendered = new Set([
          ...renderedParts(loaded.shadowRoot as ShadowRoot),
          ...renderedParts(failed.shadowRoot as ShadowRoot),
        ]);
        const missing = sorted(rendered).filter((p) => !names(decl.cssParts).has(p));
        expect(missing, 'rendered but not in the manifest').to.deep.equal([]);
      });

      it('lists every custom property its styles read, and the shared tokens', async () => {
        const el = await fixture(MARKUP[tag](''));
        const documented = names(decl.cssProperties);
        const used = styledProperties(el);
        expect(
          sorted(used).filter((p) => !documented.has(p)),
          'styled but not in the manifest',
        ).to.deep.equal([]);
        expect(
          sorted(documented).filter((p) => !used.has(p)),
          'in the manifest but never read',
        ).to.deep.equal([]);
        expect(
          TOKENS.filter((p) => !documented.has(p)),
          'shared tokens missing',
        ).to.deep.equal([]);
      });

      it('agrees with the README: attributes, events, parts, custom properties', () => {
        const text = section(tag);
        const attributes = sorted(names(decl.attributes));
        expect(sorted(tableNames(text, 'attribute')), 'attributes').to.deep.equal(attributes);
        expect(sorted(tableNames(text, 'event')), 'events').to.deep.equal(
          sorted(names(decl.events)),
        );
        const parts = listed(text, 'Parts').filter((p) => !p.startsWith('<'));
        expect(sorted(parts), 'parts').to.deep.equal(sorted(names(decl.cssParts)));
        const own = listed(text, 'CSS properties').filter(
          (p) => /^--gcm-[\w-]+$/.test(p) && !TOKENS.includes(p),
        );
        const ownInManifest = sorted(names(decl.cssProperties)).filter((p) => !TOKENS.includes(p));
        expect(sorted(own), 'element-specific custom properties').to.deep.equal(ownInManifest);
      });
    });
  }
});

/** The string literals of an attribute's type in the manifest: the values editors offer. */
function literalsOf(tag: ElementTag, attribute: string): string[] {
  const type = declarationOf(tag).attributes?.find((a) => a.name === attribute)?.type?.text;
  return [...(type ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1] as string);
}

describe('the values the manifest lists for `filters`', () => {
  it('are the controls each element shows, and `none`', () => {
    expect(literalsOf('gcm-practices', 'filters')).to.deep.equal(['none', ...FILTER_CONTROLS]);
    expect(literalsOf('gcm-resources', 'filters')).to.deep.equal([
      'none',
      ...RESOURCE_FILTER_CONTROLS,
    ]);
    // The browser sets the catalogue's objective and action itself.
    expect(literalsOf('gcm-objective-browser', 'filters')).to.deep.equal([
      'none',
      ...FILTER_CONTROLS.filter((c) => c !== 'objective' && c !== 'action'),
    ]);
  });
});
