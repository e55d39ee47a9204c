import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  deepActiveElement,
  hostile,
  next,
  setHostileSwitch,
  testEnv,
  text,
  until,
} from '../../../test/helpers.js';
import '../../define/practice-form.js';
import type { ErrorDetail } from '../../shared/events.js';
import { DRAFT_KEY_PREFIX } from './draft-store.js';
import { emptyDraft, type FormDraft } from './form-draft.js';
import type { GcmPracticeForm, SubmittedDetail } from './practice-form.js';

const CALL = 'call-for-practices-2024';

function clearDrafts() {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(DRAFT_KEY_PREFIX)) localStorage.removeItem(key);
  }
}

/** A form attached with its attributes, once it shows the form or a state instead. */
async function form(attrs: Record<string, string> = {}): Promise<GcmPracticeForm> {
  const el = document.createElement('gcm-practice-form');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.append(el);
  await until(() => $(el, 'form, [part="closed"], [part="error"], [part="receipt"]'), 'loaded');
  await el.updateComplete;
  return el;
}

function control<T extends HTMLElement = HTMLInputElement>(el: GcmPracticeForm, id: string): T {
  const found = $(el, `#${CSS.escape(id)}`);
  if (!found) throw new Error(`no control #${id}`);
  return found as T;
}

/** Type into a control as a person would: focus, keys, events. */
async function type(el: GcmPracticeForm, id: string, value: string) {
  const input = control(el, id);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: GcmPracticeForm, id: string, value: string) {
  const select = control<HTMLSelectElement>(el, id);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function tick(el: GcmPracticeForm, id: string) {
  const box = control(el, id);
  box.click();
  await el.updateComplete;
}

/** Move focus out of whatever has it, as Tab would. */
async function leave(el: GcmPracticeForm) {
  const active = deepActiveElement() as HTMLElement | null;
  active?.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  active?.blur();
  await el.updateComplete;
}

async function submit(el: GcmPracticeForm) {
  ($(el, '[part~="submit-button"]') as HTMLButtonElement).click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Fill every required field with valid values. */
async function fillValid(el: GcmPracticeForm, title = 'Community shelters for survivors') {
  await type(el, 'title', title);
  await type(el, 'summary', 'Shelters run with local councils give survivors a safe place.');
  await type(el, 'implementers-0-name', 'Ministry of Social Affairs');
  await choose(el, 'implementers-0-type', 'government');
  await choose(el, 'objectives', '10');
  await type(el, 'submitter-name', 'Ana Lima');
  await type(el, 'submitter-email', 'ana@example.org');
  await type(el, 'submitter-organisation', 'Ministry of Social Affairs');
  await tick(el, 'consent-contact');
  await tick(el, 'consent-publication');
}

/** A complete, valid draft begun a minute ago (a person's pace), left for the form to restore. */
function seedDraft(title: string, patch: Partial<FormDraft> = {}, campaign = 'any') {
  const draft: FormDraft = {
    ...emptyDraft('en'),
    title,
    summary: 'Shelters run with local councils give survivors a safe place.',
    implementers: [{ name: 'Ministry of Social Affairs', type: 'government' }],
    primaryObjective: '10',
    actions: ['10a'],
    name: 'Ana Lima',
    email: 'ana@example.org',
    organisation: 'Ministry of Social Affairs',
    consentContact: true,
    consentPublication: true,
    ...patch,
  };
  localStorage.setItem(
    `${DRAFT_KEY_PREFIX}${campaign}`,
    JSON.stringify({ draft, startedAt: Date.now() - 60_000 }),
  );
}

/** What the API tells the submitter about their submission, with its token. */
async function statusOf(apiUrl: string, id: string, token: string) {
  const response = await fetch(`${apiUrl}/v1/submissions/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: response.ok ? await response.json() : undefined };
}

const notice = (el: GcmPracticeForm) => text($(el, '.send-failed'));

const errorOf = (el: GcmPracticeForm, id: string) => text($(el, `#${CSS.escape(id)}-error`));
const summaryLinks = (el: GcmPracticeForm) => $$(el, '[part="error-summary"] a');

describe('<gcm-practice-form>', () => {
  beforeEach(clearDrafts);
  after(clearDrafts);

  describe('the template', () => {
    it('renders the Hub template in labelled sections, taxonomies from the API', async () => {
      const el = await form();
      const headings = $$(el, '[part="heading"]').map(text);
      expect(headings).to.deep.equal([
        'The practice',
        'Who implements it and where',
        'What the practice serves',
        'Period and status',
        'Description',
        'Results and links',
        'About you',
      ]);
      for (const section of $$(el, '[part="section"]')) {
        const labelled = section.getAttribute('aria-labelledby') as string;
        expect(el.shadowRoot?.getElementById(labelled)).to.exist;
      }
      // The 23 objectives, from the API, as the primary objective's choices.
      const objectives = control<HTMLSelectElement>(el, 'objectives');
      expect(objectives.options.length).to.equal(24);
      expect(text(objectives.options[10])).to.match(/^10\. /);
      // The actions of the chosen objectives appear once one is chosen.
      expect($(el, '#actions')).to.equal(null);
      await choose(el, 'objectives', '10');
      const actions = $$(el, '#actions input[type="checkbox"]');
      expect(actions.length).to.equal(10);
      // Every control has a label.
      for (const c of $$(el, 'input:not(#hp), select, textarea')) {
        expect(el.shadowRoot?.querySelector(`label[for="${c.id}"]`), c.id).to.exist;
      }
    });

    it('puts the primary objective first, then the others ticked', async () => {
      const el = await form();
      await choose(el, 'objectives', '10');
      const others = $$(el, '#objectives-other input');
      expect(others.length).to.equal(22);
      // Objective 7 is the seventh box: 10 is the primary one, not offered again.
      await tick(el, others[6]?.id as string);
      await tick(el, others[0]?.id as string);
      const stored = JSON.parse(localStorage.getItem(`${DRAFT_KEY_PREFIX}any`) as string);
      expect(stored.draft.primaryObjective).to.equal('10');
      expect(stored.draft.objectives).to.deep.equal([7, 1]);
    });

    it('sets maxlength from the contract limits', async () => {
      const el = await form();
      expect(control(el, 'title').maxLength).to.equal(200);
      expect(control<HTMLTextAreaElement>(el, 'summary').maxLength).to.equal(1500);
      expect(control<HTMLTextAreaElement>(el, 'sections-context').maxLength).to.equal(3000);
    });

    it('adds and removes rows, moving focus to the new row or back to the add button', async () => {
      const el = await form();
      ($(el, '#links .add') as HTMLButtonElement).click();
      await until(() => deepActiveElement()?.id === 'links-0-label', 'focus on the new row');
      ($(el, '#links .add') as HTMLButtonElement).click();
      await until(() => deepActiveElement()?.id === 'links-1-label', 'focus on the next row');
      ($(el, '#links .remove') as HTMLButtonElement).click();
      await until(() => $$(el, '#links .row').length === 1, 'one row left');
      await until(() => deepActiveElement()?.classList.contains('add'), 'focus on add');
    });

    it('adds countries from the list and removes them', async () => {
      const el = await form();
      await choose(el, 'countries', 'BRA');
      ($(el, '.picker [part~="add-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($$(el, '.chosen li').map(text)).to.deep.equal(['Brazil Remove Brazil']);
      expect(
        [...control<HTMLSelectElement>(el, 'countries').options].some((o) => o.value === 'BRA'),
      ).to.equal(false);
      ($(el, '.chosen .remove') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($$(el, '.chosen li')).to.have.length(0);
      await until(() => deepActiveElement()?.id === 'countries', 'focus back on the list');
    });
  });

  describe('validation from the contract', () => {
    it('shows a field error on leaving it, with aria-invalid and aria-describedby', async () => {
      const el = await form();
      expect(errorOf(el, 'title')).to.equal('');
      control(el, 'title').focus();
      await leave(el);
      expect(errorOf(el, 'title')).to.equal('Error: This field is required.');
      const input = control(el, 'title');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('title-error');
      // Untouched fields say nothing yet.
      expect(errorOf(el, 'summary')).to.equal('');
      await type(el, 'title', 'A title');
      expect(errorOf(el, 'title')).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('checks the e-mail, web addresses and years as the API does', async () => {
      const el = await form();
      await type(el, 'submitter-email', 'not-an-address');
      await leave(el);
      expect(errorOf(el, 'submitter-email')).to.contain('name@example.org');
      ($(el, '#links .add') as HTMLButtonElement).click();
      await el.updateComplete;
      await type(el, 'links-0-url', 'javascript:alert(1)');
      await leave(el);
      expect(errorOf(el, 'links-0-url')).to.contain('https://');
      await type(el, 'period-start', '2020');
      await type(el, 'period-end', '2019');
      await leave(el);
      expect(errorOf(el, 'period-end')).to.equal(
        'Error: The end year must not be before the start year.',
      );
      await type(el, 'period-start', '20x');
      await leave(el);
      expect(errorOf(el, 'period-start')).to.contain('1900 to 2100');
    });

    it('on submit with errors: a summary at the top, focused, linking to each field; nothing is sent', async () => {
      const el = await form();
      let sent = false;
      el.addEventListener('gcm-submitted', () => {
        sent = true;
      });
      await type(el, 'title', 'Only a title');
      await submit(el);
      const summary = $(el, '[part="error-summary"]') as HTMLElement;
      expect(summary).to.exist;
      await until(() => deepActiveElement() === summary, 'summary focused');
      expect(text(summary.querySelector('[part="heading"]'))).to.equal('There is a problem');
      const links = summaryLinks(el).map(text);
      expect(links).to.include('Summary: This field is required.');
      expect(links).to.include('Implementer 1: name: This field is required.');
      expect(links).to.include(
        'Primary objective: Choose the objective the practice serves first.',
      );
      expect(links).to.include('Your e-mail address: This field is required.');
      expect(links.some((l) => l.startsWith('The Migration Network Hub may contact me'))).to.equal(
        true,
      );
      // The summary comes first in the element, before the form.
      expect(
        summary.compareDocumentPosition($(el, 'form') as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.not.equal(0);
      // Each link moves focus to its field.
      const toSummary = summaryLinks(el).find((a) => text(a).startsWith('Summary')) as HTMLElement;
      toSummary.click();
      await until(() => deepActiveElement()?.id === 'summary', 'summary field focused');
      const toObjective = summaryLinks(el).find((a) =>
        text(a).startsWith('Primary objective'),
      ) as HTMLElement;
      toObjective.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => deepActiveElement()?.id === 'objectives', 'objective focused');
      expect(sent).to.equal(false);
      // Fixing a field takes it off the summary.
      await type(el, 'summary', 'What it does.');
      expect(summaryLinks(el).map(text)).to.not.include('Summary: This field is required.');
    });

    it('speaks the errors in French, Spanish and Arabic, right to left in Arabic', async () => {
      const expected = {
        fr: ['Il y a un problème', 'Ce champ est obligatoire.'],
        es: ['Hay un problema', 'Este campo es obligatorio.'],
        ar: ['هناك مشكلة', 'هذا الحقل مطلوب.'],
      };
      for (const [lang, [title, required]] of Object.entries(expected)) {
        const el = await form({ lang });
        await submit(el);
        expect(text($(el, '[part="error-summary"] [part="heading"]')), lang).to.equal(title);
        expect(errorOf(el, 'title'), lang).to.contain(required);
        expect($(el, '.root')?.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(text($(el, '[part~="submit-button"]')), lang).to.not.equal('Submit the practice');
      }
    });
  });

  describe('the draft', () => {
    it('is kept in the browser as the visitor types, and restored on return', async () => {
      const el = await form();
      await type(el, 'title', 'Shelters');
      await choose(el, 'objectives', '10');
      const stored = JSON.parse(localStorage.getItem(`${DRAFT_KEY_PREFIX}any`) as string);
      expect(stored.draft.title).to.equal('Shelters');
      expect(stored.startedAt).to.be.a('number');
      el.remove();

      const again = await form();
      expect(control(again, 'title').value).to.equal('Shelters');
      expect(control<HTMLSelectElement>(again, 'objectives').value).to.equal('10');
      expect(text($(again, '[part="notice"]'))).to.contain('restored');
    });

    it('"Start again" clears it, on screen and in storage', async () => {
      const el = await form();
      await type(el, 'title', 'Shelters');
      el.remove();
      const again = await form();
      ($(again, '[part="notice"] [part~="reset-button"]') as HTMLButtonElement).click();
      await again.updateComplete;
      expect(control(again, 'title').value).to.equal('');
      expect(localStorage.getItem(`${DRAFT_KEY_PREFIX}any`)).to.equal(null);
      expect($(again, '[part="notice"]')).to.equal(null);
      await until(() => deepActiveElement()?.id === 'title', 'focus on the first field');
    });

    it('keeps one draft per call', async () => {
      const el = await form({ campaign: CALL, now: '2024-06-01' });
      await type(el, 'title', 'For the call');
      el.remove();
      const other = await form();
      expect(control(other, 'title').value).to.equal('');
      expect(localStorage.getItem(`${DRAFT_KEY_PREFIX}${CALL}`)).to.contain('For the call');
    });

    it('survives a damaged stored draft', async () => {
      localStorage.setItem(`${DRAFT_KEY_PREFIX}any`, '{"draft": {"title": 42, "implementers": "x"');
      const el = await form();
      expect(control(el, 'title').value).to.equal('');
      localStorage.setItem(
        `${DRAFT_KEY_PREFIX}any`,
        JSON.stringify({ draft: { title: 'Kept', implementers: 'x', objectives: ['a', 3] } }),
      );
      const again = await form();
      expect(control(again, 'title').value).to.equal('Kept');
    });

    it('works when the browser forbids storage', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
      // What a browser does with storage blocked for the site: any access throws.
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      try {
        const el = await form();
        await type(el, 'title', 'In memory only');
        expect(control(el, 'title').value).to.equal('In memory only');
        await submit(el);
        expect($(el, '[part="error-summary"]')).to.exist;
        expect(control(el, 'title').value).to.equal('In memory only');
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor as PropertyDescriptor);
      }
    });
  });

  describe('the call for practices', () => {
    it('while the call is open: its title and deadline above the form', async () => {
      const el = await form({ campaign: CALL, now: '2024-06-24' });
      expect(text($(el, '[part="call"]'))).to.contain('Deadline: June 24, 2024');
      expect($(el, 'form')).to.exist;
    });

    it('once the call is over: says so, with the date, and shows no form', async () => {
      for (const [lang, closed] of [
        ['en', 'It closed on June 24, 2024.'],
        ['fr', '24 juin 2024'],
        ['ar', '2024'],
      ] as const) {
        const el = await form({ campaign: CALL, now: '2024-06-25', lang });
        expect($(el, 'form'), lang).to.equal(null);
        expect(text($(el, '[part="closed"]')), lang).to.contain(closed);
        await expect(el).to.be.accessible();
      }
    });

    it('before the call opens: says when it opens and closes, and shows no form', async () => {
      const el = await form({
        campaign: 'upcoming-call',
        now: '2026-01-10',
        api: hostile('calls'),
      });
      expect($(el, 'form')).to.equal(null);
      const closed = text($(el, '[part="closed"]'));
      expect(closed).to.contain('not open yet');
      expect(closed).to.contain('It opens on March 1, 2026 and closes on April 30, 2026.');
      await expect(el).to.be.accessible();
    });

    it('an unknown call: a readable error, and gcm-error', async () => {
      const el = document.createElement('gcm-practice-form');
      el.setAttribute('campaign', 'no-such-call');
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const failed = next<ErrorDetail>(el, 'gcm-error');
      container.append(el);
      await failed;
      await until(() => $(el, '[part="error"]'), 'error shown');
      expect(text($(el, '[part="error"]'))).to.contain('could not be found');
    });
  });

  describe('sending, against the real API', () => {
    it('sends the practice: the reference, what happens next, gcm-submitted; the draft is gone', async () => {
      const { apiUrl } = await testEnv();
      const title = `Shelters with councils ${Date.now()}`;
      seedDraft(title, {
        countries: ['BRA'],
        links: [{ label: 'Report', url: 'https://example.org/r' }],
      });
      const el = await form({ 'status-page': '/practice-status' });
      const sent = next<SubmittedDetail>(el, 'gcm-submitted');
      await submit(el);
      const { detail } = await sent;
      expect(detail.reference).to.match(/^GCM-\d{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      const receipt = $(el, '[part="receipt"]') as HTMLElement;
      await until(() => deepActiveElement() === receipt, 'confirmation focused');
      expect(text($(el, '[part="reference"]'))).to.equal(detail.reference);
      expect(text(receipt)).to.contain('What happens next');
      const link = $(el, '[part="status-link"]') as HTMLAnchorElement;
      const href = new URL(link.href);
      expect(href.pathname).to.equal('/practice-status');
      expect(href.searchParams.get('id')).to.equal(detail.id);
      expect(href.searchParams.get('token')).to.equal(detail.token);
      expect(localStorage.getItem(`${DRAFT_KEY_PREFIX}any`)).to.equal(null);
      // Stored as sent: the submitter's view has it.
      const stored = await statusOf(apiUrl, detail.id, detail.token);
      expect(stored.status).to.equal(200);
      expect(stored.body.practice.title).to.equal(title);
      expect(stored.body.practice.objectives).to.deep.equal([10]);
      expect(stored.body.practice.countries).to.deep.equal(['BRA']);
      await expect(el).to.be.accessible();
      // "Submit another practice" starts an empty form.
      ($(el, '[part~="reset-button"]') as HTMLButtonElement).click();
      await until(() => deepActiveElement()?.id === 'title', 'focus on the first field');
      expect(control(el, 'title').value).to.equal('');
    });

    it('a 422 from the API lands on the fields, in the summary, in the element’s language', async () => {
      // A draft from an earlier visit naming a country the catalogue does not have.
      seedDraft('With an unknown country', { countries: ['ATL'] });
      const el = await form({ lang: 'fr' });
      let failure: ErrorDetail | undefined;
      el.addEventListener('gcm-error', (e) => {
        failure = (e as CustomEvent<ErrorDetail>).detail;
      });
      await submit(el);
      await until(() => $(el, '[part="error-summary"]'), 'summary shown');
      const summary = $(el, '[part="error-summary"]') as HTMLElement;
      await until(() => deepActiveElement() === summary, 'summary focused');
      expect(summaryLinks(el).map(text)).to.deep.equal([
        'Pays (facultatif): Le catalogue ne connaît pas ce choix : retirez-le.',
      ]);
      expect(control(el, 'countries').getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(el, 'countries')).to.contain('Le catalogue ne connaît pas ce choix');
      expect((failure?.error as { status?: number } | undefined)?.status).to.equal(422);
      await expect(el).to.be.accessible();
      // Removing the country clears the server's error.
      ($(el, '.chosen .remove') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(errorOf(el, 'countries')).to.equal('');
    });

    it('a call that has closed since the page loaded: says so, keeps the draft', async () => {
      seedDraft('For a closed call', {}, CALL);
      // On 1 June 2024 the form is open; the API knows better.
      const el = await form({ campaign: CALL, now: '2024-06-01' });
      await submit(el);
      await until(() => $(el, '.send-failed'), 'failure shown');
      expect(notice(el)).to.contain('not accepting submissions any more');
      expect(notice(el)).to.contain('Your draft is kept in this browser.');
      expect(localStorage.getItem(`${DRAFT_KEY_PREFIX}${CALL}`)).to.contain('For a closed call');
      await expect(el).to.be.accessible();
    });

    it('too many submissions: says when to try again, keeps the draft', async () => {
      const { limitedApiUrl } = await testEnv();
      seedDraft('First of two');
      const el = await form({ api: limitedApiUrl });
      await submit(el);
      await until(() => $(el, '[part="receipt"]'), 'first one accepted');
      seedDraft('Second of two');
      const again = await form({ api: limitedApiUrl, lang: 'ar' });
      await submit(again);
      await until(() => $(again, '.send-failed'), 'refused');
      const said = notice(again);
      expect(said).to.contain('أُرسل عدد كبير جدًا من الممارسات');
      expect(said).to.match(/\d/);
      expect(control(again, 'title').value).to.equal('Second of two');
      await expect(again).to.be.accessible();
    });

    it('the API down when sending: the draft stays, "Try again" sends it once it is back', async () => {
      const { apiUrl } = await testEnv();
      await setHostileSwitch(true);
      try {
        seedDraft('Sent on the second try');
        const el = await form({ api: hostile('switch') });
        await setHostileSwitch(false);
        await submit(el);
        await until(() => $(el, '.send-failed'), 'failure shown');
        expect(notice(el)).to.contain('Your practice could not be sent.');
        await until(() => deepActiveElement() === $(el, '.send-failed'), 'notice focused');
        expect(localStorage.getItem(`${DRAFT_KEY_PREFIX}any`)).to.contain('Sent on the second try');
        await expect(el).to.be.accessible();
        await setHostileSwitch(true);
        const sent = next<SubmittedDetail>(el, 'gcm-submitted');
        ($(el, '.send-failed [part~="retry-button"]') as HTMLButtonElement).click();
        const { detail } = await sent;
        expect((await statusOf(apiUrl, detail.id, detail.token)).status).to.equal(200);
      } finally {
        await setHostileSwitch(false);
      }
    });
  });

  describe('when the API is down', () => {
    it('loading fails: an error state with "Try again"', async () => {
      const { downUrl } = await testEnv();
      const el = await form({ api: downUrl });
      expect(text($(el, '[part="error"]'))).to.contain('could not be reached');
      expect($(el, '[part~="retry-button"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      it(`has no axe violations, empty and with every error shown (${lang})`, async () => {
        const el = await form({ lang });
        await expect(el).to.be.accessible();
        await choose(el, 'objectives', '10');
        ($(el, '#links .add') as HTMLButtonElement).click();
        await submit(el);
        expect($(el, '[part="error-summary"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('has no axe violations while loading', async () => {
      const el = document.createElement('gcm-practice-form');
      el.setAttribute('api', hostile('slow'));
      await fixture<HTMLElement>(html`<div></div>`).then((c) => c.append(el));
      await el.updateComplete;
      expect($(el, '.loading')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('can be filled with the keyboard alone', async () => {
      const el = await form();
      control(el, 'title').focus();
      await sendKeys({ type: 'Keyboard practice' });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id).to.equal('summary');
      await sendKeys({ type: 'Typed without a mouse.' });
      // Objectives: a native select, operable with the keyboard.
      control(el, 'objectives').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(control<HTMLSelectElement>(el, 'objectives').value).to.equal('1');
      await choose(el, 'objectives', '10');
      // A checkbox toggles with Space.
      const firstAction = $(el, '#actions input') as HTMLInputElement;
      firstAction.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(firstAction.checked).to.equal(true);
      // "Add a link" with Enter puts focus in the new row.
      ($(el, '#links .add') as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => deepActiveElement()?.id === 'links-0-label', 'new row focused');
      // Submitting with Enter from a text field brings up the focused summary.
      control(el, 'title').focus();
      await sendKeys({ press: 'Enter' });
      await until(
        () => deepActiveElement()?.getAttribute('part') === 'error-summary',
        'summary focused',
      );
    });
  });

  it('a complete draft, restored or typed, has no error', async () => {
    seedDraft('Complete');
    const el = await form();
    expect(control(el, 'title').value).to.equal('Complete');
    const errors = (el as unknown as { allErrors(): unknown[] }).allErrors();
    expect(errors).to.deep.equal([]);
    ($(el, '[part="notice"] [part~="reset-button"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await fillValid(el, 'Typed instead');
    expect((el as unknown as { allErrors(): unknown[] }).allErrors()).to.deep.equal([]);
  });
});
