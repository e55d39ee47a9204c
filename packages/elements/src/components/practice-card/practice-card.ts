import type { Practice, Taxonomies } from '@gcm-practices/contract';
import { getPractice } from '@gcm-practices/sdk';
import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, type PracticesClient } from '../../shared/data-controller.js';
import { emit, type PracticeSelectDetail } from '../../shared/events.js';
import { countryName, formatNumber, listFormat, plural } from '../../shared/format.js';
import { GcmElement } from '../../shared/gcm-element.js';
import { humanize, labelsOf } from '../../shared/labels.js';
import { loadTask } from '../../shared/load-task.js';
import { msg, str } from '../../shared/localization.js';
import { errorDetail, errorLabel, periodLabel } from '../../shared/messages.js';
import { renderObjectiveBadges } from '../../shared/objective-badges.js';
import { objectiveBadgeStyles } from '../../shared/objective-badges.styles.js';
import { practiceHref } from '../../shared/practice-href.js';
import { base, tokens } from '../../shared/theme.js';
import { styles } from './practice-card.styles.js';
import { summaryCut } from './summary-cut.js';

const MAX_PLACES = 4;

/**
 * Join names the way the language does ("A, B and C", "A وB"), each name
 * isolated so English names keep their order inside Arabic text.
 */
function isolated(list: Intl.ListFormat, names: string[]) {
  return list
    .formatToParts(names)
    .map((part) => (part.type === 'element' ? html`<bdi>${part.value}</bdi>` : part.value));
}

export { practiceHref };

/**
 * One practice from the GCM Repository of Practices: title, implementers,
 * places, years, objective badges, summary and takeaway.
 *
 * Give it a `practice` object, or a `practice-id` (and optionally `api`) to
 * load one itself.
 *
 * @summary One practice as a card: its title, who carries it out, where and when, and a short summary. Use it to feature a practice beside an article or other content.
 *
 * @tagname gcm-practice-card
 *
 * @attr practice-id - Id of a practice to load when no `practice` object is given.
 * @attr api - Base URL of the practices API (else `<meta name="gcm-practices-api">`, else the bundle's default).
 * @attr href-template - Link for the title, `{id}` replaced by the practice id. Without it the title is a button that fires `gcm-practice-select`.
 * @attr heading-level - Level of the title heading (2–6). Default 3.
 * @attr lang - Language (`en`, `fr`, `es`, `ar`); else the closest ancestor's `lang`, else `<html lang>`.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the system setting.
 *
 * @fires {CustomEvent<PracticeSelectDetail>} gcm-practice-select - The title was activated. `detail: { id, practice }`. Cancelable: calling `preventDefault()` stops the link from navigating.
 * @fires {CustomEvent<ErrorDetail>} gcm-error - Loading the practice failed. `detail: { error }`.
 *
 * @csspart card - The card's box.
 * @csspart featured - The "Featured" mark.
 * @csspart title - The heading.
 * @csspart link - The title's link (or button).
 * @csspart facts - The list of implementers, places and years.
 * @csspart implementers - Who implemented the practice.
 * @csspart places - Countries or regions.
 * @csspart years - When it ran.
 * @csspart summary - The summary paragraph.
 * @csspart takeaway - The takeaway paragraph.
 * @csspart badges - The list of objective badges.
 * @csspart badge - One objective badge.
 * @csspart badge-number - The objective number inside a badge.
 * @csspart error - The error message when loading failed.
 * @csspart button - Buttons (retry).
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty --gcm-color-primary - Links, buttons, badge numbers.
 * @cssproperty --gcm-color-text - Text colour.
 * @cssproperty --gcm-color-text-muted - Secondary text.
 * @cssproperty --gcm-color-surface - Card background.
 * @cssproperty --gcm-color-border - Borders.
 * @cssproperty --gcm-color-accent - The featured mark.
 * @cssproperty --gcm-color-focus - Focus ring.
 * @cssproperty --gcm-font-family - Font (default: inherited from the page).
 * @cssproperty --gcm-font-size - Base text size, every size inside scaling with it (default `medium`, the visitor's browser setting; the page's own font sizes do not reach inside).
 * @cssproperty --gcm-radius - Corner radius.
 * @cssproperty --gcm-space - Base spacing unit.
 * @cssproperty --gcm-practice-card-background - Card background (default `--gcm-color-surface`).
 * @cssproperty --gcm-practice-card-border - Card border (default `1px solid` the border colour).
 * @cssproperty --gcm-practice-card-radius - Card corner radius (default `--gcm-radius`).
 * @cssproperty --gcm-practice-card-padding - Card padding (default `--gcm-space`).
 * @cssproperty --gcm-practice-card-shadow - Card shadow (default none).
 * @cssproperty --gcm-practice-card-title-color - Title colour (default `--gcm-color-primary`).
 * @cssproperty --gcm-practice-card-title-size - Title font size (default 1.15em).
 * @cssproperty --gcm-practice-card-summary-lines - Lines of summary shown before it is cut (default 5).
 * @cssproperty --gcm-practice-card-badge-background - Badge background.
 * @cssproperty --gcm-practice-card-badge-color - Badge text colour.
 */
export class GcmPracticeCard extends GcmElement {
  static override styles = [tokens, base, objectiveBadgeStyles, styles];

  /** The practice to show. Takes precedence over `practice-id`. */
  @property({ attribute: false }) practice: Practice | undefined;

  /** The id of the practice to show (`pacaraima-committee`). */
  @property({ attribute: 'practice-id' }) practiceId: string | undefined;

  /** Address of the practices API; without it, the page's `<meta name="gcm-practices-api">`, else the bundle's default. */
  @property() api: string | undefined;

  /** The address the practice's title links to, `{id}` standing for the practice's id. */
  @property({ attribute: 'href-template' }) hrefTemplate: string | undefined;

  /** The heading level of the practice's title, from 2 to 6; 3 by default. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Labels for ids (objective titles, region names), when the page already has them. Otherwise fetched once per API. */
  @property({ attribute: false }) taxonomies: Taxonomies | undefined;

  /** An SDK client to use instead of one built from `api`. */
  @property({ attribute: false }) client: PracticesClient | undefined;

  private readonly data = new DataController(this);

  /** The facts list, watched for the card's width, and the summary last measured. */
  private resizes: ResizeObserver | undefined;
  private watched: HTMLElement | undefined;
  private measured: string | undefined;
  /** Where the summary is cut so that what shows ends on a whole word. */
  private cut: { text: string; at: number } | undefined;
  private fits = 0;

  private readonly loadTask = loadTask(this, {
    task: async ([id, client], { signal }) =>
      id && client ? getPractice(client, id, { signal }) : initialState,
    args: () =>
      [this.practice ? undefined : this.practiceId, this.currentClient()] as [
        string | undefined,
        PracticesClient | undefined,
      ],
  });

  private readonly taxonomyTask = new Task(this, {
    task: async ([client]) => (client ? this.data.taxonomies(client) : initialState),
    // Labels are worth a request only to an API the page chose: a card given its `practice`
    // and no API renders from the practice alone and sends nothing.
    args: () =>
      [
        this.taxonomies || !this.shown || !this.data.chosen ? undefined : this.currentClient(),
      ] as const,
  });

  private currentClient(): PracticesClient | undefined {
    if (!this.practice && !this.practiceId) return undefined;
    return this.data.clientFor(this.locale);
  }

  /** The practice on display: the property, or the one loaded by id. */
  private get shown(): Practice | undefined {
    return this.practice ?? this.loadTask.value;
  }

  override render() {
    const body = this.practice
      ? this.renderPractice(this.practice)
      : this.loadTask.render({
          initial: () => (this.practiceId ? this.renderSkeleton() : nothing),
          pending: () => this.renderSkeleton(),
          complete: (p) => this.renderPractice(p),
          error: (e) => this.renderError(e),
        });
    return html`<div class="root" dir=${this.direction} lang=${this.locale}>${body}</div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Watch the card's width again (updated() does it).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes?.disconnect();
    this.watched = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const facts = this.renderRoot.querySelector<HTMLElement>('.facts') ?? undefined;
    if (facts === this.watched && this.shown?.summary === this.measured) return;
    // Observing again measures again: the observer reports a new target once it is laid out
    // (cards far below the fold wait until the page scrolls near them). The cut waits a frame:
    // a card that changed height inside the observer's callback would make the browser report
    // a resize loop to the page (to any observer of the card, and to its own for
    // `contain-intrinsic-size: auto`).
    this.resizes ??= new ResizeObserver(() => requestAnimationFrame(() => this.fitSummary()));
    this.resizes.disconnect();
    this.watched = facts;
    if (facts) this.resizes.observe(facts);
  }

  /** Cut the summary after the last whole word that fits its lines, with the ellipsis. */
  private async fitSummary() {
    const text = this.shown?.summary;
    const p = this.renderRoot.querySelector<HTMLElement>('.summary');
    if (!p || text === undefined) return;
    this.measured = text;
    // A newer fit (a new width or summary) takes over; this one stops changing the card.
    const run = ++this.fits;
    const at = await summaryCut(text, async (at) => {
      if (run !== this.fits) return false;
      this.cut = at === undefined ? undefined : { text, at };
      this.requestUpdate();
      await this.updateComplete;
      return p.scrollHeight <= p.clientHeight;
    });
    if (run !== this.fits) return;
    this.cut = at === undefined ? undefined : { text, at };
    this.requestUpdate();
  }

  private renderSummary(summary: string) {
    const at = this.cut?.text === summary ? this.cut.at : undefined;
    if (at === undefined) return summary;
    // The ellipsis is for the eyes; screen readers read on into the rest.
    return html`${summary.slice(0, at)}<span aria-hidden="true">…</span><span class="visually-hidden"
        >${summary.slice(at)}</span
      >`;
  }

  private renderSkeleton() {
    return html`<div class="card" part="card skeleton" aria-busy="true">
      <span class="visually-hidden">${msg('Loading practice…', { id: 'loading' })}</span>
      <span class="skeleton-line title-line"></span>
      <span class="skeleton-line"></span>
      <span class="skeleton-line"></span>
      <span class="skeleton-line short"></span>
    </div>`;
  }

  private renderError(error: unknown) {
    const detail = errorDetail(error);
    return html`<div class="card error" part="card error" role="alert">
      <p class="error-message">${errorLabel(error)}</p>
      ${detail ? html`<p class="error-detail">${detail}</p>` : nothing}
      <button class="button" part="button" type="button" @click=${() => this.loadTask.run()}>
        ${msg('Try again', { id: 'retry' })}
      </button>
    </div>`;
  }

  private renderPractice(p: Practice) {
    const labels = labelsOf(this.taxonomies ?? this.taxonomyTask.value);
    const locale = this.locale;
    const list = listFormat(locale);
    const href = practiceHref(this.hrefTemplate, p.id);
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));

    const places =
      p.countries.length > 0
        ? p.countries.map((code) => {
            return countryName(locale, code, labels?.countries.get(code));
          })
        : p.regions.map((id) => labels?.regions.get(id) ?? humanize(id));
    // Past a few places, "Brazil, Peru, Chile, Colombia and 3 more".
    const shownPlaces =
      places.length > MAX_PLACES + 1
        ? [...places.slice(0, MAX_PLACES), this.morePlaces(places.length - MAX_PLACES)]
        : places;
    const period = periodLabel(locale, p.period.start, p.period.end);

    return html`<article class="card" part="card" aria-labelledby="title">
      ${
        p.featured
          ? html`<p class="featured" part="featured">
            <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
              <path d="M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6L1.3 7.8l6.1-.7z" />
            </svg>
            ${msg('Featured practice', { id: 'featured' })}
          </p>`
          : nothing
      }
      <div class="title" part="title" role="heading" aria-level=${level} id="title">
        ${
          href
            ? html`<a part="link" dir="auto" href=${href} @click=${(e: MouseEvent) => this.onLinkClick(e, p)}
              >${p.title}</a
            >`
            : html`<button part="link" dir="auto" class="title-button" type="button" @click=${() => this.select(p)}>
              ${p.title}
            </button>`
        }
      </div>
      <dl class="facts" part="facts">
        <div>
          <dt>${msg('Implemented by', { id: 'implementers' })}</dt>
          <dd part="implementers">${isolated(
            list,
            p.implementers.map((i) => i.name),
          )}</dd>
        </div>
        ${
          shownPlaces.length > 0
            ? html`<div>
              <dt>${msg('Where', { id: 'where' })}</dt>
              <dd part="places">${isolated(list, shownPlaces)}</dd>
            </div>`
            : nothing
        }
        ${
          period
            ? html`<div>
              <dt>${msg('When', { id: 'when' })}</dt>
              <dd part="years">${period}</dd>
            </div>`
            : nothing
        }
      </dl>
      <p class="summary" part="summary" dir="auto">${this.renderSummary(p.summary)}</p>
      ${
        p.takeaway
          ? html`<p class="takeaway" part="takeaway">
            <strong>${msg('Takeaway:', { id: 'takeaway' })}</strong> <span dir="auto">${p.takeaway}</span>
          </p>`
          : nothing
      }
      ${renderObjectiveBadges(locale, p.objectives, (n) => labels?.objectives.get(n)?.shortTitle, {
        list: 'badges',
        badge: 'badge',
        number: 'badge-number',
      })}
    </article>`;
  }

  private morePlaces(count: number) {
    const n = formatNumber(this.locale, count);
    return plural(this.locale, count, {
      one: () => msg(str`${n} more`, { id: 'more-places-one' }),
      other: () => msg(str`${n} more`, { id: 'more-places-other' }),
    });
  }

  private select(practice: Practice): boolean {
    return emit<PracticeSelectDetail>(
      this,
      'practice-select',
      { id: practice.id, practice },
      { cancelable: true },
    );
  }

  private onLinkClick(event: MouseEvent, practice: Practice): void {
    // Let modified clicks (new tab, new window) do what the visitor asked.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    if (!this.select(practice)) event.preventDefault();
  }
}
