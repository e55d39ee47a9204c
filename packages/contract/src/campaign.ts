import * as z from 'zod/mini';
import { HttpUrl, IsoDate, NonEmptyText, ObjectiveNumber, Slug } from './primitives.js';

export const CAMPAIGN_KINDS = ['awareness-day', 'call-for-practices'] as const;
export const CampaignKind = z.enum(CAMPAIGN_KINDS, `must be one of ${CAMPAIGN_KINDS.join(', ')}`);

export const CallToAction = z.object({
  label: NonEmptyText,
  url: HttpUrl,
});

/**
 * One occurrence of an awareness day or a call for practices.
 *
 * Dates are calendar dates: a banner decides "today" in the visitor's own time
 * zone, so the wire carries no instant that would pin it to one zone.
 */
export const Campaign = z
  .object({
    id: Slug,
    kind: CampaignKind,
    title: NonEmptyText,
    /** The occurrence's theme, when one has been announced. */
    theme: z.nullable(NonEmptyText),
    /** Plain-text description. */
    description: NonEmptyText,
    /** The awareness day itself; null for a call for practices. */
    observance: z.nullable(IsoDate),
    /**
     * First day the campaign is promoted (or the call accepts submissions); null when the
     * source does not give it. A campaign with no opening day is current up to `closes`.
     */
    opens: z.nullable(IsoDate),
    /** Last day the campaign is current: the observance, or the call's deadline. */
    closes: IsoDate,
    callToAction: z.nullable(CallToAction),
    objectives: z.array(ObjectiveNumber),
    /** `yearly` when the campaign comes back every year on the same date. */
    recurrence: z.nullable(z.literal('yearly')),
    /** Groups the yearly occurrences of one campaign: `world-day-against-trafficking`. */
    series: Slug,
  })
  .check(
    z.refine((c) => c.opens === null || c.opens <= c.closes, {
      error: 'opens must not be after closes',
      path: ['closes'],
    }),
    z.refine((c) => (c.kind === 'awareness-day') === (c.observance !== null), {
      error: 'an awareness day has an observance date and a call for practices has none',
      path: ['observance'],
    }),
  );

export type CampaignKind = z.infer<typeof CampaignKind>;
export type CallToAction = z.infer<typeof CallToAction>;
export type Campaign = z.infer<typeof Campaign>;
