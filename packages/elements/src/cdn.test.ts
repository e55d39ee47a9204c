import { expect } from '@open-wc/testing';
import { until } from '../test/helpers.js';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
}

/** Load the built embed bundle in a page served with a strict Content-Security-Policy. */
async function partnerPage(lang: string): Promise<{ frame: HTMLIFrameElement; win: ProbeWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/__csp/page?lang=${lang}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as ProbeWindow };
}

describe('embed bundle (dist/cdn/gcm-practices.js)', () => {
  it('works under script-src self / style-src self, loaded twice, with no violation', async () => {
    const { frame, win } = await partnerPage('fr');
    try {
      const doc = frame.contentDocument as Document;
      const practices = doc.querySelector('gcm-practices') as HTMLElement;
      await until(
        () => practices.shadowRoot?.querySelectorAll('gcm-practice-card').length === 12,
        'cards rendered under CSP',
        15_000,
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
      const browser = doc.querySelector('gcm-objective-browser') as HTMLElement;
      await until(
        () => browser.shadowRoot?.querySelectorAll('[role="tab"]').length === 23,
        'objective browser loaded',
        15_000,
      );
      expect(browser.shadowRoot?.querySelector('[role="tab"][aria-selected="true"]')?.id).to.match(
        /-tab-10$/,
      );
      const banner = doc.querySelector('gcm-campaign-banner') as HTMLElement;
      await until(
        () => banner.shadowRoot?.querySelector('[part~="countdown"]')?.textContent?.trim(),
        'banner shown',
        15_000,
      );
      expect(banner.shadowRoot?.querySelector('[part~="countdown"]')?.textContent).to.include('12');
      // Styles applied through adopted stylesheets, not <style> or style="".
      const search = practices.shadowRoot?.querySelector('[part~="search-button"]') as Element;
      expect(getComputedStyle(search).backgroundColor).to.equal('rgb(10, 94, 168)');
      for (const el of [practices, card, browser, banner]) {
        expect(el.shadowRoot?.querySelector('style, [style]'), el.localName).to.equal(null);
      }
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('lays Arabic pages out right to left', async () => {
    const { frame } = await partnerPage('ar');
    try {
      const practices = frame.contentDocument?.querySelector('gcm-practices') as HTMLElement;
      await until(
        () => practices.shadowRoot?.querySelector('[part="status"]')?.textContent?.includes('21'),
        'loaded',
        15_000,
      );
      const root = practices.shadowRoot?.querySelector('.root') as HTMLElement;
      expect(getComputedStyle(root).direction).to.equal('rtl');
    } finally {
      frame.remove();
    }
  });
});
