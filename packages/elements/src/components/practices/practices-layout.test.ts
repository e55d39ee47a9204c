// The catalogue's layout at a desktop width (1280 px) and a phone's (390 px), read from the boxes
// Chromium lays out: the years' boxes never overlap their labels, a card is as tall as its
// content, and on a phone Next never sits alone on a row of the pagination.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, shadow, until } from '../../../test/helpers.js';
import '../../define.js';
import type { GcmPracticeCard } from '../practice-card/practice-card.js';
import type { GcmPractices } from './practices.js';

const LANGS = ['en', 'fr', 'es', 'ar'];
const WIDTHS = [1280, 390];

/** At a viewport width, a catalogue in a page with the usual margins, once its cards are in. */
async function catalogue(width: number, attributes: Record<string, string>): Promise<GcmPractices> {
  await setViewport({ width, height: 900 });
  const wrapper = await fixture<HTMLElement>(html`<main style="margin: 0 16px"></main>`);
  const el = document.createElement('gcm-practices') as GcmPractices;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await until(
    () =>
      $(el, '.results-region')?.getAttribute('aria-busy') === 'false' &&
      $$(el, 'gcm-practice-card').length > 0,
    'results',
  );
  const cards = $$(el, 'gcm-practice-card') as GcmPracticeCard[];
  await Promise.all(cards.map((c) => c.updateComplete));
  await layoutHeldStill(cards);
  return el;
}

/** Every box inside the cards, as one string: what the layout looks like now. */
function layoutOf(cards: GcmPracticeCard[]): string {
  return cards
    .flatMap((card) => [card, ...shadow(card).querySelectorAll('*')])
    .map((node) => {
      const { top, left, width, height } = node.getBoundingClientRect();
      return [top, left, width, height].map(Math.round).join(',');
    })
    .join(';');
}

/**
 * Wait until the cards' layout is the same on two frames in a row. A card shortens its
 * summary to whole words a frame after it is laid out, and cards below the fold
 * (`content-visibility: auto`) are laid out in a later rendering update: on a busy machine
 * a look taken straight after the render can catch the page halfway through.
 */
async function layoutHeldStill(cards: GcmPracticeCard[]): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let before = '';
  await until(async () => {
    await frame();
    await frame();
    const now = layoutOf(cards);
    const still = now === before;
    before = now;
    return still;
  }, 'card layout held still');
}

/** The overlap of two boxes, in square pixels (0 when they only touch). */
function overlap(a: DOMRect, b: DOMRect): number {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 0.5 && y > 0.5 ? x * y : 0;
}

/**
 * The blank height inside a card: its content box less what its children and the gaps
 * between them take. A card stretched to its row's tallest leaves that much empty.
 */
function blank(card: GcmPracticeCard): { blank: number; lineHeight: number } {
  const box = shadow(card).querySelector('.card') as HTMLElement;
  const style = getComputedStyle(box);
  const inner =
    box.getBoundingClientRect().height -
    Number.parseFloat(style.paddingTop) -
    Number.parseFloat(style.paddingBottom) -
    Number.parseFloat(style.borderTopWidth) -
    Number.parseFloat(style.borderBottomWidth);
  const children = [...box.children];
  const used =
    children.reduce((sum, child) => sum + child.getBoundingClientRect().height, 0) +
    Number.parseFloat(style.rowGap) * (children.length - 1);
  return { blank: inner - used, lineHeight: Number.parseFloat(style.lineHeight) };
}

describe('<gcm-practices> layout', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      it(`keeps the years' labels and boxes apart at ${width} px, in ${lang}`, async () => {
        const el = await catalogue(width, { lang, objective: '10' });
        const pieces = [
          ...$$(el, '.years label'),
          ...$$(el, '.years input'),
          ...$$(el, '.years legend'),
        ];
        expect(pieces.length, 'legend, two labels, two boxes').to.equal(5);
        const fieldset = ($(el, '.years') as HTMLElement).getBoundingClientRect();
        for (const [i, a] of pieces.entries()) {
          const boxA = a.getBoundingClientRect();
          expect(boxA.width, `${a.outerHTML.slice(0, 40)} shows`).to.be.greaterThan(0);
          expect(boxA.left, 'inside the years').to.be.at.least(fieldset.left - 0.5);
          expect(boxA.right, 'inside the years').to.be.at.most(fieldset.right + 0.5);
          for (const b of pieces.slice(i + 1)) {
            expect(
              overlap(boxA, b.getBoundingClientRect()),
              `${a.outerHTML.slice(0, 40)} overlaps ${b.outerHTML.slice(0, 40)}`,
            ).to.equal(0);
          }
        }
        // Each box is wide enough for a four-digit year.
        for (const input of $$(el, '.years input')) {
          expect(input.getBoundingClientRect().width).to.be.at.least(
            4 * Number.parseFloat(getComputedStyle(input).fontSize),
          );
        }
      });
    }
  }

  for (const lang of ['en', 'ar']) {
    it(`makes each card as tall as its content, not its row's tallest, in ${lang}`, async () => {
      const el = await catalogue(1280, { lang, objective: '10', 'page-size': '12' });
      const cards = $$(el, 'gcm-practice-card') as GcmPracticeCard[];
      // Cards of one row differ in content: stretched, the shorter ones would hold blank space.
      const rows = new Map<number, number[]>();
      for (const card of cards) {
        const top = Math.round(card.getBoundingClientRect().top);
        const content = card.getBoundingClientRect().height - blank(card).blank;
        rows.set(top, [...(rows.get(top) ?? []), content]);
      }
      const spread = Math.max(...[...rows.values()].map((c) => Math.max(...c) - Math.min(...c)));
      expect(rows.size, 'rows of cards').to.be.greaterThan(1);
      expect(spread, 'content heights in a row differ').to.be.greaterThan(
        blank(cards[0] as GcmPracticeCard).lineHeight * 2,
      );
      for (const card of cards) {
        const { blank: empty, lineHeight } = blank(card);
        expect(empty, `blank height in ${card.practice?.id}`).to.be.at.most(lineHeight);
      }
    });
  }

  for (const lang of LANGS) {
    for (const [pageSize, page] of [
      ['6', '1'],
      ['2', '6'],
    ]) {
      it(`keeps Next beside Previous on a phone, ${pageSize} a page, page ${page}, in ${lang}`, async () => {
        const el = await catalogue(390, {
          lang,
          objective: '10',
          'page-size': pageSize as string,
          page: page as string,
          filters: 'none',
        });
        const items = $$(el, '.pagination li');
        expect(items.length, 'Previous, pages, Next').to.be.greaterThan(3);
        const previous = (items[0] as HTMLElement).getBoundingClientRect();
        const next = (items.at(-1) as HTMLElement).getBoundingClientRect();
        const nav = ($(el, '.pagination') as HTMLElement).getBoundingClientRect();
        const sameRow = (a: DOMRect, b: DOMRect) =>
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > a.height / 2;
        const beside = items
          .slice(0, -1)
          .filter((item) => sameRow(item.getBoundingClientRect(), next));
        expect(beside.length, 'items on the row of Next').to.be.greaterThan(0);
        expect(sameRow(previous, next), 'Previous and Next on one row').to.equal(true);
        for (const item of items) {
          const box = item.getBoundingClientRect();
          expect(box.left, 'inside the catalogue').to.be.at.least(nav.left - 0.5);
          expect(box.right, 'inside the catalogue').to.be.at.most(nav.right + 0.5);
          for (const other of items) {
            if (other !== item) expect(overlap(box, other.getBoundingClientRect())).to.equal(0);
          }
        }
      });
    }
  }
});
