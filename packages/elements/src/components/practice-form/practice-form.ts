import {
  type Campaign,
  checkFields,
  type FieldError,
  IMPLEMENTER_TYPES,
  PRACTICE_STATUSES,
  SUBMISSION_SECTIONS,
  SubmissionInput,
  type SubmissionReceipt,
  type SubmissionSectionName,
  type Taxonomies,
} from '@gcm-practices/contract';
import { isApiError, isRateLimitedError, listCampaigns } from '@gcm-practices/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DataController, type PracticesClient } from '../../shared/data-controller.js';
import { renderErrorState } from '../../shared/error-state.js';
import { type ErrorDetail, emit } from '../../shared/events.js';
import { countryName, formatNumber, sortByLabel } from '../../shared/format.js';
import { GcmElement } from '../../shared/gcm-element.js';
import { loadTask } from '../../shared/load-task.js';
import { msg, str } from '../../shared/localization.js';
import { implementerTypeLabel } from '../../shared/messages.js';
import { base, tokens } from '../../shared/theme.js';
import { formatDay, today } from '../campaign-banner/calendar-day.js';
import { clearDraft, loadDraft, type StoredDraft, saveDraft } from './draft-store.js';
import { controlIdOf, LIMITS, problemText } from './field-messages.js';
import { emptyDraft, type FormDraft, isBlank, objectivesOf, toSubmission } from './form-draft.js';
import { styles } from './practice-form.styles.js';
import { sendSubmission } from './send-submission.js';

/** Detail of `gcm-submitted`: the API's receipt. */
export type SubmittedDetail = SubmissionReceipt;

/** Languages a practice may be written in: the six official languages of the United Nations. */
const TEXT_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;

/** Where the form stands: being filled, on its way, accepted, or refused for a reason the visitor can wait out. */
type Phase = 'editing' | 'submitting' | 'submitted' | 'rate-limited' | 'failed';

interface Loaded {
  taxonomies: Taxonomies;
  /** The call answered, or null when the form takes practices outside any call. */
  call: Campaign | null;
}

/** Thrown when `campaign` names no call for practices the API knows. */
class UnknownCallError extends Error {
  constructor(readonly id: string) {
    super(`No call for practices "${id}"`);
    this.name = 'UnknownCallError';
  }
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

/**
 * A practice for the Repository, submitted from a partner's own site: the
 * Hub's practice template as a form in sections, checked by the same rules as
 * the API (the contract's `SubmissionInput`) when a field is left and when the
 * form is sent, with an error summary at the top that links to each field. The
 * draft is kept in the visitor's browser as they type and nothing is sent
 * before "Submit". For a call with dates, the form appears only while the call
 * is open.
 *
 * @summary A form for sending a practice to the Repository, checked as the visitor fills it in and kept in their browser until sent. Use it on a page that answers a call for practices, or that takes practices at any time.
 *
 * @tagname gcm-practice-form
 *
 * @attr campaign - The call for practices answered (a campaign id such as `call-for-practices-2024`). Without it, the practice answers no call: the Hub takes practices at any time.
 * @attr status-page - A page where submitters follow their submission, such as `/review/status.html`: the confirmation links to it with `?id=…&token=…`.
 * @attr now - The day to judge the call's dates on, for previews and tests (`2024-06-01`). Default: today, in the visitor's time zone.
 * @attr time-zone - IANA time zone that decides "today". Default: the visitor's.
 * @attr heading-level - Level of the section headings, 2–6. Default 2.
 * @attr api - Base URL of the practices API (else `<meta name="gcm-practices-api">`, else the bundle's default).
 * @attr lang - Language (`en`, `fr`, `es`, `ar`); else the closest ancestor's `lang`, else `<html lang>`.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the system setting.
 *
 * @fires {CustomEvent<SubmittedDetail>} gcm-submitted - The API accepted the practice. `detail`: the receipt `{ id, reference, status, statusUrl, token }`.
 * @fires {CustomEvent<ErrorDetail>} gcm-error - Loading the form or sending the practice failed. `detail: { error }` (an SDK error; a refused submission is an `ApiError` whose `problem.errors` lists the fields).
 *
 * @csspart form - The form.
 * @csspart call - The call for practices answered and its deadline.
 * @csspart notice - A message above the form: a restored draft, a failed send.
 * @csspart error-summary - The list of problems shown when the form is sent with errors.
 * @csspart section - One section of the form.
 * @csspart heading - A section's heading.
 * @csspart field - One field: label, hint, error and control.
 * @csspart row - One row of a list the visitor adds to (an implementer, a partner, a result, a link).
 * @csspart label - A field's label or a group's legend.
 * @csspart hint - A field's hint.
 * @csspart error-message - The problem with a field.
 * @csspart input - A text box, text area or select.
 * @csspart choice - A checkbox with its label.
 * @csspart button - Every button.
 * @csspart add-button - The buttons adding a row (another implementer, a link…).
 * @csspart remove-button - The buttons removing a row.
 * @csspart submit-button - The submit button.
 * @csspart reset-button - "Start again".
 * @csspart status - The live message while sending.
 * @csspart receipt - The confirmation with the reference.
 * @csspart reference - The reference.
 * @csspart status-link - The link to the status page.
 * @csspart closed - The message when the call is not open.
 * @csspart error - The error state when the form cannot load or a send fails.
 * @csspart retry-button - "Try again".
 *
 * @cssproperty --gcm-color-primary - Buttons, links and the section accents.
 * @cssproperty --gcm-color-on-primary - Text on the primary colour.
 * @cssproperty --gcm-color-text - Text colour.
 * @cssproperty --gcm-color-text-muted - Hints.
 * @cssproperty --gcm-color-surface - Background of the controls.
 * @cssproperty --gcm-color-surface-alt - Background of notices.
 * @cssproperty --gcm-color-border - Borders of the controls.
 * @cssproperty --gcm-color-danger - Errors.
 * @cssproperty --gcm-color-focus - Focus ring.
 * @cssproperty --gcm-font-family - Font (default: inherited from the page).
 * @cssproperty --gcm-font-size - Base text size, every size inside scaling with it (default `medium`, the visitor's browser setting; the page's own font sizes do not reach inside).
 * @cssproperty --gcm-radius - Corner radius.
 * @cssproperty --gcm-space - Base spacing unit.
 * @cssproperty --gcm-practice-form-max-width - Widest the form grows (default 48em).
 * @cssproperty --gcm-practice-form-gap - Space between fields (default `--gcm-space`).
 * @cssproperty --gcm-practice-form-section-background - Background of a section (default transparent).
 * @cssproperty --gcm-practice-form-section-border - Border of a section (default a 1px line).
 * @cssproperty --gcm-practice-form-input-border - Border of the controls.
 * @cssproperty --gcm-practice-form-error-color - Colour of errors and the error summary's border (default `--gcm-color-danger`).
 */
export class GcmPracticeForm extends GcmElement {
  static override styles = [tokens, base, styles];

  /** The call for practices the form answers (its campaign id); without it, practices sent outside any call. */
  @property() campaign: string | undefined;

  /** Your page where submitters follow their practice's review, linked from the confirmation with `?id=…&token=…`. */
  @property({ attribute: 'status-page' }) statusPage: string | undefined;

  /** Judge the call's dates as on this day (YYYY-MM-DD) instead of today: for previews and tests. */
  @property() now: string | undefined;

  /** The time zone that decides which day is today (`Europe/Paris`); the visitor's by default. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** The heading level of the form's sections, from 2 to 6; 2 by default. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Address of the practices API; without it, the page's `<meta name="gcm-practices-api">`, else the bundle's default. */
  @property() api: string | undefined;

  /** An SDK client to use instead of one built from `api`. */
  @property({ attribute: false }) client: PracticesClient | undefined;

  @state() private draft: FormDraft = emptyDraft('en');
  @state() private phase: Phase = 'editing';
  @state() private receipt: SubmissionReceipt | undefined;
  @state() private sendError: unknown;
  /** Whether the draft on screen came back from an earlier visit. */
  @state() private restored = false;

  private readonly data = new DataController(this);
  private startedAt: number | undefined;
  private draftKey: string | null | undefined;
  /** Controls the visitor has left: their errors show from then on. */
  private touched = new Set<string>();
  /** After a submit attempt every error shows, with the summary. */
  private showAll = false;
  /** Errors from the server's 422, until the visitor changes the field. */
  private serverErrors: FieldError[] = [];
  private idempotency: { body: string; key: string } | undefined;

  private readonly task = loadTask(this, {
    task: async ([call, client], { signal }): Promise<Loaded> => {
      const [taxonomies, campaigns] = await Promise.all([
        this.data.taxonomies(client),
        call ? listCampaigns(client, { pageSize: 100 }, { signal }) : undefined,
      ]);
      let found: Campaign | null = null;
      if (call) {
        found =
          campaigns?.data.find((c) => c.id === call && c.kind === 'call-for-practices') ?? null;
        if (!found) throw new UnknownCallError(call);
      }
      return { taxonomies, call: found };
    },
    args: () => [this.callId, this.data.clientFor(this.locale)] as const,
  });

  private get callId(): string | null {
    return this.campaign?.trim() || null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Each call keeps its own draft.
    if (this.draftKey !== this.callId || this.draftKey === undefined) {
      this.draftKey = this.callId;
      const stored = loadDraft(this.callId, this.locale);
      this.draft = stored?.draft ?? emptyDraft(this.locale);
      this.startedAt = stored?.startedAt;
      this.restored = stored !== undefined && !isBlank(stored.draft);
      this.touched = new Set();
      this.showAll = false;
      this.serverErrors = [];
    }
  }

  // ---- the draft ----------------------------------------------------------

  private change(patch: Partial<FormDraft>, ...controls: string[]): void {
    this.draft = { ...this.draft, ...patch };
    this.startedAt ??= Date.now();
    const stored: StoredDraft = { draft: this.draft, startedAt: this.startedAt };
    saveDraft(this.callId, stored);
    if (controls.length) {
      this.serverErrors = this.serverErrors.filter((e) => {
        const id = controlIdOf(e.pointer);
        return !controls.some((c) => id === c || id?.startsWith(`${c}-`));
      });
    }
  }

  private startAgain(): void {
    clearDraft(this.callId);
    this.draft = emptyDraft(this.locale);
    this.startedAt = undefined;
    this.restored = false;
    this.touched = new Set();
    this.showAll = false;
    this.serverErrors = [];
    this.phase = 'editing';
    this.sendError = undefined;
    this.receipt = undefined;
    this.idempotency = undefined;
    this.updateComplete.then(() => this.focusControl('title'));
  }

  // ---- errors -------------------------------------------------------------

  /** Every error of the draft now: the contract's, then the server's for fields not changed since. */
  private allErrors(): FieldError[] {
    const checked = checkFields(SubmissionInput, toSubmission(this.draft, this.callId));
    const local = checked.success ? [] : checked.errors;
    const seen = new Set(local.map((e) => controlIdOf(e.pointer) ?? e.pointer));
    return [
      ...local,
      ...this.serverErrors.filter((e) => !seen.has(controlIdOf(e.pointer) ?? e.pointer)),
    ];
  }

  /** The errors on screen: all of them after a submit attempt, else those of the fields left. */
  private shownErrors(): FieldError[] {
    const all = this.allErrors();
    if (this.showAll) return all;
    return all.filter((e) => {
      const id = controlIdOf(e.pointer);
      return id !== undefined && (this.touched.has(id) || this.serverErrors.includes(e));
    });
  }

  private onFocusOut(event: FocusEvent): void {
    const target = event.target as HTMLElement | null;
    const id = target?.dataset.control ?? target?.id;
    if (!id || this.touched.has(id)) return;
    this.touched = new Set(this.touched).add(id);
    this.requestUpdate();
  }

  private focusControl(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    const target = el?.matches(FOCUSABLE) ? el : el?.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  // ---- sending ------------------------------------------------------------

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase === 'submitting') return;
    this.showAll = true;
    const errors = this.allErrors();
    if (errors.length > 0) {
      this.phase = 'editing';
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    await this.send();
  }

  private async send(): Promise<void> {
    const body = {
      ...toSubmission(this.draft, this.callId),
      honeypot: this.honeypot,
      fillSeconds: Math.max(0, Math.round((Date.now() - (this.startedAt ?? Date.now())) / 1000)),
    };
    const json = JSON.stringify({ ...body, fillSeconds: 0 });
    // A retry of the same practice reuses its key, so the API answers it once.
    if (this.idempotency?.body !== json) {
      this.idempotency = { body: json, key: crypto.randomUUID() };
    }
    this.phase = 'submitting';
    this.sendError = undefined;
    try {
      const receipt = await sendSubmission(this.data.clientFor(this.locale), body, {
        idempotencyKey: this.idempotency.key,
      });
      clearDraft(this.callId);
      this.receipt = receipt;
      this.phase = 'submitted';
      this.restored = false;
      emit<SubmittedDetail>(this, 'submitted', receipt);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.receipt')?.focus();
    } catch (error) {
      emit<ErrorDetail>(this, 'error', { error });
      const fields = isApiError(error) ? error.problem.errors : undefined;
      if (isApiError(error) && error.status === 422 && fields && fields.length > 0) {
        this.serverErrors = fields;
        this.showAll = true;
        this.phase = 'editing';
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
        return;
      }
      this.sendError = error;
      this.phase = isRateLimitedError(error) ? 'rate-limited' : 'failed';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.send-failed')?.focus();
    }
  }

  private honeypot = '';

  // ---- rendering ----------------------------------------------------------

  override render() {
    const dir = this.direction;
    const loading = () =>
      html`<p class="loading" part="status" role="status">
        ${msg('Loading the form…', { id: 'pf-loading' })}
      </p>`;
    return html`<div class="root" dir=${dir} lang=${this.locale}>
      ${this.task.render({
        // The same before the load starts (as a server renders it) as while it runs.
        initial: loading,
        pending: loading,
        complete: (loaded) => this.renderLoaded(loaded),
        error: (error) =>
          renderErrorState(
            error,
            () => this.task.run(),
            error instanceof UnknownCallError
              ? msg('This call for practices could not be found.', { id: 'pf-unknown-call' })
              : msg('The form could not be loaded.', { id: 'pf-load-failed' }),
          ),
      })}
    </div>`;
  }

  private renderLoaded({ taxonomies, call }: Loaded): TemplateResult {
    if (call) {
      const day = today(this.now, this.timeZone);
      if ((call.opens !== null && day < call.opens) || day > call.closes) {
        return this.renderClosed(call, day);
      }
    }
    if (this.phase === 'submitted' && this.receipt) return this.renderReceipt(this.receipt);
    const errors = this.shownErrors();
    const byControl = new Map<string, FieldError>();
    for (const e of errors) {
      const id = controlIdOf(e.pointer);
      if (id && !byControl.has(id)) byControl.set(id, e);
    }
    const ctx: Ctx = { errors: byControl, taxonomies };
    return html`
      ${call ? this.renderCall(call) : nothing}
      ${this.renderNotices()}
      ${this.showAll && errors.length ? this.renderSummary(errors) : nothing}
      <form
        part="form"
        novalidate
        aria-busy=${this.phase === 'submitting' ? 'true' : 'false'}
        @submit=${this.onSubmit}
        @focusout=${this.onFocusOut}
      >
        <p class="intro">${msg('All fields are required unless marked optional.', { id: 'pf-intro' })}</p>
        ${this.sectionPractice(ctx)} ${this.sectionWho(ctx)} ${this.sectionServes(ctx)}
        ${this.sectionPeriod(ctx)} ${this.sectionDescription(ctx)} ${this.sectionResults(ctx)}
        ${this.sectionYou(ctx)}
        <div class="hp">
          <label for="hp">${msg('Leave this field empty', { id: 'pf-honeypot' })}</label>
          <input
            id="hp"
            name="website"
            tabindex="-1"
            autocomplete="off"
            .value=${this.honeypot}
            @input=${(e: Event) => {
              this.honeypot = (e.target as HTMLInputElement).value;
            }}
          />
        </div>
        <div class="actions">
          <button
            class="button primary"
            part="button submit-button"
            type="submit"
            aria-disabled=${this.phase === 'submitting' ? 'true' : 'false'}
          >
            ${msg('Submit the practice', { id: 'pf-submit' })}
          </button>
          <button class="button" part="button reset-button" type="button" @click=${this.startAgain}>
            ${msg('Start again', { id: 'pf-start-again' })}
          </button>
        </div>
        <p class="status" part="status" role="status">
          ${
            this.phase === 'submitting'
              ? msg('Sending your practice…', { id: 'pf-sending' })
              : nothing
          }
        </p>
      </form>
    `;
  }

  private heading(text: string, id: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2));
    return html`<div class="heading" part="heading" role="heading" aria-level=${level} id=${id}>
      ${text}
    </div>`;
  }

  private renderCall(call: Campaign): TemplateResult {
    const locale = this.locale;
    return html`<div class="call" part="call">
      <p class="call-title" dir="auto">${call.title}</p>
      <p>
        ${msg('Deadline:', { id: 'cb-deadline' })}
        <time datetime=${call.closes}>${formatDay(locale, call.closes)}</time>
      </p>
    </div>`;
  }

  private renderClosed(call: Campaign, day: string): TemplateResult {
    const locale = this.locale;
    const closes = html`<time datetime=${call.closes}>${formatDay(locale, call.closes)}</time>`;
    const notYet = call.opens !== null && day < call.opens;
    const opens = call.opens
      ? html`<time datetime=${call.opens}>${formatDay(locale, call.opens)}</time>`
      : nothing;
    return html`<section class="closed" part="closed" aria-labelledby="closed-title">
      ${this.heading(
        notYet
          ? msg('This call for practices is not open yet', { id: 'pf-not-open' })
          : msg('This call for practices is closed', { id: 'pf-closed' }),
        'closed-title',
      )}
      <p class="call-title" dir="auto">${call.title}</p>
      ${
        notYet
          ? html`<p>
            ${msg('It opens on', { id: 'pf-opens-on' })} ${opens}
            ${msg('and closes on', { id: 'pf-and-closes-on' })} ${closes}.
          </p>`
          : html`<p>${msg('It closed on', { id: 'pf-closed-on' })} ${closes}.</p>`
      }
    </section>`;
  }

  private renderNotices(): TemplateResult | typeof nothing {
    if (this.phase === 'rate-limited' || this.phase === 'failed') {
      const error = this.sendError;
      const seconds = isRateLimitedError(error) ? error.retryAfter : undefined;
      const minutes = seconds === undefined ? undefined : Math.max(1, Math.ceil(seconds / 60));
      const wait = minutes === undefined ? '' : formatNumber(this.locale, minutes);
      return html`<div
        class="notice send-failed"
        part="notice error"
        role="alert"
        tabindex="-1"
      >
        <p class="notice-title">
          ${
            this.phase === 'rate-limited'
              ? msg('Too many practices have been sent from here in a short time.', {
                  id: 'pf-rate-limited',
                })
              : msg('Your practice could not be sent.', { id: 'pf-send-failed' })
          }
        </p>
        <p>
          ${
            this.phase === 'rate-limited'
              ? minutes === undefined
                ? msg('Please try again later.', { id: 'pf-try-later' })
                : msg(str`Please try again in ${wait} min.`, { id: 'pf-try-in' })
              : sendProblem(error)
          }
          ${msg('Your draft is kept in this browser.', { id: 'pf-draft-kept' })}
        </p>
        <button class="button primary" part="button retry-button" type="button" @click=${() => this.send()}>
          ${msg('Try again', { id: 'retry' })}
        </button>
      </div>`;
    }
    if (this.restored) {
      return html`<div class="notice" part="notice">
        <p>
          ${msg('Your draft from your last visit has been restored.', { id: 'pf-restored' })}
        </p>
        <button class="button" part="button reset-button" type="button" @click=${this.startAgain}>
          ${msg('Start again', { id: 'pf-start-again' })}
        </button>
      </div>`;
    }
    return nothing;
  }

  private renderSummary(errors: FieldError[]): TemplateResult {
    return html`<div
      class="error-summary"
      part="error-summary"
      tabindex="-1"
      role="group"
      aria-labelledby="error-summary-title"
    >
      ${this.heading(msg('There is a problem', { id: 'pf-problem' }), 'error-summary-title')}
      <ul>
        ${errors.map((e) => {
          const id = controlIdOf(e.pointer);
          const label = id ? this.labelOf(id) : undefined;
          const problem = problemText(this.locale, e, id ? this.isEmpty(id) : false);
          const textOf = label ? `${label}: ${problem}` : problem;
          return id
            ? html`<li>
              <a
                href=${`#${id}`}
                @click=${(ev: Event) => {
                  ev.preventDefault();
                  this.focusControl(id);
                }}
                >${textOf}</a
              >
            </li>`
            : html`<li>${textOf}</li>`;
        })}
      </ul>
    </div>`;
  }

  /** The visible label of a control, read from the form itself so it is always the one on screen. */
  private labelOf(id: string): string | undefined {
    const root = this.renderRoot as ShadowRoot;
    const el = root.getElementById(id);
    const label =
      (el && root.querySelector(`label[for="${CSS.escape(id)}"] .label-text`)) ||
      el?.querySelector('legend .label-text');
    return label?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  }

  private isEmpty(id: string): boolean {
    const el = (this.renderRoot as ShadowRoot).getElementById(id);
    if (el instanceof HTMLInputElement && el.type === 'checkbox') return !el.checked;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      return el.value.trim() === '';
    }
    if (el instanceof HTMLSelectElement) return el.value === '';
    return false;
  }

  private renderReceipt(receipt: SubmissionReceipt): TemplateResult {
    const statusHref = this.statusHref(receipt);
    return html`<section class="receipt" part="receipt" tabindex="-1" aria-labelledby="receipt-title">
      ${this.heading(msg('Thank you: your practice has been sent', { id: 'pf-sent' }), 'receipt-title')}
      <p>
        ${msg('Your reference:', { id: 'pf-reference' })}
        <strong class="reference" part="reference" dir="ltr">${receipt.reference}</strong>
      </p>
      <p class="next-title"><strong>${msg('What happens next', { id: 'pf-next' })}</strong></p>
      <p>
        ${msg(
          'Reviewers of the Migration Network read every practice. They may ask you questions; you answer them on the status page.',
          { id: 'pf-next-review' },
        )}
      </p>
      <p>
        ${msg(
          'Once two reviewers have approved it, the practice is published in the Repository of Practices.',
          { id: 'pf-next-publish' },
        )}
      </p>
      ${
        statusHref
          ? html`<p>
            <a href=${statusHref} part="status-link">
              ${msg('Follow your submission', { id: 'pf-follow' })}
            </a>
            ${msg('(keep this link: it is the only way back to your submission)', {
              id: 'pf-keep-link',
            })}
          </p>`
          : html`<p>${msg('Keep your reference to ask about your practice.', { id: 'pf-keep-reference' })}</p>`
      }
      <button class="button" part="button reset-button" type="button" @click=${this.startAgain}>
        ${msg('Submit another practice', { id: 'pf-another' })}
      </button>
    </section>`;
  }

  private statusHref(receipt: SubmissionReceipt): string | undefined {
    const page = this.statusPage?.trim();
    if (!page) return undefined;
    try {
      const url = new URL(page, this.ownerDocument.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
      url.searchParams.set('id', receipt.id);
      url.searchParams.set('token', receipt.token);
      return url.href;
    } catch {
      return undefined;
    }
  }

  // ---- sections -----------------------------------------------------------

  private section(id: string, title: string, body: unknown): TemplateResult {
    return html`<section class="section" part="section" aria-labelledby=${`${id}-title`}>
      ${this.heading(title, `${id}-title`)} ${body}
    </section>`;
  }

  private sectionPractice(ctx: Ctx): TemplateResult {
    const d = this.draft;
    const names = safeDisplayNames(this.locale);
    return this.section(
      'practice',
      msg('The practice', { id: 'pf-s-practice' }),
      html`
        ${this.text(ctx, {
          id: 'title',
          label: msg('Title of the practice', { id: 'pf-title' }),
          value: d.title,
          max: LIMITS.title,
          onInput: (v) => this.change({ title: v }, 'title'),
        })}
        ${this.text(ctx, {
          id: 'summary',
          label: msg('Summary', { id: 'pf-summary' }),
          hint: msg('What the practice does, in a few sentences.', { id: 'pf-summary-hint' }),
          value: d.summary,
          max: LIMITS.summary,
          multiline: 5,
          onInput: (v) => this.change({ summary: v }, 'summary'),
        })}
        ${this.select(ctx, {
          id: 'lang',
          label: msg('Language of your texts', { id: 'pf-lang' }),
          value: d.lang,
          options: TEXT_LANGUAGES.map((code) => ({
            value: code,
            label: names?.of(code) ?? code,
            lang: code,
          })),
          onChange: (v) => this.change({ lang: v }, 'lang'),
        })}
      `,
    );
  }

  private sectionWho(ctx: Ctx): TemplateResult {
    const d = this.draft;
    const locale = this.locale;
    const types = IMPLEMENTER_TYPES.map((id) => ({ value: id, label: implementerTypeLabel(id) }));
    const countries = sortByLabel(
      locale,
      ctx.taxonomies.countries.map((c) => ({
        value: c.code,
        label: countryName(locale, c.code, c.name),
      })),
    );
    const countryLabel = new Map(countries.map((c) => [c.value, c.label]));
    return this.section(
      'who',
      msg('Who implements it and where', { id: 'pf-s-who' }),
      html`
        <fieldset class="group" id="implementers" aria-describedby=${ifDefined(this.describedBy(ctx, 'implementers'))}>
          <legend part="label"><span class="label-text">${msg('Implementers', { id: 'pf-implementers' })}</span></legend>
          ${this.errorFor(ctx, 'implementers')}
          ${d.implementers.map(
            (row, i) => html`<div class="row" part="row">
              ${this.text(ctx, {
                id: `implementers-${i}-name`,
                label: msg(str`Implementer ${formatNumber(locale, i + 1)}: name`, {
                  id: 'pf-implementer-name',
                }),
                value: row.name,
                max: LIMITS.implementerName,
                onInput: (v) =>
                  this.change(
                    { implementers: replaceAt(d.implementers, i, { ...row, name: v }) },
                    `implementers-${i}-name`,
                  ),
              })}
              ${this.select(ctx, {
                id: `implementers-${i}-type`,
                label: msg(str`Implementer ${formatNumber(locale, i + 1)}: type`, {
                  id: 'pf-implementer-type',
                }),
                value: row.type,
                empty: msg('Choose a type', { id: 'pf-choose-type' }),
                options: types,
                onChange: (v) =>
                  this.change(
                    { implementers: replaceAt(this.draft.implementers, i, { ...row, type: v }) },
                    `implementers-${i}-type`,
                  ),
              })}
              ${
                d.implementers.length > 1
                  ? this.removeButton(
                      msg(str`Remove implementer ${formatNumber(locale, i + 1)}`, {
                        id: 'pf-remove-implementer',
                      }),
                      () => this.removeRow('implementers', i),
                    )
                  : nothing
              }
            </div>`,
          )}
          ${
            d.implementers.length < LIMITS.implementers
              ? this.addButton(msg('Add an implementer', { id: 'pf-add-implementer' }), () =>
                  this.addRow('implementers', { name: '', type: '' }, 'name'),
                )
              : nothing
          }
        </fieldset>
        <fieldset class="group" id="partners">
          <legend part="label"><span class="label-text">${msg('Partners (optional)', { id: 'pf-partners' })}</span></legend>
          ${d.partners.map(
            (value, i) => html`<div class="row" part="row">
              ${this.text(ctx, {
                id: `partners-${i}`,
                label: msg(str`Partner ${formatNumber(locale, i + 1)}`, { id: 'pf-partner' }),
                value,
                max: LIMITS.partnerName,
                onInput: (v) =>
                  this.change({ partners: replaceAt(this.draft.partners, i, v) }, `partners-${i}`),
              })}
              ${this.removeButton(
                msg(str`Remove partner ${formatNumber(locale, i + 1)}`, {
                  id: 'pf-remove-partner',
                }),
                () => this.removeRow('partners', i),
              )}
            </div>`,
          )}
          ${
            d.partners.length < LIMITS.partners
              ? this.addButton(msg('Add a partner', { id: 'pf-add-partner' }), () =>
                  this.addRow('partners', ''),
                )
              : nothing
          }
        </fieldset>
        <div class="field" part="field">
          <label for="countries" part="label">
            <span class="label-text">${msg('Countries (optional)', { id: 'pf-countries' })}</span>
          </label>
          <p class="hint" part="hint" id="countries-hint">
            ${msg('Choose a country, then “Add country”.', { id: 'pf-countries-hint' })}
          </p>
          ${this.errorFor(ctx, 'countries')}
          <div class="picker">
            <select
              id="countries"
              part="input"
              aria-describedby=${ifDefined(this.describedBy(ctx, 'countries', true))}
              aria-invalid=${ctx.errors.has('countries') ? 'true' : 'false'}
            >
              <option value="">${msg('Choose a country', { id: 'pf-choose-country' })}</option>
              ${countries
                .filter((c) => !d.countries.includes(c.value))
                .map((c) => html`<option value=${c.value}>${c.label}</option>`)}
            </select>
            <button class="button" part="button add-button" type="button" @click=${this.addCountry}>
              ${msg('Add country', { id: 'pf-add-country' })}
            </button>
          </div>
          ${
            d.countries.length
              ? html`<ul class="chosen" aria-label=${msg('Countries chosen', { id: 'pf-countries-chosen' })}>
                ${d.countries.map((code) => {
                  const name = countryLabel.get(code) ?? code;
                  return html`<li>
                    <span>${name}</span>
                    ${this.removeButton(msg(str`Remove ${name}`, { id: 'pf-remove-named' }), () =>
                      this.removeCountry(code),
                    )}
                  </li>`;
                })}
              </ul>`
              : nothing
          }
        </div>
        ${this.checkboxes(ctx, {
          id: 'regions',
          legend: msg('Regions (optional)', { id: 'pf-regions' }),
          options: ctx.taxonomies.regions.map((r) => ({
            value: r.id,
            label: r.name,
            lang: r.lang,
          })),
          selected: d.regions,
          onChange: (regions) => this.change({ regions }, 'regions'),
        })}
      `,
    );
  }

  private sectionServes(ctx: Ctx): TemplateResult {
    const d = this.draft;
    const locale = this.locale;
    const chosen = objectivesOf(d);
    const objectiveOptions = ctx.taxonomies.objectives.map((o) => ({
      value: String(o.number),
      label: `${formatNumber(locale, o.number)}. ${o.shortTitle}`,
      lang: o.lang,
    }));
    const primary = Number.parseInt(d.primaryObjective, 10);
    return this.section(
      'serves',
      msg('What the practice serves', { id: 'pf-s-serves' }),
      html`
        ${this.select(ctx, {
          id: 'objectives',
          label: msg('Primary objective', { id: 'pf-primary' }),
          hint: msg(
            'The objective of the Global Compact for Migration the practice serves first.',
            {
              id: 'pf-primary-hint',
            },
          ),
          value: d.primaryObjective,
          empty: msg('Choose an objective', { id: 'pf-choose-objective' }),
          options: objectiveOptions,
          onChange: (v) => this.change({ primaryObjective: v }, 'objectives', 'actions'),
        })}
        ${this.checkboxes(ctx, {
          id: 'objectives-other',
          legend: msg('Other objectives it serves (optional)', { id: 'pf-other-objectives' }),
          options: objectiveOptions.filter((o) => Number(o.value) !== primary),
          selected: d.objectives.filter((n) => n !== primary).map(String),
          onChange: (values) =>
            this.change({ objectives: values.map(Number) }, 'objectives', 'actions'),
        })}
        ${
          chosen.length
            ? this.checkboxes(ctx, {
                id: 'actions',
                legend: msg('Actions of these objectives it carries out (optional)', {
                  id: 'pf-actions',
                }),
                options: ctx.taxonomies.actions
                  .filter((a) => chosen.includes(a.objective))
                  .sort((a, b) => chosen.indexOf(a.objective) - chosen.indexOf(b.objective))
                  .map((a) => ({
                    value: a.id,
                    label: `${formatNumber(locale, a.objective)} (${a.letter}) ${a.title}`,
                    lang: a.lang,
                  })),
                selected: d.actions,
                onChange: (actions) => this.change({ actions }, 'actions'),
              })
            : nothing
        }
        ${this.checkboxes(ctx, {
          id: 'principles',
          legend: msg('Guiding principles (optional)', { id: 'pf-principles' }),
          options: ctx.taxonomies.principles.map((p) => ({
            value: p.id,
            label: p.title,
            lang: p.lang,
          })),
          selected: d.principles,
          onChange: (principles) => this.change({ principles }, 'principles'),
        })}
        ${this.checkboxes(ctx, {
          id: 'sdgTargets',
          legend: msg('Sustainable Development Goal targets (optional)', { id: 'pf-sdg' }),
          options: ctx.taxonomies.sdgTargets.map((t) => ({
            value: t.id,
            label: `${t.id} ${t.text}`,
            lang: 'en',
          })),
          selected: d.sdgTargets,
          onChange: (sdgTargets) => this.change({ sdgTargets }, 'sdgTargets'),
        })}
      `,
    );
  }

  private sectionPeriod(ctx: Ctx): TemplateResult {
    const d = this.draft;
    const statusLabels: Record<(typeof PRACTICE_STATUSES)[number], string> = {
      planned: msg('Planned', { id: 'pf-status-planned' }),
      ongoing: msg('Ongoing', { id: 'pf-status-ongoing' }),
      completed: msg('Completed', { id: 'pf-status-completed' }),
    };
    const yearHint = msg('For example, 2019.', { id: 'pf-year-hint' });
    return this.section(
      'period',
      msg('Period and status', { id: 'pf-s-period' }),
      html`<div class="row">
          ${this.text(ctx, {
            id: 'period-start',
            optional: true,
            label: msg('Start year (optional)', { id: 'pf-start' }),
            hint: yearHint,
            value: d.periodStart,
            max: 4,
            numeric: true,
            onInput: (v) => this.change({ periodStart: v }, 'period-start', 'period-end'),
          })}
          ${this.text(ctx, {
            id: 'period-end',
            optional: true,
            label: msg('End year (optional)', { id: 'pf-end' }),
            hint: yearHint,
            value: d.periodEnd,
            max: 4,
            numeric: true,
            onInput: (v) => this.change({ periodEnd: v }, 'period-end'),
          })}
        </div>
        ${this.select(ctx, {
          id: 'status',
          optional: true,
          label: msg('Status (optional)', { id: 'pf-status' }),
          value: d.status,
          empty: msg('Not said', { id: 'pf-status-none' }),
          options: PRACTICE_STATUSES.map((s) => ({ value: s, label: statusLabels[s] })),
          onChange: (v) => this.change({ status: v }, 'status'),
        })}`,
    );
  }

  private sectionDescription(ctx: Ctx): TemplateResult {
    const d = this.draft;
    const labels: Record<SubmissionSectionName, string> = {
      context: msg('Context and rationale (optional)', { id: 'pf-context' }),
      aims: msg('Aims (optional)', { id: 'pf-aims' }),
      beneficiaries: msg('Beneficiaries (optional)', { id: 'pf-beneficiaries' }),
      activities: msg('Activities (optional)', { id: 'pf-activities' }),
      results: msg('Results and impact (optional)', { id: 'pf-results-section' }),
      lessons: msg('Lessons learned (optional)', { id: 'pf-lessons' }),
    };
    return this.section(
      'description',
      msg('Description', { id: 'pf-s-description' }),
      html`${SUBMISSION_SECTIONS.map((name) =>
        this.text(ctx, {
          id: `sections-${name}`,
          optional: true,
          label: labels[name],
          value: d.sections[name],
          max: LIMITS.section,
          multiline: 5,
          onInput: (v) =>
            this.change({ sections: { ...this.draft.sections, [name]: v } }, `sections-${name}`),
        }),
      )}
      ${this.text(ctx, {
        id: 'takeaway',
        optional: true,
        label: msg('Key takeaway (optional)', { id: 'pf-takeaway' }),
        hint: msg('The lesson others can take from it.', { id: 'pf-takeaway-hint' }),
        value: d.takeaway,
        max: LIMITS.takeaway,
        multiline: 3,
        onInput: (v) => this.change({ takeaway: v }, 'takeaway'),
      })}`,
    );
  }

  private sectionResults(ctx: Ctx): TemplateResult {
    const d = this.draft;
    const locale = this.locale;
    return this.section(
      'outcomes',
      msg('Results and links', { id: 'pf-s-results' }),
      html`<fieldset class="group" id="results">
          <legend part="label"><span class="label-text">${msg('Results (optional)', { id: 'pf-results' })}</span></legend>
          ${d.results.map(
            (value, i) => html`<div class="row" part="row">
              ${this.text(ctx, {
                id: `results-${i}`,
                label: msg(str`Result ${formatNumber(locale, i + 1)}`, { id: 'pf-result' }),
                value,
                max: LIMITS.result,
                multiline: 2,
                onInput: (v) =>
                  this.change({ results: replaceAt(this.draft.results, i, v) }, `results-${i}`),
              })}
              ${this.removeButton(
                msg(str`Remove result ${formatNumber(locale, i + 1)}`, { id: 'pf-remove-result' }),
                () => this.removeRow('results', i),
              )}
            </div>`,
          )}
          ${
            d.results.length < LIMITS.results
              ? this.addButton(msg('Add a result', { id: 'pf-add-result' }), () =>
                  this.addRow('results', ''),
                )
              : nothing
          }
        </fieldset>
        <fieldset class="group" id="links">
          <legend part="label"><span class="label-text">${msg('Links (optional)', { id: 'pf-links' })}</span></legend>
          ${d.links.map(
            (row, i) => html`<div class="row" part="row">
              ${this.text(ctx, {
                id: `links-${i}-label`,
                label: msg(str`Link ${formatNumber(locale, i + 1)}: title`, {
                  id: 'pf-link-label',
                }),
                value: row.label,
                max: LIMITS.linkLabel,
                onInput: (v) =>
                  this.change(
                    { links: replaceAt(this.draft.links, i, { ...row, label: v }) },
                    `links-${i}-label`,
                  ),
              })}
              ${this.text(ctx, {
                id: `links-${i}-url`,
                label: msg(str`Link ${formatNumber(locale, i + 1)}: web address`, {
                  id: 'pf-link-url',
                }),
                value: row.url,
                max: LIMITS.url,
                type: 'url',
                onInput: (v) =>
                  this.change(
                    { links: replaceAt(this.draft.links, i, { ...row, url: v }) },
                    `links-${i}-url`,
                  ),
              })}
              ${this.removeButton(
                msg(str`Remove link ${formatNumber(locale, i + 1)}`, { id: 'pf-remove-link' }),
                () => this.removeRow('links', i),
              )}
            </div>`,
          )}
          ${
            d.links.length < LIMITS.links
              ? this.addButton(msg('Add a link', { id: 'pf-add-link' }), () =>
                  this.addRow('links', { label: '', url: '' }, 'label'),
                )
              : nothing
          }
        </fieldset>`,
    );
  }

  private sectionYou(ctx: Ctx): TemplateResult {
    const d = this.draft;
    return this.section(
      'you',
      msg('About you', { id: 'pf-s-you' }),
      html`<p class="hint">
          ${msg('Your name and e-mail address are for the Hub alone: they are never published.', {
            id: 'pf-private',
          })}
        </p>
        ${this.text(ctx, {
          id: 'submitter-name',
          label: msg('Your name', { id: 'pf-name' }),
          value: d.name,
          max: LIMITS.submitterName,
          autocomplete: 'name',
          onInput: (v) => this.change({ name: v }, 'submitter-name'),
        })}
        ${this.text(ctx, {
          id: 'submitter-email',
          label: msg('Your e-mail address', { id: 'pf-email' }),
          value: d.email,
          max: LIMITS.email,
          type: 'email',
          autocomplete: 'email',
          onInput: (v) => this.change({ email: v }, 'submitter-email'),
        })}
        ${this.text(ctx, {
          id: 'submitter-organisation',
          label: msg('Your organization', { id: 'pf-organisation' }),
          value: d.organisation,
          max: LIMITS.organisation,
          autocomplete: 'organization',
          onInput: (v) => this.change({ organisation: v }, 'submitter-organisation'),
        })}
        ${this.consent(ctx, 'consent-contact', d.consentContact, (v) =>
          this.change({ consentContact: v }, 'consent-contact'),
        )}
        ${this.consent(ctx, 'consent-publication', d.consentPublication, (v) =>
          this.change({ consentPublication: v }, 'consent-publication'),
        )}`,
    );
  }

  // ---- controls -----------------------------------------------------------

  private describedBy(ctx: Ctx, id: string, hint = false): string | undefined {
    const ids = [hint ? `${id}-hint` : '', ctx.errors.has(id) ? `${id}-error` : ''].filter(Boolean);
    return ids.join(' ') || undefined;
  }

  private errorFor(ctx: Ctx, id: string): TemplateResult | typeof nothing {
    const error = ctx.errors.get(id);
    if (!error) return nothing;
    return html`<p class="error-message" part="error-message" id=${`${id}-error`}>
      <span class="visually-hidden">${msg('Error:', { id: 'pf-error-prefix' })}</span>
      ${problemText(this.locale, error, this.isEmptyValue(id))}
    </p>`;
  }

  /** Whether the draft's value behind a control is empty (read from the draft, not the DOM, while rendering). */
  private isEmptyValue(id: string): boolean {
    const d = this.draft;
    const [head, index, leaf] = id.split('-');
    const i = Number(index);
    const value: unknown = (() => {
      switch (head) {
        case 'title':
        case 'summary':
        case 'lang':
        case 'takeaway':
        case 'status':
          return d[head];
        case 'period':
          return index === 'start' ? d.periodStart : d.periodEnd;
        case 'sections':
          return d.sections[index as SubmissionSectionName];
        case 'implementers':
          return leaf ? d.implementers[i]?.[leaf as 'name' | 'type'] : d.implementers.length;
        case 'partners':
          return d.partners[i];
        case 'results':
          return d.results[i];
        case 'links':
          return leaf ? d.links[i]?.[leaf as 'label' | 'url'] : d.links.length;
        case 'submitter':
          return d[index as 'name' | 'email' | 'organisation'];
        case 'objectives':
          return d.primaryObjective;
        default:
          return 'set';
      }
    })();
    return value === undefined || value === '' || value === 0 || String(value).trim() === '';
  }

  private text(
    ctx: Ctx,
    f: {
      id: string;
      label: string;
      optional?: boolean;
      hint?: string;
      value: string;
      max: number;
      multiline?: number;
      type?: 'text' | 'email' | 'url';
      numeric?: boolean;
      autocomplete?: string;
      onInput: (value: string) => void;
    },
  ): TemplateResult {
    const invalid = ctx.errors.has(f.id);
    const optional = f.optional === true;
    const input = (e: Event) => {
      f.onInput((e.target as HTMLInputElement).value);
      this.requestUpdate();
    };
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
      <label for=${f.id} part="label"><span class="label-text">${f.label}</span></label>
      ${f.hint ? html`<p class="hint" part="hint" id=${`${f.id}-hint`}>${f.hint}</p>` : nothing}
      ${this.errorFor(ctx, f.id)}
      ${
        f.multiline
          ? html`<textarea
            id=${f.id}
            part="input"
            rows=${f.multiline}
            maxlength=${f.max}
            dir="auto"
            ?required=${!optional}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.describedBy(ctx, f.id, Boolean(f.hint)))}
            .value=${f.value}
            @input=${input}
          ></textarea>`
          : html`<input
            id=${f.id}
            part="input"
            class=${f.numeric ? 'short' : ''}
            type=${f.type ?? 'text'}
            inputmode=${f.numeric ? 'numeric' : nothing}
            maxlength=${f.max}
            dir=${f.type === 'email' || f.type === 'url' || f.numeric ? 'ltr' : 'auto'}
            autocomplete=${f.autocomplete ?? 'off'}
            ?required=${!optional}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.describedBy(ctx, f.id, Boolean(f.hint)))}
            .value=${f.value}
            @input=${input}
          />`
      }
    </div>`;
  }

  private select(
    ctx: Ctx,
    f: {
      id: string;
      label: string;
      optional?: boolean;
      hint?: string;
      value: string;
      empty?: string;
      options: { value: string; label: string; lang?: string }[];
      onChange: (value: string) => void;
    },
  ): TemplateResult {
    const invalid = ctx.errors.has(f.id);
    const optional = f.optional === true;
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
      <label for=${f.id} part="label"><span class="label-text">${f.label}</span></label>
      ${f.hint ? html`<p class="hint" part="hint" id=${`${f.id}-hint`}>${f.hint}</p>` : nothing}
      ${this.errorFor(ctx, f.id)}
      <select
        id=${f.id}
        part="input"
        ?required=${!optional}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(ctx, f.id, Boolean(f.hint)))}
        @change=${(e: Event) => {
          f.onChange((e.target as HTMLSelectElement).value);
          this.requestUpdate();
        }}
      >
        ${
          f.empty !== undefined
            ? html`<option value="" ?selected=${f.value === ''}>${f.empty}</option>`
            : nothing
        }
        ${f.options.map(
          (o) =>
            html`<option value=${o.value} lang=${o.lang ?? nothing} ?selected=${o.value === f.value}>
              ${o.label}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private checkboxes(
    ctx: Ctx,
    f: {
      id: string;
      legend: string;
      options: { value: string; label: string; lang?: string }[];
      selected: string[];
      onChange: (values: string[]) => void;
    },
  ): TemplateResult {
    const locale = this.locale;
    // A draft from an earlier visit may hold a value the catalogue has since dropped: shown as
    // it is, so the visitor can untick it.
    const options = [
      ...f.options,
      ...f.selected
        .filter((v) => !f.options.some((o) => o.value === v))
        .map((value) => ({ value, label: value, lang: undefined })),
    ];
    return html`<fieldset class="group choices" id=${f.id} part="field" aria-describedby=${ifDefined(this.describedBy(ctx, f.id))}>
      <legend part="label"><span class="label-text">${f.legend}</span></legend>
      ${this.errorFor(ctx, f.id)}
      <div class="choice-list">
        ${options.map((o, i) => {
          const id = `${f.id}-${i}`;
          const checked = f.selected.includes(o.value);
          return html`<div class="choice" part="choice">
            <input
              type="checkbox"
              id=${id}
              data-control=${f.id}
              .checked=${checked}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                f.onChange(on ? [...f.selected, o.value] : f.selected.filter((v) => v !== o.value));
                this.requestUpdate();
              }}
            />
            <label for=${id} lang=${o.lang && o.lang !== locale ? o.lang : nothing}>${o.label}</label>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private consent(
    ctx: Ctx,
    id: 'consent-contact' | 'consent-publication',
    checked: boolean,
    onChange: (value: boolean) => void,
  ): TemplateResult {
    const invalid = ctx.errors.has(id);
    const label =
      id === 'consent-contact'
        ? msg('The Migration Network Hub may contact me about this practice.', {
            id: 'pf-consent-contact',
          })
        : msg('The practice may be published in the Repository of Practices once reviewed.', {
            id: 'pf-consent-publication',
          });
    return html`<div class="field choice consent ${invalid ? 'invalid' : ''}" part="field choice">
      ${this.errorFor(ctx, id)}
      <input
        type="checkbox"
        id=${id}
        required
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(ctx, id))}
        .checked=${checked}
        @change=${(e: Event) => {
          onChange((e.target as HTMLInputElement).checked);
          this.requestUpdate();
        }}
      />
      <label for=${id}><span class="label-text">${label}</span></label>
    </div>`;
  }

  private addButton(label: string, onClick: () => void): TemplateResult {
    return html`<button class="button add" part="button add-button" type="button" @click=${onClick}>
      ${label}
    </button>`;
  }

  private removeButton(label: string, onClick: () => void): TemplateResult {
    return html`<button class="button remove" part="button remove-button" type="button" @click=${onClick}>
      ${label}
    </button>`;
  }

  private addRow<K extends 'implementers' | 'partners' | 'results' | 'links'>(
    list: K,
    row: FormDraft[K][number],
    focusLeaf?: string,
  ): void {
    const rows = [...this.draft[list], row] as FormDraft[K];
    this.change({ [list]: rows } as Partial<FormDraft>);
    const index = rows.length - 1;
    this.updateComplete.then(() =>
      this.focusControl(focusLeaf ? `${list}-${index}-${focusLeaf}` : `${list}-${index}`),
    );
  }

  private removeRow(list: 'implementers' | 'partners' | 'results' | 'links', index: number): void {
    const rows = this.draft[list].filter((_, i) => i !== index) as never;
    // Rows after the removed one move up: what was said about them no longer applies.
    this.touched = new Set([...this.touched].filter((id) => !id.startsWith(`${list}-`)));
    this.change({ [list]: rows } as Partial<FormDraft>, list);
    this.updateComplete.then(() => {
      const add = this.renderRoot.querySelector<HTMLElement>(`#${list} .add`);
      (add ?? this.renderRoot.querySelector<HTMLElement>(`#${list} legend`))?.focus();
    });
  }

  private addCountry = (): void => {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#countries');
    const code = select?.value;
    if (!code || this.draft.countries.includes(code)) return;
    this.change({ countries: [...this.draft.countries, code] }, 'countries');
    if (select) select.value = '';
    this.requestUpdate();
  };

  private removeCountry(code: string): void {
    this.change({ countries: this.draft.countries.filter((c) => c !== code) }, 'countries');
    this.updateComplete.then(() => this.focusControl('countries'));
  }
}

interface Ctx {
  errors: Map<string, FieldError>;
  taxonomies: Taxonomies;
}

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((v, i) => (i === index ? value : v));
}

function safeDisplayNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames(locale, { type: 'language' });
  } catch {
    return undefined;
  }
}

/** Why a send failed, in words the visitor can act on. Call it while the element renders. */
function sendProblem(error: unknown): string {
  if (isApiError(error) && error.status === 409) {
    return msg('This call for practices is not accepting submissions any more.', {
      id: 'pf-call-closed-now',
    });
  }
  if (isApiError(error) && error.status < 500) {
    return msg('The practices service refused it.', { id: 'pf-refused' });
  }
  return msg('The practices service could not be reached, or failed.', { id: 'pf-unreachable' });
}
