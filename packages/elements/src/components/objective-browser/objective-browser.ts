import type { ObjectiveAction, ObjectiveWithCount, Taxonomies } from '@gcm-practices/contract';
import { MAX_OBJECTIVE, MIN_OBJECTIVE } from '@gcm-practices/contract';
import { listObjectives } from '@gcm-practices/sdk';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { DataController, type PracticesClient } from '../../shared/data-controller.js';
import { renderErrorState } from '../../shared/error-state.js';
import { errorStateStyles } from '../../shared/error-state.styles.js';
import { emit } from '../../shared/events.js';
import { formatNumber, plural } from '../../shared/format.js';
import { GcmElement } from '../../shared/gcm-element.js';
import { loadTask } from '../../shared/load-task.js';
import { msg, str } from '../../shared/localization.js';
import { base, tokens } from '../../shared/theme.js';
import { UrlState } from '../../shared/url-state.js';
import type { GcmPractices } from '../practices/practices.js';
import { styles } from './objective-browser.styles.js';

/** Detail of `gcm-objective-select`. */
export interface ObjectiveSelectDetail {
  /** The objective's number, 1–23. */
  number: number;
  objective: ObjectiveWithCount;
}

/** The catalogue's controls inside the panel; objective and action are set by the browser. */
const DEFAULT_FILTERS = 'search,country,implementer-type,year';

let instances = 0;

/** A GCM objective number (1–23) from an attribute, a URL or a property; anything else is none. */
export function objectiveNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= MIN_OBJECTIVE && n <= MAX_OBJECTIVE
    ? n
    : undefined;
}

/**
 * The 23 objectives of the Global Compact for Migration as tabs: each shows its
 * number, short title and practice count. Choosing one shows its full title,
 * its lettered actions (each one filters the practices), its SDG targets and
 * its practices, in a nested `<gcm-practices>`.
 *
 * Keyboard: the objectives are one tab stop. Arrow keys (Left/Right follow the
 * reading direction), Home and End move focus; Enter or Space shows the focused
 * objective (manual activation, since showing one loads its practices). Tab
 * moves on into the panel.
 *
 * Without a valid `selected` the list is shown alone, with a prompt to choose.
 *
 * @summary The 23 objectives of the Global Compact for Migration: a visitor chooses one to see its actions, SDG targets and practices. Use it for a page that explores the Compact objective by objective.
 *
 * @tagname gcm-objective-browser
 *
 * @attr api - Base URL of the practices API (else `<meta name="gcm-practices-api">`, else the bundle's default).
 * @attr selected - Number of the objective to show (1–23). Anything else shows the list alone.
 * @attr action - Action id of the selected objective to narrow its practices to: `10e`.
 * @attr sync-url - Keep the selected objective and action in the page's query string (`gcm-objective`, `gcm-action`) and read them on load; choosing an objective adds a history entry, and back/forward restore it. The practice open in the dialog goes in as `gcm-practice`. A value namespaces the keys: `sync-url="a"` → `gcm-a-objective`.
 * @attr filters - Controls of the practices catalogue in the panel: any of `search,principle,sdg-target,region,country,implementer-type,status,year,sort` (default `search,country,implementer-type,year`), or `none`.
 * @attr page-size - Practices per page in the panel, 1–100. Default 12.
 * @attr href-template - Link for each practice title, `{id}` replaced by the id. Without it titles are buttons that fire `gcm-practice-select` and then open the practice in a modal dialog.
 * @attr heading-level - Level of the panel's heading (2–6); its sections are one level below, practice titles two. Default 2.
 * @attr lang - Language (`en`, `fr`, `es`, `ar`); else the closest ancestor's `lang`, else `<html lang>`.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the system setting.
 *
 * @fires {CustomEvent<ObjectiveSelectDetail>} gcm-objective-select - The visitor chose an objective. `detail: { number, objective }`. Cancelable: `preventDefault()` keeps the current one.
 * @fires {CustomEvent<ErrorDetail>} gcm-error - Loading the objectives failed. `detail: { error }`. The catalogue in the panel fires its own.
 * @fires {CustomEvent<ResultsDetail>} gcm-results - From the catalogue in the panel: a page of practices arrived.
 * @fires {CustomEvent<PracticeSelectDetail>} gcm-practice-select - From the catalogue in the panel: a practice title was activated.
 *
 * @csspart picker - The objective select that replaces the tab list when the element is narrower than 30em.
 * @csspart picker-select - The select itself.
 * @csspart list - The tab list of objectives.
 * @csspart tab - Each objective's tab.
 * @csspart selected - The selected objective's tab.
 * @csspart tab-number - An objective's number in its tab.
 * @csspart tab-title - An objective's short title in its tab.
 * @csspart tab-count - An objective's practice count in its tab.
 * @csspart hint - The prompt shown while no objective is selected.
 * @csspart panel - The selected objective's panel.
 * @csspart heading - The panel's heading: "Objective 10" and the full title.
 * @csspart section-title - The headings of the actions, SDG targets and practices.
 * @csspart actions - The actions section.
 * @csspart action-button - An action filter button (and "All actions").
 * @csspart action-letter - An action's letter, `(a)`.
 * @csspart action-text - The full text of the chosen action.
 * @csspart targets - The SDG targets section.
 * @csspart target - One SDG target.
 * @csspart target-id - An SDG target's number, `8.7`.
 * @csspart practices - The practices section.
 * @csspart catalogue - The nested `<gcm-practices>` element.
 * @csspart empty - The message shown instead of the catalogue when the objective has no practice.
 * @csspart catalogue-status - The catalogue's result count.
 * @csspart catalogue-card - A practice card's box.
 * @csspart catalogue-card-title - A practice card's heading.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart retry-button - The "Try again" button of the error state.
 * @csspart button - Every button of the browser itself.
 *
 * @cssproperty --gcm-color-primary - Numbers, the selected tab, buttons.
 * @cssproperty --gcm-color-on-primary - Text on the selected tab.
 * @cssproperty --gcm-color-text - Text colour.
 * @cssproperty --gcm-color-text-muted - Secondary text.
 * @cssproperty --gcm-color-surface - Tabs and buttons background.
 * @cssproperty --gcm-color-surface-alt - Subtle backgrounds (counts, skeletons).
 * @cssproperty --gcm-color-border - Borders of tabs and buttons.
 * @cssproperty --gcm-color-danger - Error messages.
 * @cssproperty --gcm-color-focus - Focus ring.
 * @cssproperty --gcm-font-family - Font (default: inherited from the page).
 * @cssproperty --gcm-font-size - Base text size, every size inside scaling with it (default `medium`, the visitor's browser setting; the page's own font sizes do not reach inside).
 * @cssproperty --gcm-radius - Corner radius.
 * @cssproperty --gcm-space - Base spacing unit.
 * @cssproperty --gcm-objective-browser-list-width - Width of the list beside the panel, when the element is at least 48em wide (default 20em).
 * @cssproperty --gcm-objective-browser-gap - Space between the list, the panel and its sections (default `--gcm-space`).
 * @cssproperty --gcm-objective-browser-selected-background - Background of the selected tab (default `--gcm-color-primary`).
 * @cssproperty --gcm-objective-browser-selected-color - Text of the selected tab (default `--gcm-color-on-primary`).
 */
export class GcmObjectiveBrowser extends GcmElement {
  static override styles = [tokens, base, errorStateStyles, styles];

  /** Address of the practices API; without it, the page's `<meta name="gcm-practices-api">`, else the bundle's default. */
  @property() api: string | undefined;
  /** The objective shown first, from 1 to 23; without it, the list of objectives alone. */
  @property({ type: Number, reflect: true }) selected: number | undefined;
  /** Show only the practices under this action of the objective shown (`10e`). */
  @property({ reflect: true }) action: string | undefined;
  /** Keep the objective and action the visitor chose in the page address, read again when the page loads; a value keeps apart the addresses of several elements on one page. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;
  /** The controls visitors can search and filter the objective's practices with, comma-separated, or `none`. */
  @property() filters:
    | 'none'
    | 'search'
    | 'principle'
    | 'sdg-target'
    | 'region'
    | 'country'
    | 'implementer-type'
    | 'status'
    | 'year'
    | 'sort'
    | `${string},${string}`
    | undefined;
  /** How many of the objective's practices a page shows, from 1 to 100; 12 by default. */
  @property({ attribute: 'page-size', type: Number }) pageSize: number | undefined;
  /** The address each practice title links to, `{id}` standing for the practice's id. */
  @property({ attribute: 'href-template' }) hrefTemplate: string | undefined;
  /** The heading level of the objective's title, from 2 to 6; 2 by default. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** An SDK client to use instead of one built from `api`. */
  @property({ attribute: false }) client: PracticesClient | undefined;

  private readonly data = new DataController(this);
  private readonly uid = `gcm-ob-${++instances}`;
  /** `sync-url`: a chosen objective is a history entry of its own, so Back returns to the one before. */
  private readonly url = new UrlState<'selected' | 'action'>(this, {
    keys: { selected: 'objective', action: 'action' },
    numbers: [],
    parse: { selected: objectiveNumber },
    prefix: 'gcm-',
  });

  private readonly objectives = loadTask(this, {
    task: async ([client], { signal }): Promise<ObjectiveWithCount[]> =>
      (await listObjectives(client, { signal })).data,
    args: () => [this.data.clientFor(this.locale)] as const,
  });

  // SDG target texts; without them the targets show their numbers only.
  private readonly taxonomyTask = new Task(this, {
    task: ([client]) =>
      client ? this.data.taxonomies(client).catch(() => initialState) : initialState,
    args: () =>
      [objectiveNumber(this.selected) ? this.data.clientFor(this.locale) : undefined] as const,
  });

  /** The selected objective, once the objectives have loaded. */
  get objective(): ObjectiveWithCount | undefined {
    const n = objectiveNumber(this.selected);
    return n === undefined ? undefined : this.objectives.value?.find((o) => o.number === n);
  }

  private actionOf(objective: ObjectiveWithCount): ObjectiveAction | undefined {
    const id = this.action?.trim().toLowerCase();
    return id ? objective.actions.find((a) => a.id === id) : undefined;
  }

  // ── visitor actions ───────────────────────────────────────────────────────

  private choose(objective: ObjectiveWithCount): void {
    if (objective.number === objectiveNumber(this.selected)) return;
    const go = emit<ObjectiveSelectDetail>(
      this,
      'objective-select',
      { number: objective.number, objective },
      { cancelable: true },
    );
    if (!go) return;
    this.url.push = true;
    this.selected = objective.number;
    this.action = undefined;
  }

  private chooseAction(id: string | undefined): void {
    this.action = id;
    // The catalogue keeps its search and filters, but a new action starts at its first page.
    const catalogue = this.renderRoot.querySelector<GcmPractices>('gcm-practices');
    if (catalogue) catalogue.page = 1;
  }

  /** Arrows, Home and End move focus along the tabs (wrapping); Enter and Space click the button. */
  private onKeydown = (e: KeyboardEvent): void => {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const i = tabs.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    const forward = this.direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = this.direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let to: number;
    if (e.key === 'ArrowDown' || e.key === forward) to = i + 1;
    else if (e.key === 'ArrowUp' || e.key === back) to = i - 1;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = tabs.length - 1;
    else return;
    e.preventDefault();
    tabs[(to + tabs.length) % tabs.length]?.focus();
  };

  // ── rendering ─────────────────────────────────────────────────────────────

  override render() {
    const status = this.objectives.status;
    const list = this.objectives.value;
    const failed = status === TaskStatus.ERROR;
    return html`<div
      class="root"
      dir=${this.direction}
      lang=${this.locale}
      aria-busy=${!list && !failed ? 'true' : 'false'}
    >
      ${failed ? renderErrorState(this.objectives.error, () => this.objectives.run()) : list ? this.renderBrowser(list) : this.renderLoading()}
    </div>`;
  }

  private renderLoading() {
    return html`<p class="status" role="status">
        ${msg('Loading objectives…', { id: 'ob-loading' })}
      </p>
      <div class="skeleton" part="skeleton" aria-hidden="true">
        ${Array.from({ length: 8 }, () => html`<span class="skeleton-line"></span>`)}
      </div>`;
  }

  private renderBrowser(list: ObjectiveWithCount[]) {
    const current = this.objective;
    const focusable = current ?? list[0];
    return html`<div class="section layout">
      ${this.renderPicker(list, current)}
      <div
        class="list"
        part="list"
        role="tablist"
        aria-orientation="vertical"
        aria-label=${msg('Objectives of the Global Compact for Migration', { id: 'ob-list' })}
        @keydown=${this.onKeydown}
      >
        ${list.map((o) => this.renderTab(o, o === current, o === focusable))}
      </div>
      ${
        current
          ? this.renderPanel(current)
          : html`<p class="hint" part="hint">
            ${msg('Choose an objective to see its actions, SDG targets and practices.', {
              id: 'ob-hint',
            })}
          </p>`
      }
    </div>`;
  }

  /**
   * In a narrow element the 23 tabs would push the panel a screen or more down: a select takes
   * their place (the container query shows one or the other), naming each objective as its tab does.
   */
  private renderPicker(list: ObjectiveWithCount[], current: ObjectiveWithCount | undefined) {
    const id = `${this.uid}-picker`;
    return html`<div class="picker" part="picker">
      <label for=${id}>${msg('Objective', { id: 'objective' })}</label>
      <select
        id=${id}
        part="picker-select"
        .value=${live(current ? String(current.number) : '')}
        @change=${(e: Event) => {
          const select = e.target as HTMLSelectElement;
          const chosen = list.find((o) => String(o.number) === select.value);
          if (chosen) this.choose(chosen);
          // A cancelled choice puts the select back on the objective still shown.
          select.value = this.objective ? String(this.objective.number) : '';
        }}
      >
        ${current ? nothing : html`<option value="">${msg('Choose an objective to see its actions, SDG targets and practices.', { id: 'ob-hint' })}</option>`}
        ${list.map(
          (o) =>
            html`<option value=${String(o.number)} ?selected=${o === current}>
              ${this.tabLabel(o)}
            </option>`,
        )}
      </select>
    </div>`;
  }

  /** "10. Trafficking in persons, 21 practices": the name of a tab and of its option. */
  private tabLabel(o: ObjectiveWithCount): string {
    const n = formatNumber(this.locale, o.number);
    const title = o.shortTitle;
    const count = this.countLabel(o.practiceCount);
    return msg(str`${n}. ${title}, ${count}`, { id: 'ob-tab-label' });
  }

  private renderTab(o: ObjectiveWithCount, selected: boolean, focusable: boolean) {
    const n = formatNumber(this.locale, o.number);
    const title = o.shortTitle;
    // One text node names the tab ("10. Trafficking in persons, 21 practices"); the visible
    // pieces repeat it for the eye.
    return html`<button
      class="tab"
      part=${selected ? 'tab selected' : 'tab'}
      type="button"
      role="tab"
      id=${`${this.uid}-tab-${o.number}`}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls=${selected ? `${this.uid}-panel` : nothing}
      tabindex=${focusable ? '0' : '-1'}
      @click=${() => this.choose(o)}
    >
      <span class="visually-hidden">${this.tabLabel(o)}</span>
      <span class="number" part="tab-number" aria-hidden="true">${n}</span>
      <bdi class="name" part="tab-title" aria-hidden="true">${title}</bdi>
      <span class="count" part="tab-count" aria-hidden="true">
        ${formatNumber(this.locale, o.practiceCount)}
      </span>
    </button>`;
  }

  /**
   * "21 practices", in the locale's plural forms (Arabic has six). Exactly one
   * and two have messages of their own, without the number, as Arabic says
   * "ممارسة واحدة" and "ممارستان"; French "one" also covers 0.
   */
  private countLabel(count: number): string {
    const n = formatNumber(this.locale, count);
    return plural(this.locale, count, {
      zero: () => msg('no practices', { id: 'ob-count-zero' }),
      one: () =>
        count === 1
          ? msg('1 practice', { id: 'ob-count-1' })
          : msg(str`${n} practice`, { id: 'ob-count-one' }),
      two: () => msg('2 practices', { id: 'ob-count-2' }),
      few: () => msg(str`${n} practices`, { id: 'ob-count-few' }),
      many: () => msg(str`${n} practices`, { id: 'ob-count-many' }),
      other: () => msg(str`${n} practices`, { id: 'ob-count-other' }),
    });
  }

  private renderPanel(o: ObjectiveWithCount) {
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const sub = Math.min(6, level + 1);
    const n = formatNumber(this.locale, o.number);
    const action = this.actionOf(o);
    const id = this.uid;
    const section = (title: string) =>
      html`<div class="section-title" part="section-title" role="heading" aria-level=${sub}>${title}</div>`;
    return html`<section
      class="section panel"
      part="panel"
      role="tabpanel"
      id=${`${id}-panel`}
      aria-labelledby=${`${id}-tab-${o.number}`}
      tabindex="0"
    >
      <div class="heading" part="heading" role="heading" aria-level=${level}>
        <span class="eyebrow">${msg(str`Objective ${n}`, { id: 'ob-objective-n' })}</span>
        <bdi>${o.title}</bdi>
      </div>
      ${
        o.actions.length > 0
          ? html`<div class="section actions" part="actions">
            ${section(msg('Actions', { id: 'ob-actions' }))}
            <p class="note">${msg('Choose an action to show only its practices.', { id: 'ob-actions-hint' })}</p>
            <ul class="action-list">
              <li>
                ${this.renderActionButton(
                  !action,
                  () => this.chooseAction(undefined),
                  msg('All actions', { id: 'all-actions' }),
                )}
              </li>
              ${o.actions.map(
                (a) => html`<li>
                  ${this.renderActionButton(
                    a === action,
                    () => this.chooseAction(a === action ? undefined : a.id),
                    html`<span class="letter" part="action-letter" dir="ltr">(${a.letter})</span>
                      <bdi>${a.title}</bdi>`,
                  )}
                </li>`,
              )}
            </ul>
            ${
              action && action.text !== action.title
                ? html`<p class="action-text" part="action-text" dir="auto">
                  ${action.text}
                </p>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${o.sdgTargets.length > 0 ? this.renderTargets(o, section(msg('SDG targets', { id: 'ob-targets' }))) : nothing}
      <div class="section practices" part="practices">
        ${section(msg('Practices', { id: 'practices' }))}
        ${
          o.practiceCount === 0
            ? // Nothing to search or filter: say so plainly instead of an empty catalogue.
              html`<p class="empty" part="empty">
                ${msg('The Repository has no practice under this objective yet.', { id: 'ob-empty' })}
              </p>`
            : this.renderCatalogue(o, action, sub)
        }
      </div>
    </section>`;
  }

  private renderCatalogue(o: ObjectiveWithCount, action: ObjectiveAction | undefined, sub: number) {
    return keyed(
      o.number,
      html`<gcm-practices
            part="catalogue"
            exportparts="status:catalogue-status,card-box:catalogue-card,card-title:catalogue-card-title"
            .objective=${String(o.number)}
            .action=${action?.id}
            .client=${this.data.clientFor(this.locale)}
            .syncPractice=${this.syncUrl}
            filters=${this.catalogueFilters()}
            page-size=${this.pageSize ?? nothing}
            href-template=${this.hrefTemplate ?? nothing}
            heading-level=${Math.min(6, sub + 1)}
            lang=${this.locale}
            theme=${this.theme ?? nothing}
          ></gcm-practices>`,
    );
  }

  private renderActionButton(pressed: boolean, onClick: () => void, label: unknown) {
    return html`<button
      class="action"
      part="button action-button"
      type="button"
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${onClick}
    >
      ${label}
    </button>`;
  }

  private renderTargets(o: ObjectiveWithCount, heading: unknown) {
    const taxonomies = this.taxonomyTask.value as Taxonomies | undefined;
    return html`<div class="section targets" part="targets">
      ${heading}
      <ul class="target-list">
        ${o.sdgTargets.map((id) => {
          const target = taxonomies?.sdgTargets.find((t) => t.id === id);
          return html`<li part="target">
            <span class="target-id" part="target-id">${id}</span>
            ${target ? html`<bdi>${target.text}</bdi>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** The catalogue's controls: never objective or action, which the browser sets. */
  private catalogueFilters(): string {
    const list = (this.filters ?? DEFAULT_FILTERS)
      .split(',')
      .map((c) => c.trim().toLowerCase())
      .filter((c) => c && c !== 'objective' && c !== 'action');
    return list.join(',') || 'none';
  }
}
