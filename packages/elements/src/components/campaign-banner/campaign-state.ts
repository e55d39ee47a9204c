import type { Campaign } from '@gcm-practices/contract';
import { daysBetween } from './calendar-day.js';

/**
 * What a banner says about a campaign on a given day: an awareness day still
 * ahead (`countdown`, `days` until it) or happening (`today`); a call for
 * practices accepting submissions (`open`, `days` left after today) or on its
 * deadline (`last-day`).
 */
export interface BannerState {
  name: 'countdown' | 'today' | 'open' | 'last-day';
  days: number;
}

/** The state of `campaign` on `day`, or undefined when there is nothing to show (not yet promoted, or over). */
export function stateOn(campaign: Campaign, day: string): BannerState | undefined {
  // ISO dates compare as strings. A campaign whose opening day is unknown is shown until it closes.
  if ((campaign.opens !== null && day < campaign.opens) || day > campaign.closes) return undefined;
  if (campaign.observance !== null) {
    const days = daysBetween(day, campaign.observance);
    if (days < 0) return undefined;
    return { name: days > 0 ? 'countdown' : 'today', days };
  }
  const days = daysBetween(day, campaign.closes);
  return { name: days > 0 ? 'open' : 'last-day', days };
}

export interface Picked {
  campaign: Campaign;
  state: BannerState;
}

/**
 * The campaign a banner shows on `day`, from `list`:
 * - `key` an occurrence id: that occurrence, and once a yearly one is over,
 *   the series' later occurrence when it is being promoted;
 * - `key` a series: its occurrence current on `day`;
 * - no `key`: any campaign in the list.
 *
 * When several are current, the one closing first wins (then the one opened
 * first, then by id): the nearer deadline is the more useful banner.
 * `skip` leaves out campaigns the visitor dismissed.
 */
export function pickCampaign(
  list: readonly Campaign[],
  key: string | undefined,
  day: string,
  skip: (campaign: Campaign) => boolean,
): Picked | undefined {
  const own = key ? list.find((c) => c.id === key) : undefined;
  const candidates = own
    ? list.filter(
        (c) =>
          c === own ||
          (own.recurrence === 'yearly' &&
            c.series === own.series &&
            (c.opens ?? c.closes) > own.closes),
      )
    : list.filter((c) => !key || c.series === key);
  let best: Picked | undefined;
  for (const campaign of candidates) {
    const state = stateOn(campaign, day);
    if (state && !skip(campaign) && (!best || order(campaign) < order(best.campaign))) {
      best = { campaign, state };
    }
  }
  return best;
}

/** Dates are fixed-width, so this string sorts by closing day, then opening day, then id. */
const order = (c: Campaign) => `${c.closes}${c.opens ?? c.closes}${c.id}`;
