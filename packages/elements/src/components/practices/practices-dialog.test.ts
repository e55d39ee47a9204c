import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, deepActiveElement, shadow, text, until } from '../../../test/helpers.js';
import '../../define.js';
import type { GcmObjectiveBrowser } from '../objective-browser/objective-browser.js';
import type { GcmPractice } from '../practice/practice.js';
import type { GcmPracticeCard } from '../practice-card/practice-card.js';
import type { GcmPractices } from './practices.js';

const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;

async function catalogue(template: ReturnType<typeof html>): Promise<GcmPractices> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('gcm-practices') as GcmPractices;
  await until(() => $$(el, 'gcm-practice-card').length > 0, 'cards');
  return el;
}

function titleButton(card: Element): HTMLElement {
  const button = shadow(card).querySelector<HTMLElement>('[part="link"]');
  if (!button) throw new Error('card has no title');
  return button;
}

function firstCard(el: Element): GcmPracticeCard {
  const card = $(el, 'gcm-practice-card') as GcmPracticeCard | null;
  if (!card?.practice) throw new Error('no card');
  return card;
}

function dialogOf(el: Element): HTMLDialogElement | null {
  return shadow(el).querySelector('dialog');
}

/** Wait until the dialog shows the full practice titled `title`. */
async function opened(el: Element, title: string): Promise<GcmPractice> {
  await until(() => dialogOf(el)?.open, 'dialog open');
  const practice = dialogOf(el)?.querySelector('gcm-practice') as GcmPractice;
  await until(() => text($(practice, '[part="title"]')) === title, 'practice in the dialog');
  return practice;
}

describe('<gcm-practices>: a title opens the practice in a dialog', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('shows the full practice in a modal labelled by its title; the page behind does not scroll', async () => {
    const el = await catalogue(html`<gcm-practices objective="10"></gcm-practices>`);
    const card = firstCard(el);
    const title = card.practice?.title ?? '';
    titleButton(card).click();
    const practice = await opened(el, title);
    const dialog = dialogOf(el) as HTMLDialogElement;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal(title);
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
    await until(() => $$(practice, '[part="related-item"]').length > 0, 'related practices');
    await expect(el).to.be.accessible();
    ($(el, '[part~="close-button"]') as HTMLButtonElement).click();
    await until(() => !dialogOf(el), 'closed');
    expect(getComputedStyle(document.documentElement).overflow).not.to.equal('hidden');
    expect(deepActiveElement()).to.equal(titleButton(card));
  });

  it('opens and closes with the keyboard alone, focus going back to the title', async () => {
    const el = await catalogue(html`<gcm-practices objective="10"></gcm-practices>`);
    const card = $$(el, 'gcm-practice-card')[1] as GcmPracticeCard;
    titleButton(card).focus();
    await sendKeys({ press: 'Enter' });
    await opened(el, card.practice?.title ?? '');
    // Focus is inside the dialog, on its close button.
    expect(deepActiveElement()).to.equal($(el, '[part~="close-button"]'));
    await sendKeys({ press: 'Escape' });
    await until(() => !dialogOf(el), 'closed by Escape');
    expect(deepActiveElement()).to.equal(titleButton(card));
    // Space opens it too; Enter on the close button closes it.
    await sendKeys({ press: 'Space' });
    await opened(el, card.practice?.title ?? '');
    await sendKeys({ press: 'Enter' });
    await until(() => !dialogOf(el), 'closed by its button');
    expect(deepActiveElement()).to.equal(titleButton(card));
  });

  it('fires gcm-practice-select first: cancelling it keeps the dialog closed', async () => {
    const el = await catalogue(html`<gcm-practices objective="10"></gcm-practices>`);
    const seen: string[] = [];
    const route = (e: Event) => {
      seen.push((e as CustomEvent<{ id: string }>).detail.id);
      e.preventDefault();
    };
    document.addEventListener('gcm-practice-select', route);
    try {
      const card = firstCard(el);
      titleButton(card).click();
      await el.updateComplete;
      await Promise.resolve();
      await el.updateComplete;
      expect(seen).to.deep.equal([card.practice?.id]);
      expect(dialogOf(el)).to.equal(null);
    } finally {
      document.removeEventListener('gcm-practice-select', route);
    }
  });

  it('never opens a dialog when titles are links (href-template)', async () => {
    const el = await catalogue(
      html`<gcm-practices objective="10" href-template="#practice-{id}"></gcm-practices>`,
    );
    const link = titleButton(firstCard(el)) as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    link.click();
    await el.updateComplete;
    expect(dialogOf(el)).to.equal(null);
  });

  it('with sync-url: the open practice is in the URL, a link opens it, Back closes it', async () => {
    const url = new URL(location.href);
    url.searchParams.set('gcm-practice', 'pacaraima-committee');
    history.replaceState(null, '', url);
    const el = await catalogue(html`<gcm-practices sync-url objective="10"></gcm-practices>`);
    await opened(el, 'Pacaraima Committee');
    await until(
      () => dialogOf(el)?.getAttribute('aria-label') === 'Pacaraima Committee',
      'labelled once loaded',
    );
    ($(el, '[part~="close-button"]') as HTMLButtonElement).click();
    await until(() => !dialogOf(el), 'closed');
    expect(new URL(location.href).searchParams.has('gcm-practice')).to.equal(false);

    const card = $$(el, 'gcm-practice-card')[2] as GcmPracticeCard;
    titleButton(card).click();
    await opened(el, card.practice?.title ?? '');
    expect(new URL(location.href).searchParams.get('gcm-practice')).to.equal(card.practice?.id);
    history.back();
    await until(() => !dialogOf(el), 'Back closed it');
    expect(new URL(location.href).searchParams.has('gcm-practice')).to.equal(false);
    history.forward();
    await opened(el, card.practice?.title ?? '');
  });

  it('namespaces the key with sync-url’s value', async () => {
    const el = await catalogue(html`<gcm-practices sync-url="a" objective="10"></gcm-practices>`);
    const card = firstCard(el);
    titleButton(card).click();
    await opened(el, card.practice?.title ?? '');
    expect(new URL(location.href).searchParams.get('gcm-a-practice')).to.equal(card.practice?.id);
  });

  for (const lang of LANGUAGES) {
    it(`has no axe violations with the dialog open (${lang})`, async () => {
      const el = await catalogue(html`<gcm-practices lang=${lang} objective="10"></gcm-practices>`);
      const card = firstCard(el);
      titleButton(card).click();
      const practice = await opened(el, card.practice?.title ?? '');
      await until(() => $$(practice, '[part="related-item"]').length > 0, 'related practices');
      expect(dialogOf(el)?.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }
});

describe('<gcm-objective-browser>: a practice title opens the practice in a dialog', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('opens, closes with Escape, and keeps the practice in the URL with sync-url', async () => {
    const el = await fixture<GcmObjectiveBrowser>(
      html`<gcm-objective-browser selected="10" sync-url></gcm-objective-browser>`,
    );
    await until(() => $(el, 'gcm-practices'), 'catalogue');
    const inner = $(el, 'gcm-practices') as GcmPractices;
    await until(() => $$(inner, 'gcm-practice-card').length > 0, 'cards');
    const card = firstCard(inner);
    titleButton(card).focus();
    await sendKeys({ press: 'Enter' });
    await opened(inner, card.practice?.title ?? '');
    expect(new URL(location.href).searchParams.get('gcm-practice')).to.equal(card.practice?.id);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialogOf(inner), 'closed');
    expect(deepActiveElement()).to.equal(titleButton(card));
    await until(
      () => !new URL(location.href).searchParams.has('gcm-practice'),
      'practice left the URL',
    );
    expect(new URL(location.href).searchParams.get('gcm-objective')).to.equal(null);
  });
});
