import type { Practice } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { expect, fixture } from '@open-wc/testing';
import { $, until } from '../test/helpers.js';
import './define.js';

/**
 * A partner page at its worst: rules that match everything, the elements themselves by name,
 * and the root's font size. Inherited properties set this way on the host must not reach the
 * text inside the shadow roots.
 */
const HOSTILE = `
  html { font-size: 30px !important; }
  * {
    color: red !important;
    line-height: 3 !important;
    letter-spacing: 5px !important;
    word-spacing: 12px !important;
    text-transform: uppercase !important;
    font-size: 30px !important;
    font-style: italic !important;
    font-weight: 900 !important;
    text-align: right !important;
    text-indent: 40px !important;
    text-shadow: 2px 2px 0 lime !important;
    white-space: pre !important;
    -webkit-text-fill-color: red !important;
    direction: rtl !important;
    visibility: visible !important;
  }
  gcm-practices, gcm-practice-card, gcm-objective-browser, gcm-campaign-banner, gcm-resources,
  gcm-practice, gcm-practice-form {
    color: hotpink !important;
    line-height: 0.5 !important;
    font: italic 900 9px/4 serif !important;
    font-family: inherit !important;
    text-transform: lowercase !important;
  }
`;

/** The inherited properties a page could push into the elements. */
const PROPERTIES = [
  'color',
  'line-height',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  '-webkit-text-fill-color',
  'direction',
] as const;

type Snapshot = Record<string, string>;

/** Computed text properties and sizes of every node in the element's shadow trees, nested ones included. */
function snapshot(host: Element): Snapshot {
  const out: Snapshot = {};
  const walk = (root: ShadowRoot, path: string) => {
    root.querySelectorAll('*').forEach((node, index) => {
      if (node.localName === 'style') return;
      const style = getComputedStyle(node);
      const key = `${path} ${node.localName}#${index}`;
      for (const property of PROPERTIES) {
        out[`${key} ${property}`] = style.getPropertyValue(property);
      }
      const box = node.getBoundingClientRect();
      out[`${key} size`] = `${Math.round(box.width)}×${Math.round(box.height)}`;
      if (node.shadowRoot) walk(node.shadowRoot, key);
    });
  };
  if (!host.shadowRoot) throw new Error(`${host.localName} has no shadow root`);
  walk(host.shadowRoot, host.localName);
  return out;
}

function differences(plain: Snapshot, hostile: Snapshot): string[] {
  return Object.keys({ ...plain, ...hostile })
    .filter((key) => plain[key] !== hostile[key])
    .map((key) => `${key}: ${plain[key]} → ${hostile[key]}`);
}

const pacaraima = practices.find((p) => p.id === 'pacaraima-committee') as Practice;

interface Case {
  tag: string;
  markup: string;
  /** The element has finished loading and shows its content. */
  ready: (el: HTMLElement) => unknown;
  setup?: (el: HTMLElement) => void;
}

const CASES: Case[] = [
  {
    tag: 'gcm-practice-card',
    markup: '<gcm-practice-card></gcm-practice-card>',
    setup: (el) => Object.assign(el, { practice: pacaraima }),
    ready: (el) => $(el, '[part="badge"]')?.textContent?.includes('Eradicate trafficking'),
  },
  {
    tag: 'gcm-practices',
    markup: '<gcm-practices objective="10" page-size="2"></gcm-practices>',
    ready: (el) =>
      $(el, '.results-region')?.getAttribute('aria-busy') === 'false' &&
      [...(el.shadowRoot?.querySelectorAll('gcm-practice-card') ?? [])].every((card) =>
        card.shadowRoot?.querySelector('[part="badge"]')?.textContent?.includes(' '),
      ),
  },
  {
    tag: 'gcm-objective-browser',
    markup: '<gcm-objective-browser selected="10" page-size="2"></gcm-objective-browser>',
    ready: (el) => {
      const catalogue = el.shadowRoot?.querySelector('gcm-practices');
      return (
        $(el, '[role="tabpanel"]') &&
        catalogue?.shadowRoot?.querySelector('.results-region')?.getAttribute('aria-busy') ===
          'false'
      );
    },
  },
  {
    tag: 'gcm-campaign-banner',
    markup:
      '<gcm-campaign-banner campaign="world-day-against-trafficking-2024" now="2024-07-16"></gcm-campaign-banner>',
    ready: (el) => $(el, '[part="title"]'),
  },
  {
    tag: 'gcm-resources',
    markup: '<gcm-resources page-size="2"></gcm-resources>',
    ready: (el) => $(el, '.results-region')?.getAttribute('aria-busy') === 'false',
  },
  {
    tag: 'gcm-practice',
    markup: '<gcm-practice practice-id="pacaraima-committee"></gcm-practice>',
    // The practice, its related practices and resources all in: no placeholder left.
    ready: (el) => $(el, '[part="title"]') && !$(el, '[part~="skeleton"]'),
  },
  {
    tag: 'gcm-practice-form',
    markup:
      '<gcm-practice-form campaign="call-for-practices-2024" now="2024-06-01"></gcm-practice-form>',
    ready: (el) => $(el, '[part="form"]'),
  },
];

describe('the host page’s CSS', () => {
  for (const { tag, markup, ready, setup } of CASES) {
    it(`does not reach the text inside <${tag}>`, async () => {
      const wrapper = await fixture<HTMLElement>(`<div style="inline-size: 720px">${markup}</div>`);
      const el = wrapper.firstElementChild as HTMLElement;
      setup?.(el);
      await until(() => ready(el), `${tag} loaded`);
      const plain = snapshot(el);
      const hostLineHeight = getComputedStyle(el).lineHeight;
      expect(Object.keys(plain).length).to.be.greaterThan(PROPERTIES.length * 5);

      const sheet = document.createElement('style');
      sheet.textContent = HOSTILE;
      document.head.append(sheet);
      try {
        // The rules do apply to the host: the test would prove nothing otherwise.
        expect(getComputedStyle(el).lineHeight).to.not.equal(hostLineHeight);
        expect(getComputedStyle(el).color).to.equal('rgb(255, 105, 180)');
        expect(differences(plain, snapshot(el))).to.deep.equal([]);
      } finally {
        sheet.remove();
      }
    });
  }
});
