import type { Practice } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { expect } from '@open-wc/testing';
import { networkLog, startNetworkLog, until } from '../test/helpers.js';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
}

const LOADER = 'gcm-practices.js';
const ONE_FILE = 'gcm-practices.all.js';

/**
 * Load a built CDN file (twice, as `file` and `file?second-copy`) in a page
 * served with a strict Content-Security-Policy. `only` keeps those elements.
 */
async function partnerPage(
  lang: string,
  file: string,
  only?: string[],
): Promise<{ frame: HTMLIFrameElement; win: ProbeWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const query = new URLSearchParams({ lang, file });
  if (only) query.set('only', only.join(','));
  frame.src = `/__csp/page?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as ProbeWindow };
}

/** Paths of the scripts the page downloaded from the CDN folder, relative to it. */
function downloaded(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/dist/cdn/'))
    .map((path) => path.replace(/^.*\/dist\/cdn\//, ''));
}

for (const file of [LOADER, ONE_FILE])
  describe(`CDN build: ${file}`, () => {
    it('works under script-src self / style-src self, loaded twice, with no violation', async () => {
      const { frame, win } = await partnerPage('fr', file);
      try {
        const doc = frame.contentDocument as Document;
        const practices = doc.querySelector('gcm-practices') as HTMLElement;
        await until(
          () => practices.shadowRoot?.querySelectorAll('gcm-practice-card').length === 12,
          'cards rendered under CSP',
        );
        const status = practices.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim();
        expect(status).to.equal('21 pratiques trouvées');
        const card = doc.querySelector('gcm-practice-card') as HTMLElement;
        await until(
          () =>
            card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() ===
            'Pacaraima Committee',
          'standalone card loaded',
        );
        const full = doc.querySelector('gcm-practice') as HTMLElement;
        await until(
          () => full.shadowRoot?.querySelectorAll('[part="related-item"]').length === 3,
          'full practice with its related practices',
        );
        expect(
          full.shadowRoot?.querySelector('[part="review-badge"]')?.textContent?.trim(),
        ).to.equal('Examinée par des pairs');
        const browser = doc.querySelector('gcm-objective-browser') as HTMLElement;
        await until(
          () => browser.shadowRoot?.querySelectorAll('[role="tab"]').length === 23,
          'objective browser loaded',
        );
        expect(
          browser.shadowRoot?.querySelector('[role="tab"][aria-selected="true"]')?.id,
        ).to.match(/-tab-10$/);
        const banner = doc.querySelector('gcm-campaign-banner') as HTMLElement;
        await until(
          () => banner.shadowRoot?.querySelector('[part~="countdown"]')?.textContent?.trim(),
          'banner shown',
        );
        expect(banner.shadowRoot?.querySelector('[part~="countdown"]')?.textContent).to.include(
          '12',
        );
        const library = doc.querySelector('gcm-resources') as HTMLElement;
        await until(
          () => library.shadowRoot?.querySelectorAll('[part="item"]').length === 7,
          'resource library loaded',
        );
        expect(library.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim()).to.equal(
          '7 publications trouvées',
        );
        const form = doc.querySelector('gcm-practice-form') as HTMLElement;
        await until(() => form.shadowRoot?.querySelector('form'), 'practice form loaded');
        expect(
          form.shadowRoot?.querySelector('[part~="submit-button"]')?.textContent?.trim(),
        ).to.equal('Envoyer la pratique');
        // Styles applied through adopted stylesheets, not <style> or style="".
        const search = practices.shadowRoot?.querySelector('[part~="search-button"]') as Element;
        expect(getComputedStyle(search).backgroundColor).to.equal('rgb(10, 94, 168)');
        for (const el of [practices, card, full, browser, banner, library, form]) {
          expect(el.shadowRoot?.querySelector('style, [style]'), el.localName).to.equal(null);
        }
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('a card given a `practice` and no API sends no request, despite the build’s default API', async () => {
      const { frame, win } = await partnerPage('en', file, ['none']);
      try {
        const doc = frame.contentDocument as Document;
        await startNetworkLog();
        const card = doc.createElement('gcm-practice-card') as HTMLElement & {
          practice?: Practice;
        };
        card.practice = practices.find((p) => p.id === 'pacaraima-committee');
        doc.body.append(card);
        await until(
          () => card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim(),
          'card rendered',
        );
        await win.fetch('/__test-env', { cache: 'no-store' });
        expect(await networkLog()).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('lays Arabic pages out right to left', async () => {
      const { frame } = await partnerPage('ar', file);
      try {
        const practices = frame.contentDocument?.querySelector('gcm-practices') as HTMLElement;
        await until(
          () => practices.shadowRoot?.querySelector('[part="status"]')?.textContent?.includes('21'),
          'loaded',
        );
        const root = practices.shadowRoot?.querySelector('.root') as HTMLElement;
        expect(getComputedStyle(root).direction).to.equal('rtl');
      } finally {
        frame.remove();
      }
    });
  });

describe('CDN loader', () => {
  it('downloads only the chunks of the elements on the page, and no strings on an English page', async () => {
    const { frame, win } = await partnerPage('en', LOADER, ['gcm-campaign-banner']);
    try {
      const banner = frame.contentDocument?.querySelector('gcm-campaign-banner') as HTMLElement;
      await until(() => banner.shadowRoot?.querySelector('[part~="countdown"]'), 'banner shown');
      const files = downloaded(win);
      expect(files).to.include('chunks/gcm-campaign-banner.js');
      expect(files.filter((f) => /chunks\/gcm-practices?(-card)?\.js$/.test(f))).to.deep.equal([]);
      expect(files.filter((f) => /chunks\/(fr|es|ar)-/.test(f))).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loads a language’s strings when an element needs it, and only that language', async () => {
    const { frame, win } = await partnerPage('ar', LOADER, ['gcm-campaign-banner']);
    try {
      const banner = frame.contentDocument?.querySelector('gcm-campaign-banner') as HTMLElement;
      await until(() => banner.shadowRoot?.querySelector('[part~="countdown"]'), 'banner shown');
      const locales = downloaded(win).filter((f) => /chunks\/(fr|es|ar)-/.test(f));
      expect(locales).to.have.length(1);
      expect(locales[0]).to.match(/^chunks\/ar-/);
      // Rendered in Arabic from the first paint: the strings came before the render.
      expect(banner.shadowRoot?.textContent).to.match(/[\u0600-\u06ff]/);
    } finally {
      frame.remove();
    }
  });

  it('registers elements added to the page later, at any depth', async () => {
    const { frame, win } = await partnerPage('en', LOADER, ['gcm-campaign-banner']);
    try {
      const doc = frame.contentDocument as Document;
      await until(() => win.customElements.get('gcm-campaign-banner'), 'banner defined');
      expect(win.customElements.get('gcm-practice-card')).to.equal(undefined);
      const wrapper = doc.createElement('section');
      wrapper.innerHTML = `<div><gcm-practice-card practice-id="pacaraima-committee"></gcm-practice-card></div>`;
      const card = wrapper.querySelector('gcm-practice-card') as HTMLElement;
      card.setAttribute(
        'api',
        (doc.querySelector('gcm-campaign-banner') as Element).getAttribute('api') ?? '',
      );
      doc.body.append(wrapper);
      await until(
        () =>
          card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() ===
          'Pacaraima Committee',
        'card added later loaded',
      );
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
