// A long summary is cut to a few lines. What a reader sees must end on a whole word followed by
// an ellipsis, in every language and at every width: the browser's own line clamp cuts inside
// a word ("helps foreign surviv…"), so these tests read the characters actually laid out.
import type { Practice } from '@gcm-practices/contract';
import { practices } from '@gcm-practices/dataset';
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, shadow, until } from '../../../test/helpers.js';
import '../../define.js';
import type { GcmPractices } from '../practices/practices.js';
import type { GcmPracticeCard } from './practice-card.js';

const pacaraima = practices.find((p) => p.id === 'pacaraima-committee') as Practice;

/** Summaries written in each language, long enough to be cut in a card. */
const SUMMARIES: Record<string, string> = {
  en: pacaraima.summary,
  fr: "Une initiative de Pacaraima, à la frontière du Brésil et du Venezuela, qui offre aux migrants des conseils juridiques et des informations en face à face, oriente les cas d'exploitation vers les autorités compétentes et coordonne le travail des pouvoirs publics, des organisations non gouvernementales et des agences des Nations Unies pour protéger les droits des migrants dans la pratique.",
  es: 'Una iniciativa de Pacaraima, en la frontera de Brasil con Venezuela, que ofrece a las personas migrantes orientación jurídica e información en persona, remite los casos de explotación a las autoridades competentes y coordina el trabajo del gobierno, las organizaciones no gubernamentales y los organismos de las Naciones Unidas para proteger en la práctica los derechos de las personas migrantes.',
  ar: 'مبادرة في باكارايما، على حدود البرازيل مع فنزويلا، تقدم للمهاجرين الإرشاد القانوني والمعلومات وجهاً لوجه، وتحيل حالات الاستغلال إلى السلطات المختصة، وتنسق عمل الحكومة والمنظمات غير الحكومية ووكالات الأمم المتحدة مثل المنظمة الدولية للهجرة (IOM) لحماية حقوق المهاجرين في الممارسة العملية.',
};

const LANGS = Object.keys(SUMMARIES);

/** Characters that may end a word before the ellipsis: the summary's own spaces and commas. */
const WORD_END = /[\s,;:،؛]/;

interface Seen {
  /** The characters laid out inside the paragraph's box, in order. */
  text: string;
  /** Characters laid out below the paragraph's visible lines: the browser cut the text. */
  clipped: string;
}

/**
 * What a sighted reader sees of the summary: every character whose box lies inside the
 * paragraph's box, leaving out visually hidden text (kept for screen readers).
 */
function seen(summary: HTMLElement): Seen {
  const box = summary.getBoundingClientRect();
  const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let shown = '';
  let clipped = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement as HTMLElement;
    const parentBox = parent.getBoundingClientRect();
    if (parentBox.width <= 1 || parentBox.height <= 1) continue;
    for (let i = 0; i < node.data.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rects = [...range.getClientRects()];
      if (rects.length === 0) continue;
      const below = rects.every((r) => r.top >= box.bottom - 1);
      if (below) clipped += node.data[i];
      else shown += node.data[i];
    }
  }
  return { text: shown.replace(/\s+/g, ' ').trim(), clipped };
}

/** The summary as assistive technology reads it: every character but aria-hidden ones. */
function spoken(summary: HTMLElement): string {
  const copy = summary.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function summaryOf(card: GcmPracticeCard): HTMLElement {
  const found = shadow(card).querySelector<HTMLElement>('[part="summary"]');
  if (!found) throw new Error('no summary');
  return found;
}

/** Whether the visible summary is whole, or a run of whole words and an ellipsis. */
function wellCut(card: GcmPracticeCard, full: string): boolean {
  const { text, clipped } = seen(summaryOf(card));
  if (clipped) return false;
  if (text === full) return true;
  if (!text.endsWith('…')) return false;
  const kept = text.slice(0, -1);
  return full.startsWith(kept) && WORD_END.test(full.charAt(kept.length));
}

/** Check one card: the first failing rule, with what was seen, for the failure message. */
function expectWellCut(card: GcmPracticeCard, full: string, where: string) {
  const summary = summaryOf(card);
  const { text, clipped } = seen(summary);
  expect(clipped, `${where}: text the browser cut off below the lines shown`).to.equal('');
  expect(spoken(summary), `${where}: the whole summary for screen readers`).to.equal(full);
  if (text === full) return false;
  expect(text.endsWith('…'), `${where}: a cut summary ends with an ellipsis: "${text}"`).to.equal(
    true,
  );
  const kept = text.slice(0, -1);
  expect(full.startsWith(kept), `${where}: the text shown is the summary's start`).to.equal(true);
  expect(
    full.charAt(kept.length),
    `${where}: the cut falls between words: "…${kept.slice(-20)}|${full.slice(kept.length, kept.length + 10)}…"`,
  ).to.match(WORD_END);
  return true;
}

/** Wait for the card to measure its summary, then check it, saying what shows if it is wrong. */
async function expectCutBetweenWords(card: GcmPracticeCard, full: string, where: string) {
  await until(() => wellCut(card, full), where).catch(() => undefined);
  return expectWellCut(card, full, where);
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('<gcm-practice-card> summary cut', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of LANGS) {
    it(`cuts a long summary after a whole word, with an ellipsis, in ${lang}`, async () => {
      const full = SUMMARIES[lang] as string;
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 18em"><gcm-practice-card lang=${lang}></gcm-practice-card></div>`,
      );
      const card = wrapper.querySelector('gcm-practice-card') as GcmPracticeCard;
      card.practice = { ...pacaraima, summary: full };
      await card.updateComplete;
      expect(await expectCutBetweenWords(card, full, `${lang}, 18em`), 'cut').to.equal(true);

      // Wider, then narrower: the cut follows the card's width.
      for (const width of ['30em', '12em']) {
        const before = seen(summaryOf(card)).text;
        wrapper.style.inlineSize = width;
        await until(
          () => seen(summaryOf(card)).text !== before && wellCut(card, full),
          `${lang} summary cut again at ${width}`,
        );
        expectWellCut(card, full, `${lang}, ${width}`);
      }
    });
  }

  it('shows a summary that fits whole, without an ellipsis', async () => {
    const card = await fixture<GcmPracticeCard>(
      html`<gcm-practice-card style="inline-size: 30em"></gcm-practice-card>`,
    );
    const full = 'A short summary.';
    card.practice = { ...pacaraima, summary: full };
    await card.updateComplete;
    expect(await expectCutBetweenWords(card, full, 'short'), 'cut').to.equal(false);
    expect(seen(summaryOf(card)).text).to.equal(full);
  });

  it('shows every line when --gcm-practice-card-summary-lines is none', async () => {
    const card = await fixture<GcmPracticeCard>(
      html`<gcm-practice-card
        style="inline-size: 18em; --gcm-practice-card-summary-lines: none"
      ></gcm-practice-card>`,
    );
    card.practice = pacaraima;
    await card.updateComplete;
    await until(() => seen(summaryOf(card)).text === normalise(pacaraima.summary), 'whole');
  });

  for (const width of [1280, 390]) {
    for (const lang of LANGS) {
      it(`cuts the catalogue's summaries between words at ${width} px, in ${lang}`, async () => {
        await setViewport({ width, height: 900 });
        const el = await fixture<GcmPractices>(
          html`<gcm-practices lang=${lang} objective="10" page-size="6"></gcm-practices>`,
        );
        await until(
          () =>
            $(el, '.results-region')?.getAttribute('aria-busy') === 'false' &&
            $$(el, 'gcm-practice-card').length > 0,
          'results',
        );
        const cards = $$(el, 'gcm-practice-card') as GcmPracticeCard[];
        await Promise.all(cards.map((c) => c.updateComplete));
        let cut = 0;
        for (const card of cards) {
          card.scrollIntoView();
          const full = normalise(card.practice?.summary ?? '');
          if (await expectCutBetweenWords(card, full, `${card.practice?.id}`)) cut++;
        }
        expect(cut, 'summaries cut on this page').to.be.greaterThan(0);
      });
    }
  }
});
