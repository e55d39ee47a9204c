import type { Campaign } from '@gcm-practices/contract';
import { listCampaigns } from '@gcm-practices/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, type PracticesClient } from '../../shared/data-controller.js';
import { emit } from '../../shared/events.js';
import { formatNumber, plural } from '../../shared/format.js';
import { GcmElement } from '../../shared/gcm-element.js';
import { httpUrl } from '../../shared/http-url.js';
import { loadTask } from '../../shared/load-task.js';
import { msg, str } from '../../shared/localization.js';
import { base, tokens } from '../../shared/theme.js';
import { formatDay, today } from './calendar-day.js';
import { styles } from './campaign-banner.styles.js';
import { type BannerState, type Picked, pickCampaign } from './campaign-state.js';
import { isDismissed, rememberDismissal } from './dismissal.js';

/** Detail of `gcm-campaign-action`. */
export interface CampaignActionDetail {
  campaign: Campaign;
  url: string;
}

/** Detail of `gcm-campaign-dismiss`. */
export interface CampaignDismissDetail {
  campaign: Campaign;
}

// Every time zone in use is offset from UTC by a multiple of 15 minutes, so a
// day can only begin on a quarter hour: checking then keeps "today" current.
const QUARTER_HOUR = 900_000;

/**
 * Focus what Tab would reach after `el`, else the closest focusable before it,
 * so a keyboard user whose banner disappears is not sent back to the top of the page.
 */
function focusNeighbour(el: Element): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const focusable = [...root.querySelectorAll<HTMLElement>('*')].filter((e) => e.tabIndex >= 0);
  const after = focusable.filter(
    (e) => el.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const before = focusable.filter(
    (e) => el.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING,
  );
  for (const e of [...after, ...before.reverse()]) {
    e.focus();
    if (root.activeElement === e) return;
  }
}

/**
 * A banner for an awareness day or a call for practices, aware of the date in
 * the visitor's time zone: before an awareness day it counts down ("in 12
 * days", "tomorrow"), on the day it says "today"; during a call for practices
 * it gives the deadline and the days left. Outside those windows, when the
 * visitor has dismissed it, while loading and when the API fails, it renders
 * nothing at all: the host takes no space.
 *
 * @summary A banner for an awareness day or a call for practices: it counts down to the day or to the deadline, and shows nothing between campaigns. Use it at the top of a page that should carry the current campaign.
 *
 * @tagname gcm-campaign-banner
 *
 * @attr campaign - An occurrence id (`world-day-against-trafficking-2026`) or a series (`world-day-against-trafficking`). Without it, the campaign the API says is current.
 * @attr now - The instant to show the banner at, for previews and tests: an ISO date (`2026-07-18`, that day wherever the visitor is) or date-time (`2026-07-29T23:30:00Z`, dated in `time-zone`). Default: the current time.
 * @attr time-zone - IANA time zone that decides "today" (`Asia/Tokyo`). Default, and fallback for an unknown name: the visitor's.
 * @attr variant - `info` (default) or `urgent` (stronger colours).
 * @attr action-href - For a call for practices: where "Submit a practice" leads instead of the campaign's own call to action, such as the page holding a `<gcm-practice-form>`. Relative to the page.
 * @attr api - Base URL of the practices API (else `<meta name="gcm-practices-api">`, else the bundle's default).
 * @attr lang - Language (`en`, `fr`, `es`, `ar`); else the closest ancestor's `lang`, else `<html lang>`.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the system setting.
 *
 * @fires {CustomEvent<CampaignActionDetail>} gcm-campaign-action - The call-to-action link was clicked. `detail: { campaign, url }`. Cancelable: `preventDefault()` stops a plain click from navigating, for pages that handle it themselves.
 * @fires {CustomEvent<CampaignDismissDetail>} gcm-campaign-dismiss - The visitor dismissed the banner. `detail: { campaign }`.
 * @fires {CustomEvent<ErrorDetail>} gcm-error - Loading the campaigns failed; the banner stays empty. `detail: { error }`.
 *
 * @csspart banner - The banner's box (a region named by the title).
 * @csspart title - The campaign's title.
 * @csspart theme - The occurrence's theme, when it has one.
 * @csspart when - The date line: the day, or the deadline of a call.
 * @csspart countdown - "In 12 days", "Today", "12 days left", "Last day today".
 * @csspart action - The call-to-action link.
 * @csspart dismiss - The dismiss button.
 *
 * @cssstate visible - A campaign is on display (the host is `display: none` otherwise).
 * @cssstate countdown - An awareness day is ahead.
 * @cssstate today - An awareness day is today.
 * @cssstate open - A call for practices accepts submissions.
 * @cssstate last-day - Today is a call's deadline.
 *
 * @cssproperty --gcm-color-primary - Accent bar, countdown, call-to-action (info).
 * @cssproperty --gcm-color-on-primary - Text on the primary colour.
 * @cssproperty --gcm-color-danger - Background of the urgent variant.
 * @cssproperty --gcm-color-text - Text colour.
 * @cssproperty --gcm-color-surface - Text of the urgent variant.
 * @cssproperty --gcm-color-surface-alt - Background of the info variant.
 * @cssproperty --gcm-color-focus - Focus ring.
 * @cssproperty --gcm-font-family - Font (default: inherited from the page).
 * @cssproperty --gcm-font-size - Base text size, every size inside scaling with it (default `medium`, the visitor's browser setting; the page's own font sizes do not reach inside).
 * @cssproperty --gcm-radius - Corner radius.
 * @cssproperty --gcm-space - Base spacing unit.
 * @cssproperty --gcm-campaign-banner-background - Banner background.
 * @cssproperty --gcm-campaign-banner-color - Banner text colour.
 * @cssproperty --gcm-campaign-banner-accent - Accent bar, countdown and call-to-action colour.
 * @cssproperty --gcm-campaign-banner-on-accent - Text on the accent colour.
 * @cssproperty --gcm-campaign-banner-border - Banner border (default none; the info variant has an accent bar at the start).
 * @cssproperty --gcm-campaign-banner-radius - Corner radius (default `--gcm-radius`).
 * @cssproperty --gcm-campaign-banner-padding - Padding (default `--gcm-space`).
 */
export class GcmCampaignBanner extends GcmElement {
  static override styles = [tokens, base, styles];

  /** The campaign to show: one year's (`world-day-against-trafficking-2026`) or a series, every year's (`world-day-against-trafficking`). Without it, whichever campaign is current. */
  @property() campaign: string | undefined;

  /** Show the banner as on this date (YYYY-MM-DD or a date and time) instead of today: for previews and tests. */
  @property() now: string | undefined;

  /** The time zone that decides which day is today (`Europe/Paris`); the visitor's by default. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** The banner's style: `info` (the default) or `urgent`, in stronger colours. */
  @property() variant: 'info' | 'urgent' = 'info';

  /** For a call for practices: your page with the submission form, where "Submit a practice" leads instead of the call's own page. */
  @property({ attribute: 'action-href' }) actionHref: string | undefined;

  /** Address of the practices API; without it, the page's `<meta name="gcm-practices-api">`, else the bundle's default. */
  @property() api: string | undefined;

  /** An SDK client to use instead of one built from `api`. */
  @property({ attribute: false }) client: PracticesClient | undefined;

  private readonly data = new DataController(this);
  private readonly internals = this.attachInternals();
  private shown: Picked | undefined;
  private day = '';
  private closed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  // With a `campaign`, the whole (small) list, so the banner can roll over to a
  // series' next occurrence; without one, what the API says is active today.
  private readonly task = loadTask(this, {
    task: async ([key, day, client], { signal }) => {
      const query = key ? { pageSize: 100 } : { active: true, at: day, pageSize: 100 };
      return (await listCampaigns(client, query, { signal })).data;
    },
    args: () => {
      const key = this.campaign?.trim() || undefined;
      return [key, key ? '' : this.day, this.data.clientFor(this.locale)] as const;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private tick(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.requestUpdate();
        this.tick();
      },
      QUARTER_HOUR - (Date.now() % QUARTER_HOUR) + 1000,
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('campaign')) this.closed = false;
    this.day = today(this.now, this.timeZone);
    const list = this.task.value;
    this.shown =
      list && !this.closed
        ? pickCampaign(list, this.campaign?.trim(), this.day, (c) => isDismissed(c.id))
        : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Without CustomStateSet (browsers before 2024) the banner stays hidden rather than break.
    const states = this.internals.states;
    if (!states) return;
    for (const name of ['visible', 'countdown', 'today', 'open', 'last-day']) {
      if (this.shown && (name === 'visible' || name === this.shown.state.name)) states.add(name);
      else states.delete(name);
    }
  }

  override render() {
    if (!this.shown) return nothing;
    const { campaign: c, state } = this.shown;
    const locale = this.locale;
    const day = c.observance ?? c.closes;
    const action = this.actionOf(c);
    return html`<section
      class="root banner ${this.variant === 'urgent' ? 'urgent' : 'info'}"
      part="banner"
      dir=${this.direction}
      lang=${locale}
      aria-labelledby="title"
    >
      <div class="content">
      <div class="text">
        <p class="title" part="title" id="title" dir="auto">${c.title}</p>
        ${c.theme ? html`<p class="theme" part="theme" dir="auto">${c.theme}</p>` : nothing}
        <p class="when" part="when">
          <span>${c.observance ? nothing : msg('Deadline:', { id: 'cb-deadline' })}
            <time datetime=${day}>${formatDay(locale, day)}</time></span>
          <span class="countdown" part="countdown">${this.countdown(state)}</span>
        </p>
      </div>
      ${
        action
          ? html`<a
            class="button action"
            part="action"
            dir="auto"
            href=${action.url}
            @click=${(e: MouseEvent) => this.onAction(e, c, action.url)}
            >${action.label}</a
          >`
          : nothing
      }
      </div>
      <button
        class="dismiss"
        part="dismiss"
        type="button"
        aria-label=${msg('Dismiss banner', { id: 'cb-dismiss' })}
        @click=${() => this.dismiss(c)}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
          <path d="M5 5l10 10M15 5 5 15" />
        </svg>
      </button>
    </section>`;
  }

  /** The call to action: the page's own form for a call, with `action-href`; else the campaign's. */
  private actionOf(campaign: Campaign): Campaign['callToAction'] {
    const own = this.actionHref?.trim();
    if (own && campaign.kind === 'call-for-practices') {
      let url: string | undefined;
      try {
        url = httpUrl(new URL(own, this.ownerDocument.baseURI).href);
      } catch {}
      if (url) return { label: msg('Submit a practice', { id: 'cb-submit' }), url };
    }
    return campaign.callToAction;
  }

  private countdown({ name, days }: BannerState): string {
    const locale = this.locale;
    if (name === 'last-day') return msg('Last day today', { id: 'cb-last-day' });
    if (name === 'open') {
      const n = formatNumber(locale, days);
      // `one` and `two` only ever stand for 1 and 2 here, which lets Arabic say
      // "يوم واحد" and "يومان" without a digit.
      return plural(locale, days, {
        one: () => msg('1 day left', { id: 'cb-days-left-one' }),
        two: () => msg('2 days left', { id: 'cb-days-left-two' }),
        few: () => msg(str`${n} days left`, { id: 'cb-days-left-few' }),
        many: () => msg(str`${n} days left`, { id: 'cb-days-left-many' }),
        other: () => msg(str`${n} days left`, { id: 'cb-days-left-other' }),
      });
    }
    // "in 12 days", "tomorrow", "today", in the language's own words and digits.
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
  }

  private onAction(event: MouseEvent, campaign: Campaign, url: string): void {
    const proceed = emit<CampaignActionDetail>(
      this,
      'campaign-action',
      { campaign, url },
      { cancelable: true },
    );
    // A modified click (new tab, new window) does what the visitor asked.
    const plain = !(
      event.button ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    );
    if (!proceed && plain) event.preventDefault();
  }

  private dismiss(campaign: Campaign): void {
    rememberDismissal(campaign.id, this.day);
    if (this.matches(':focus-within')) focusNeighbour(this);
    // Hidden for the rest of the page's life, even if another campaign is current too.
    this.closed = true;
    this.requestUpdate();
    emit<CampaignDismissDetail>(this, 'campaign-dismiss', { campaign });
  }
}
