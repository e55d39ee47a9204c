import {
  PRACTICE_SECTIONS,
  type Practice,
  type Resource,
  type Taxonomies,
} from '@gcm-practices/contract';
import { getPractice, getResource, isNotFoundError, relatedPractices } from '@gcm-practices/sdk';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, type PracticesClient } from '../../shared/data-controller.js';
import { renderErrorState } from '../../shared/error-state.js';
import { errorStateStyles } from '../../shared/error-state.styles.js';
import { emit, type PracticeSelectDetail } from '../../shared/events.js';
import { countryName, formatNumber, listFormat } from '../../shared/format.js';
import { GcmElement } from '../../shared/gcm-element.js';
import { httpUrl } from '../../shared/http-url.js';
import { humanize, labelsOf } from '../../shared/labels.js';
import { loadTask } from '../../shared/load-task.js';
import { msg, str } from '../../shared/localization.js';
import { implementerTypeLabel, periodLabel, statusLabel } from '../../shared/messages.js';
import { practiceHref } from '../../shared/practice-href.js';
import { base, tokens } from '../../shared/theme.js';
import { styles } from './practice.styles.js';
import { reviewLabel, sectionHeading, sourceKindLabel } from './practice-messages.js';

/** The taxonomy records a full practice names, by id. */
interface Lookups {
  objectives: Map<number, Taxonomies['objectives'][number]>;
  actions: Map<string, Taxonomies['actions'][number]>;
  principles: Map<string, Taxonomies['principles'][number]>;
  sdgTargets: Map<string, Taxonomies['sdgTargets'][number]>;
}

const lookupCache = new WeakMap<Taxonomies, Lookups>();

function lookupsOf(taxonomies: Taxonomies | undefined): Lookups | undefined {
  if (!taxonomies) return undefined;
  let lookups = lookupCache.get(taxonomies);
  if (!lookups) {
    lookups = {
      objectives: new Map(taxonomies.objectives.map((o) => [o.number, o])),
      actions: new Map(taxonomies.actions.map((a) => [a.id, a])),
      principles: new Map(taxonomies.principles.map((g) => [g.id, g])),
      sdgTargets: new Map(taxonomies.sdgTargets.map((t) => [t.id, t])),
    };
    lookupCache.set(taxonomies, lookups);
  }
  return lookups;
}

const loading = (status: TaskStatus) =>
  status === TaskStatus.INITIAL || status === TaskStatus.PENDING;

/** `en-GB` and `en` are the same language for `lang` marking. */
const sameLanguage = (a: string, b: string) =>
  a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();

/**
 * A whole practice from the GCM Repository of Practices, as a page of its own or inside a
 * dialog: everything the record says, where it comes from, and what else to read.
 *
 * Give it a `practice` object, or a `practice-id` (and optionally `api`) to load one itself.
 * Its related practices and publications are loaded either way, unless `no-related` is set.
 *
 * @summary One practice in full: its context, aims, activities, results and lessons learned, who carried it out and where, with related practices and publications. Use it on a page of its own for each practice.
 *
 * @tagname gcm-practice
 *
 * @attr practice-id - Id of a practice to load when no `practice` object is given.
 * @attr api - Base URL of the practices API (else `<meta name="gcm-practices-api">`, else the bundle's default).
 * @attr href-template - Link for the related practices' titles, `{id}` replaced by the id. Without it they are buttons: activating one fires `gcm-practice-select` and, unless cancelled, shows that practice here.
 * @attr no-related - Leaves out related practices and publications and asks for none: for a practice not published yet, such as a submission under review.
 * @attr heading-level - Level of the title heading (2–6; default 2). Section headings are one level below.
 * @attr lang - Language (`en`, `fr`, `es`, `ar`); else the closest ancestor's `lang`, else `<html lang>`.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the system setting.
 *
 * @fires {CustomEvent<PracticeSelectDetail>} gcm-practice-select - A related practice's title was activated. `detail: { id, practice }`. Cancelable: `preventDefault()` keeps the current practice (or stops the link).
 * @fires {CustomEvent<ErrorDetail>} gcm-error - Loading the practice failed. `detail: { error }`.
 *
 * @csspart practice - The practice's box.
 * @csspart header - The title with its marks and badges.
 * @csspart featured - The "Featured practice" mark.
 * @csspart title - The title heading.
 * @csspart badges - The source and review badges.
 * @csspart source-badge - Where the record comes from.
 * @csspart review-badge - Whether the Hub peer-reviewed it.
 * @csspart summary - The summary paragraph.
 * @csspart facts - Implementers, partners, places, period, status, publication date.
 * @csspart implementers - Who implemented the practice, with their types.
 * @csspart partners - Its partners.
 * @csspart places - Countries or regions.
 * @csspart years - When it ran.
 * @csspart status - Planned, ongoing or completed.
 * @csspart published - When the Hub published it.
 * @csspart takeaway - The takeaway.
 * @csspart section - Each section (description, objectives, principles, SDG targets, results, links, related).
 * @csspart section-title - The heading of each section.
 * @csspart objectives - The list of objectives.
 * @csspart objective - One objective, with its actions.
 * @csspart primary - The primary objective's mark.
 * @csspart actions - The actions under an objective.
 * @csspart principles - The list of guiding principles.
 * @csspart targets - The list of SDG targets.
 * @csspart results - The list of results.
 * @csspart links - The list of links.
 * @csspart link - Each link (links, source, Hub page, related titles).
 * @csspart hub-link - "View on the Migration Network Hub".
 * @csspart source - Where the record comes from, as a sentence.
 * @csspart related - The list of related practices.
 * @csspart related-item - One related practice.
 * @csspart resources - The list of related publications.
 * @csspart resource - One related publication.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart not-found - The message when no practice has the id.
 * @csspart error - The error box when loading failed.
 * @csspart button - Buttons (retry, related titles).
 * @csspart retry-button - "Try again".
 *
 * @cssproperty --gcm-color-primary - Links, buttons, headings' accent.
 * @cssproperty --gcm-color-on-primary - Text on the "Try again" button.
 * @cssproperty --gcm-color-text - Text colour.
 * @cssproperty --gcm-color-text-muted - Secondary text.
 * @cssproperty --gcm-color-surface - Background.
 * @cssproperty --gcm-color-surface-alt - Badges and the related practices' boxes.
 * @cssproperty --gcm-color-border - Borders.
 * @cssproperty --gcm-color-accent - The featured mark.
 * @cssproperty --gcm-color-danger - The error box.
 * @cssproperty --gcm-color-focus - Focus ring.
 * @cssproperty --gcm-font-family - Font (default: inherited from the page).
 * @cssproperty --gcm-font-size - Base text size, every size inside scaling with it (default `medium`, the visitor's browser setting; the page's own font sizes do not reach inside).
 * @cssproperty --gcm-radius - Corner radius.
 * @cssproperty --gcm-space - Base spacing unit.
 * @cssproperty --gcm-practice-background - Background of the practice (default transparent).
 * @cssproperty --gcm-practice-padding - Padding of the practice (default 0).
 * @cssproperty --gcm-practice-max-width - Widest line of text (default `72ch`).
 * @cssproperty --gcm-practice-title-color - Title colour (default `--gcm-color-text`).
 * @cssproperty --gcm-practice-title-size - Title font size (default 1.6em).
 * @cssproperty --gcm-practice-heading-color - Section headings' colour (default `--gcm-color-text`).
 * @cssproperty --gcm-practice-badge-background - Badges' background.
 * @cssproperty --gcm-practice-badge-color - Badges' text colour.
 */
export class GcmPractice extends GcmElement {
  static override styles = [tokens, base, errorStateStyles, styles];

  /** The practice to show, with no request for it. Takes precedence over `practice-id`. */
  @property({ attribute: false }) practice: Practice | undefined;

  /** Id of a practice to load when no `practice` object is given. */
  @property({ attribute: 'practice-id', reflect: true }) practiceId: string | undefined;

  /** Base URL of the practices API. */
  @property() api: string | undefined;

  /** Link template for the related practices' titles; `{id}` is replaced by the id. */
  @property({ attribute: 'href-template' }) hrefTemplate: string | undefined;

  /** Leave out related practices and publications, and request none. */
  @property({ attribute: 'no-related', type: Boolean }) noRelated = false;

  /** Level of the title heading, 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Labels for ids (objectives, actions, principles, SDG targets), when the page already has them. */
  @property({ attribute: false }) taxonomies: Taxonomies | undefined;

  /** An SDK client to use instead of one built from `api`. */
  @property({ attribute: false }) client: PracticesClient | undefined;

  private readonly data = new DataController(this);

  // Each load is cancelled when the element leaves the page (a dialog closed while loading),
  // and sent again if it comes back.
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
    args: () => [this.taxonomies ? undefined : this.currentClient()] as const,
  });

  private readonly relatedTask = loadTask(this, {
    task: async ([id, client], { signal }) =>
      id && client ? relatedPractices(client, id, { signal }) : initialState,
    // A practice not published yet (a preview) has nothing related to ask the API about.
    args: () => [this.noRelated ? undefined : this.shown?.id, this.currentClient()] as const,
    // The practice itself is on show: a failure here is this section's own, with its retry.
    recover: () => true,
  });

  private readonly resourcesTask = loadTask(this, {
    task: async ([ids, client], { signal }): Promise<Resource[] | typeof initialState> => {
      if (!ids || !client) return initialState;
      const settled = await Promise.allSettled(
        ids.split(' ').map((id) => getResource(client, id, { signal })),
      );
      // A publication removed from the library since is left out; any other failure shows.
      const failure = settled.find((s) => s.status === 'rejected' && !isNotFoundError(s.reason));
      if (failure?.status === 'rejected') throw failure.reason;
      return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    },
    args: () =>
      [
        this.noRelated ? undefined : this.shown?.relatedResources.join(' '),
        this.currentClient(),
      ] as const,
    recover: () => true,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new id on its own (a link followed, Back) replaces a practice shown by property.
    if (
      changed.has('practiceId') &&
      !changed.has('practice') &&
      this.practice &&
      this.practice.id !== this.practiceId
    ) {
      this.practice = undefined;
    }
  }

  private currentClient(): PracticesClient | undefined {
    if (!this.practice && !this.practiceId) return undefined;
    return this.data.clientFor(this.locale);
  }

  /** The practice on display: the property, or the one loaded by id. */
  private get shown(): Practice | undefined {
    return (
      this.practice ??
      (this.loadTask.status === TaskStatus.COMPLETE ? this.loadTask.value : undefined)
    );
  }

  private get level(): number {
    return Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2));
  }

  override render() {
    const body = this.practice
      ? this.renderPractice(this.practice)
      : this.loadTask.render({
          initial: () => (this.practiceId ? this.renderSkeleton() : nothing),
          pending: () => this.renderSkeleton(),
          complete: (p) => this.renderPractice(p),
          error: (e) =>
            isNotFoundError(e)
              ? html`<div class="not-found" part="not-found" role="alert">
                  <p>${msg('This practice could not be found.', { id: 'error-not-found' })}</p>
                </div>`
              : renderErrorState(e, () => this.loadTask.run()),
        });
    return html`<div class="root" dir=${this.direction} lang=${this.locale}>${body}</div>`;
  }

  private renderSkeleton() {
    return html`<div class="practice skeleton" part="skeleton" aria-busy="true">
      <span class="visually-hidden">${msg('Loading practice…', { id: 'loading' })}</span>
      <span class="skeleton-line title-line" aria-hidden="true"></span>
      <span class="skeleton-line" aria-hidden="true"></span>
      <span class="skeleton-line" aria-hidden="true"></span>
      <span class="skeleton-line short" aria-hidden="true"></span>
    </div>`;
  }

  /** A heading `offset` levels below the title. */
  private heading(text: string, offset = 1, id?: string) {
    return html`<div
      class="section-title"
      part="section-title"
      role="heading"
      aria-level=${Math.min(6, this.level + offset)}
      id=${id ?? nothing}
    >
      ${text}
    </div>`;
  }

  /** `lang` for a text in `lang` when it is not the element's own language. */
  private langOf(lang: string) {
    return sameLanguage(lang, this.locale) ? nothing : lang;
  }

  private renderPractice(p: Practice) {
    const taxonomies = this.taxonomies ?? this.taxonomyTask.value;
    const labels = labelsOf(taxonomies);
    const lookups = lookupsOf(taxonomies);
    const text = this.langOf(p.lang);
    const hub = httpUrl(p.hubUrl);
    return html`<article class="practice" part="practice" aria-labelledby="practice-title">
      <header class="header" part="header">
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
        <div
          class="title"
          part="title"
          role="heading"
          aria-level=${this.level}
          id="practice-title"
          tabindex="-1"
          lang=${text}
          dir="auto"
        >
          ${p.title}
        </div>
        <ul class="badges" part="badges" aria-label=${msg('About this record', { id: 'record-badges' })}>
          <li class="badge" part="source-badge">${sourceKindLabel(p.source.kind)}</li>
          <li class="badge" part="review-badge">
            ${reviewLabel(p.review.status === 'peer-reviewed')}
          </li>
        </ul>
      </header>
      <p class="summary" part="summary" lang=${text} dir="auto">${p.summary}</p>
      ${this.renderFacts(p, labels)}
      ${
        p.takeaway
          ? html`<p class="takeaway" part="takeaway">
            <strong>${msg('Takeaway:', { id: 'takeaway' })}</strong>
            <span lang=${text} dir="auto">${p.takeaway}</span>
          </p>`
          : nothing
      }
      ${PRACTICE_SECTIONS.map((name) => {
        const body = p.sections[name];
        const extra = name === 'results' ? p.results : [];
        if (!body && extra.length === 0) return nothing;
        return html`<section class="section" part="section" aria-labelledby="section-${name}">
          ${this.heading(sectionHeading(name), 1, `section-${name}`)}
          ${body ? html`<p class="text" lang=${text} dir="auto">${body}</p>` : nothing}
          ${
            extra.length > 0
              ? html`<ul class="results" part="results">
                ${extra.map((r) => html`<li lang=${text} dir="auto">${r}</li>`)}
              </ul>`
              : nothing
          }
        </section>`;
      })}
      ${this.renderObjectives(p, lookups)} ${this.renderPrinciples(p, lookups)}
      ${this.renderTargets(p, lookups)}
      ${this.renderLinks(p, hub)}
      ${this.noRelated ? nothing : [this.renderRelated(), this.renderResources()]}
    </article>`;
  }

  private renderFacts(p: Practice, labels: ReturnType<typeof labelsOf>) {
    const locale = this.locale;
    const list = listFormat(locale);
    const isolated = (names: string[]) =>
      list
        .formatToParts(names)
        .map((part) => (part.type === 'element' ? html`<bdi>${part.value}</bdi>` : part.value));
    const implementers = p.implementers.map((i) => {
      const name = i.name;
      const type = implementerTypeLabel(i.type, labels?.implementerTypes.get(i.type));
      return msg(str`${name} (${type})`, { id: 'name-with-type' });
    });
    const places =
      p.countries.length > 0
        ? p.countries.map((code) => {
            const apiName = labels?.countries.get(code);
            return locale === 'en' && apiName ? apiName : countryName(locale, code, apiName);
          })
        : p.regions.map((id) => labels?.regions.get(id) ?? humanize(id));
    const period = periodLabel(locale, p.period.start, p.period.end);
    const published = p.publishedAt
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${p.publishedAt}T00:00:00Z`),
        )
      : undefined;
    const fact = (term: string, value: unknown, part: string) =>
      html`<div><dt>${term}</dt><dd part=${part}>${value}</dd></div>`;
    return html`<dl class="facts" part="facts">
      ${fact(msg('Implemented by', { id: 'implementers' }), isolated(implementers), 'implementers')}
      ${p.partners.length > 0 ? fact(msg('Partners', { id: 'partners' }), isolated(p.partners), 'partners') : nothing}
      ${places.length > 0 ? fact(msg('Where', { id: 'where' }), isolated(places), 'places') : nothing}
      ${period ? fact(msg('When', { id: 'when' }), period, 'years') : nothing}
      ${p.status ? fact(msg('Status', { id: 'status' }), statusLabel(p.status), 'status') : nothing}
      ${published ? fact(msg('Published', { id: 'published' }), published, 'published') : nothing}
    </dl>`;
  }

  private renderObjectives(p: Practice, labels: Lookups | undefined) {
    const locale = this.locale;
    return html`<section class="section" part="section" aria-labelledby="section-objectives">
      ${this.heading(msg('GCM objectives and actions', { id: 'objectives-actions' }), 1, 'section-objectives')}
      <ul class="objectives" part="objectives">
        ${p.objectives.map((n) => {
          const number = formatNumber(locale, n);
          const objective = labels?.objectives.get(n);
          const actions = p.actions.filter((id) => Number.parseInt(id, 10) === n);
          return html`<li class="objective" part="objective">
            <span class="objective-name">
              <strong>${msg(str`Objective ${number}`, { id: 'objective-n' })}</strong>${
                objective
                  ? html`: <span lang=${this.langOf(objective.lang)} dir="auto">${objective.shortTitle}</span>`
                  : nothing
              }
            </span>
            ${
              n === p.primaryObjective
                ? html`<span class="primary" part="primary">${msg('Primary objective', { id: 'primary-objective' })}</span>`
                : nothing
            }
            ${
              actions.length > 0
                ? html`<ul class="actions" part="actions">
                  ${actions.map((id) => {
                    const action = labels?.actions.get(id);
                    const letter = id.replace(/^\d+/, '');
                    return html`<li>
                      <span class="letter">(${letter})</span>
                      ${action ? html`<span lang=${this.langOf(action.lang)} dir="auto">${action.title}</span>` : nothing}
                    </li>`;
                  })}
                </ul>`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderPrinciples(p: Practice, lookups: Lookups | undefined) {
    if (p.principles.length === 0) return nothing;
    return html`<section class="section" part="section" aria-labelledby="section-principles">
      ${this.heading(msg('Guiding principles', { id: 'principles' }), 1, 'section-principles')}
      <ul class="principles" part="principles">
        ${p.principles.map((id) => {
          const principle = lookups?.principles.get(id);
          return principle
            ? html`<li lang=${this.langOf(principle.lang)} dir="auto">${principle.title}</li>`
            : html`<li>${humanize(id)}</li>`;
        })}
      </ul>
    </section>`;
  }

  private renderTargets(p: Practice, lookups: Lookups | undefined) {
    if (p.sdgTargets.length === 0) return nothing;
    return html`<section class="section" part="section" aria-labelledby="section-targets">
      ${this.heading(msg('SDG targets', { id: 'sdg-targets' }), 1, 'section-targets')}
      <ul class="targets" part="targets">
        ${p.sdgTargets.map((id) => {
          const target = lookups?.sdgTargets.get(id);
          return html`<li>
            <strong class="target-id">${id}</strong>
            ${target ? html`<span lang=${this.langOf('en')}>${target.text}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderLinks(p: Practice, hub: string | undefined) {
    const links = p.links.flatMap((l) => {
      const href = httpUrl(l.url);
      return href ? [{ href, label: l.label }] : [];
    });
    const source = httpUrl(p.source.url);
    const text = this.langOf(p.lang);
    return html`<section class="section" part="section" aria-labelledby="section-links">
      ${this.heading(msg('Links and source', { id: 'links-source' }), 1, 'section-links')}
      ${
        links.length > 0
          ? html`<ul class="links" part="links">
            ${links.map(
              (l) =>
                html`<li><a part="link" href=${l.href} rel="noopener" lang=${text} dir="auto">${l.label}</a></li>`,
            )}
          </ul>`
          : nothing
      }
      <p class="source" part="source">
        ${msg('Source:', { id: 'source' })}
        ${
          source
            ? html`<a part="link" href=${source} rel="noopener" dir="auto">${p.source.title}</a>`
            : html`<span dir="auto">${p.source.title}</span>`
        }
      </p>
      ${
        hub
          ? html`<p>
            <a class="hub-link" part="link hub-link" href=${hub} rel="noopener">
              ${msg('View on the Migration Network Hub', { id: 'hub-link' })}
            </a>
          </p>`
          : nothing
      }
    </section>`;
  }

  private renderRelated() {
    // Before its first run (as a server renders it) the section looks as it does while loading.
    const related = this.relatedTask.render({
      initial: () => this.smallSkeleton(),
      pending: () => this.smallSkeleton(),
      complete: (items) =>
        items.length > 0
          ? html`<ul class="related" part="related">
            ${items.map((r) => this.renderRelatedItem(r))}
          </ul>`
          : html`<p class="none">${msg('No related practices yet.', { id: 'related-none' })}</p>`,
      error: (e) =>
        renderErrorState(
          e,
          () => this.relatedTask.run(),
          msg('Related practices could not be loaded.', { id: 'related-error' }),
        ),
    });
    return html`<section class="section" part="section" aria-labelledby="section-related">
      ${this.heading(msg('Related practices', { id: 'related' }), 1, 'section-related')}
      <div aria-busy=${loading(this.relatedTask.status) ? 'true' : 'false'}>${related}</div>
    </section>`;
  }

  private renderRelatedItem(r: Practice): TemplateResult {
    const href = practiceHref(this.hrefTemplate, r.id);
    const text = this.langOf(r.lang);
    const period = periodLabel(this.locale, r.period.start, r.period.end);
    const implementers = listFormat(this.locale).format(r.implementers.map((i) => i.name));
    return html`<li class="related-item" part="related-item">
      ${
        href
          ? html`<a part="link" href=${href} lang=${text} dir="auto"
              @click=${(e: MouseEvent) => this.onRelatedLink(e, r)}>${r.title}</a>`
          : html`<button class="related-button" part="link button" type="button" lang=${text} dir="auto"
              @click=${() => this.showRelated(r)}>${r.title}</button>`
      }
      <span class="related-facts"><bdi>${implementers}</bdi>${period ? html` · ${period}` : nothing}</span>
    </li>`;
  }

  private renderResources() {
    if (!this.shown || this.shown.relatedResources.length === 0) return nothing;
    const body = this.resourcesTask.render({
      initial: () => this.smallSkeleton(),
      pending: () => this.smallSkeleton(),
      complete: (items) =>
        html`<ul class="resources" part="resources">
          ${items.map((r) => {
            const href = httpUrl(r.url);
            const year = r.year === null ? undefined : r.year;
            const text = this.langOf(r.lang);
            return html`<li part="resource">
              ${
                href
                  ? html`<a part="link" href=${href} rel="noopener" lang=${text} dir="auto">${r.title}</a>`
                  : html`<span lang=${text} dir="auto">${r.title}</span>`
              }
              ${
                r.publishers.length > 0 || year !== undefined
                  ? html`<span class="related-facts">
                    ${r.publishers.length > 0 ? html`<bdi>${listFormat(this.locale).format(r.publishers)}</bdi>` : nothing}
                    ${year !== undefined ? html`(${String(year)})` : nothing}
                  </span>`
                  : nothing
              }
            </li>`;
          })}
        </ul>`,
      error: (e) =>
        renderErrorState(
          e,
          () => this.resourcesTask.run(),
          msg('Related resources could not be loaded.', { id: 'resources-error' }),
        ),
    });
    return html`<section class="section" part="section" aria-labelledby="section-resources">
      ${this.heading(msg('Related resources', { id: 'related-resources' }), 1, 'section-resources')}
      <div aria-busy=${loading(this.resourcesTask.status) ? 'true' : 'false'}>${body}</div>
    </section>`;
  }

  private smallSkeleton() {
    return html`<div part="skeleton">
      <span class="visually-hidden">${msg('Loading…', { id: 'loading-short' })}</span>
      <span class="skeleton-line" aria-hidden="true"></span>
      <span class="skeleton-line short" aria-hidden="true"></span>
    </div>`;
  }

  private select(practice: Practice): boolean {
    return emit<PracticeSelectDetail>(
      this,
      'practice-select',
      { id: practice.id, practice },
      { cancelable: true },
    );
  }

  private async showRelated(practice: Practice): Promise<void> {
    if (!this.select(practice)) return;
    this.practice = practice;
    this.practiceId = practice.id;
    await this.updateComplete;
    // The visitor asked for this practice: start reading it from its title.
    this.renderRoot.querySelector<HTMLElement>('#practice-title')?.focus();
  }

  private onRelatedLink(event: MouseEvent, practice: Practice): void {
    // Let modified clicks (new tab, new window) do what the visitor asked.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    if (!this.select(practice)) event.preventDefault();
  }
}
