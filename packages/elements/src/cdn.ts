/**
 * The CDN loader (`dist/cdn/gcm-practices.js`), the one script tag a partner
 * page needs. It registers each `gcm-*` element the page uses, now and later
 * (elements added by a CMS, a framework or a script), by importing that
 * element's chunk from beside itself, whatever path or origin it is served
 * from. A page pays for the elements it shows, and for the strings of the
 * languages they speak, nothing more. Shoelace's autoloader works the same way.
 *
 * It holds no Lit and no SDK: only the tags it knows and this discovery.
 */
import { ELEMENT_TAGS } from './elements.js';
import { claimPage } from './shared/page-claim.js';
import { VERSION } from './shared/version.js';

declare const __GCM_CHUNK_IMPORTS__: Record<string, string[]> | undefined;

/**
 * The chunks each element's chunk imports (Lit, the SDK, shared parts), from
 * the build's manifest. They are requested together with the element's own
 * chunk, in parallel, rather than once the browser has parsed it: one round
 * trip for an element's code instead of two.
 */
const CHUNK_IMPORTS: Record<string, string[]> =
  typeof __GCM_CHUNK_IMPORTS__ === 'object' && __GCM_CHUNK_IMPORTS__ ? __GCM_CHUNK_IMPORTS__ : {};

const known: ReadonlySet<string> = new Set(ELEMENT_TAGS);
const loading = new Map<string, Promise<void>>();

/**
 * Import and register the element of `tag`, once. Resolves when it is
 * defined; rejects when its chunk cannot be loaded (the next call tries again).
 */
export function load(tag: string): Promise<void> {
  if (!known.has(tag)) return Promise.reject(new Error(`@gcm-practices/elements has no <${tag}>`));
  let pending = loading.get(tag);
  if (!pending) {
    // Beside this file, wherever it is served from (a query string such as ?v=2 is not carried over).
    // (A variable base keeps Vite from reading `new URL(…, import.meta.url)` as an asset to bundle.)
    const base = import.meta.url;
    const url = new URL(`chunks/${tag}.js`, base).href;
    const started = Promise.all(
      [url, ...(CHUNK_IMPORTS[tag] ?? []).map((file) => new URL(file, base).href)].map(
        (href) => import(/* @vite-ignore */ href),
      ),
    ).then(() => undefined);
    started.catch((error: unknown) => {
      loading.delete(tag);
      console.error(`@gcm-practices/elements: <${tag}> could not be loaded from ${url}`, error);
    });
    loading.set(tag, started);
    pending = started;
  }
  return pending;
}

/**
 * Register every element in `root` (and `root` itself) that is not defined
 * yet. The loader runs it on the document and on every node added later;
 * call it yourself for elements inside a shadow root of your own, which a
 * document-wide observer cannot see.
 */
export function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && known.has(root.localName)) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) {
    if (known.has(el.localName)) tags.add(el.localName);
  }
  // A chunk that fails is reported by load(); the other elements still come.
  return Promise.allSettled([...tags].map(load)).then(() => undefined);
}

if (typeof document !== 'undefined' && claimPage(VERSION, 'gcm-practices.js')) {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
