import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../elements.js';
import { claimPage } from './page-claim.js';

const CLAIM = Symbol.for('gcm-practices.cdn');

describe('claimPage', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[CLAIM];
  });

  function warnings(fn: () => void): string[] {
    const seen: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void seen.push(args.join(' '));
    try {
      fn();
    } finally {
      console.warn = original;
    }
    return seen;
  }

  it('lets the first copy serve the page, silently for the same release', () => {
    const seen = warnings(() => {
      expect(claimPage('1.2.0', 'gcm-practices.js')).to.equal(true);
      expect(claimPage('1.2.0', 'gcm-practices.js')).to.equal(false);
    });
    expect(seen).to.deep.equal([]);
  });

  it('names both versions when a second release is loaded', () => {
    const seen = warnings(() => {
      claimPage('1.2.0', 'gcm-practices.js');
      expect(claimPage('1.3.0', 'gcm-practices.all.js')).to.equal(false);
    });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include('gcm-practices.js 1.2.0');
    expect(seen[0]).to.include('gcm-practices.all.js 1.3.0');
  });
});

describe('the element list', () => {
  it('names exactly the elements that define.ts registers', async () => {
    await import('../define.js');
    for (const tag of ELEMENT_TAGS) {
      expect(
        customElements.get(tag),
        `${tag} is in ELEMENT_TAGS but define.ts does not register it`,
      ).to.not.equal(undefined);
    }
  });
});
