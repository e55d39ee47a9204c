// Lit's hydration support must be in place before any element class is defined: first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { Practice } from '@gcm-practices/contract';
import { expect } from '@open-wc/testing';
import { $, shadow, text, until } from '../test/helpers.js';
import { ELEMENT_TAGS, type ElementTag } from './elements.js';

interface ServerRendered {
  html: Record<string, string>;
  practice: Practice;
}

/** What a server sends for every element: one render, by one server process. */
async function serverRenderAll(): Promise<ServerRendered> {
  const response = await fetch('/__ssr');
  expect(response.ok, 'server render').to.equal(true);
  return (await response.json()) as ServerRendered;
}

/** The element `tag` with its declarative shadow root, in the page. */
function place(tag: ElementTag, { html, practice }: ServerRendered): HTMLElement {
  const markup = html[tag];
  if (markup === undefined)
    throw new Error(`no server template for <${tag}> in test/ssr-render.mjs`);
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  document.body.append(host);
  const el = host.querySelector<HTMLElement & { practice?: Practice }>(tag);
  if (!el) throw new Error(`no <${tag}> in the server's markup`);
  // A server-rendered page hands the element its non-attribute data before it upgrades.
  if (tag === 'gcm-practice-card' || tag === 'gcm-practice') el.practice = practice;
  return el;
}

describe('server rendering (@lit-labs/ssr) and hydration', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('renders every element on the server, then hydrates it in place without re-rendering', async () => {
    const rendered = new Map<ElementTag, { el: HTMLElement; node: ChildNode }>();
    const server = await serverRenderAll();
    for (const tag of ELEMENT_TAGS) {
      const el = place(tag, server);
      // The declarative shadow root is there before any script defines the element.
      const root = shadow(el);
      // An element that shows nothing until its data comes (the banner) renders only Lit's markers.
      const node = root.querySelector('.root, [part]') ?? root.lastChild;
      expect(node, `<${tag}> server markup`).to.not.equal(null);
      expect(customElements.get(tag)).to.equal(undefined);
      rendered.set(tag, { el, node: node as ChildNode });
    }

    await import('./define.js');

    for (const [tag, { el, node }] of rendered) {
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      // Hydration adopts the server's nodes; a mismatch would have thrown or replaced them.
      expect(node.isConnected, `<${tag}> kept the server's nodes`).to.equal(true);
      expect(shadow(el).contains(node)).to.equal(true);
    }
    expect(errors).to.deep.equal([]);

    // Hydrated elements are live: they load their data and answer to input.
    const catalogue = rendered.get('gcm-practices')?.el as HTMLElement;
    await until(
      () => shadow(catalogue).querySelectorAll('gcm-practice-card').length === 3,
      'cards',
    );
    const card = rendered.get('gcm-practice-card')?.el as HTMLElement;
    expect(text($(card, '[part="title"]'))).to.equal('Pacaraima Committee');
    let selected = '';
    card.addEventListener('gcm-practice-select', (e) => {
      selected = (e as CustomEvent<{ id: string }>).detail.id;
    });
    ($(card, '[part="link"]') as HTMLElement).click();
    expect(selected).to.equal('pacaraima-committee');
    const full = rendered.get('gcm-practice')?.el as HTMLElement;
    expect(text($(full, '[part="title"]'))).to.equal('Pacaraima Committee');
    await until(() => shadow(full).querySelector('[part="related-item"]'), 'related practices');
    const browser = rendered.get('gcm-objective-browser')?.el as HTMLElement;
    await until(() => shadow(browser).querySelector('[role="tab"]'), 'objective tabs');
    const resources = rendered.get('gcm-resources')?.el as HTMLElement;
    await until(() => shadow(resources).querySelector('[part="item"]'), 'resources');
    const banner = rendered.get('gcm-campaign-banner')?.el as HTMLElement;
    await until(() => shadow(banner).querySelector('[part]'), 'campaign banner');
    const form = rendered.get('gcm-practice-form')?.el as HTMLElement;
    await until(() => shadow(form).querySelector('form #title'), 'practice form');
  });
});
