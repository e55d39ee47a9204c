import type { Campaign, FieldError, SubmittedPracticeRecord } from '@gcm-practices/contract';
import type { CatalogueService } from '../catalogue/catalogue-service.js';
import type { SubmissionRecords } from '../store/submission-records.js';

/*
 * What only the catalogue knows: whether the countries, regions, actions,
 * principles and SDG targets a submission names exist, and whether the call
 * it answers is open. The contract has already checked their form.
 */

type Lists = Pick<
  SubmittedPracticeRecord,
  'countries' | 'regions' | 'actions' | 'principles' | 'sdgTargets'
>;

/** Field errors (`code: 'not-found'`) for unknown values, under `prefix` (`/practice` in a reply). */
export async function unknownTaxonomyValues(
  catalogue: CatalogueService,
  practice: Lists,
  prefix = '',
): Promise<FieldError[]> {
  const known = await catalogue.memo('submission-vocabularies', async () => {
    const t = await catalogue.taxonomies();
    return {
      countries: new Set(t.countries.map((c) => c.code)),
      regions: new Set(t.regions.map((r) => r.id)),
      actions: new Set(t.actions.map((a) => a.id)),
      principles: new Set(t.principles.map((p) => p.id)),
      sdgTargets: new Set(t.sdgTargets.map((s) => s.id)),
    };
  });
  const errors: FieldError[] = [];
  for (const field of Object.keys(known) as (keyof typeof known)[]) {
    practice[field].forEach((value, index) => {
      if (!known[field].has(value)) {
        errors.push({
          pointer: `${prefix}/${field}/${index}`,
          code: 'not-found',
          detail: `${JSON.stringify(value)} is not in the catalogue; /v1/taxonomies lists the known values`,
        });
      }
    });
  }
  return errors;
}

export type CallCheck =
  | { ok: true; campaign: Campaign | undefined }
  | { ok: false; error: FieldError }
  | { ok: false; closed: true; campaign: Campaign; detail: string };

/** Whether the call a submission answers exists and takes submissions on `today` (UTC). */
export async function checkCall(
  records: SubmissionRecords,
  id: string | null,
  today: string,
): Promise<CallCheck> {
  if (id === null) return { ok: true, campaign: undefined };
  const json = await records.campaignJson(id);
  if (json === undefined) {
    return {
      ok: false,
      error: {
        pointer: '/campaign',
        code: 'not-found',
        detail: `"${id}" is not a known call for practices; /v1/campaigns?kind=call-for-practices lists them`,
      },
    };
  }
  const campaign = JSON.parse(json) as Campaign;
  if (campaign.kind !== 'call-for-practices') {
    return {
      ok: false,
      error: {
        pointer: '/campaign',
        code: 'invalid',
        detail: `"${id}" is an ${campaign.kind.replaceAll('-', ' ')}, not a call for practices`,
      },
    };
  }
  if (today > campaign.closes) {
    return {
      ok: false,
      closed: true,
      campaign,
      detail: `The call "${campaign.title}" closed on ${campaign.closes}: it takes no more submissions. A practice can still be sent without a call (campaign: null).`,
    };
  }
  if (campaign.opens !== null && today < campaign.opens) {
    return {
      ok: false,
      closed: true,
      campaign,
      detail: `The call "${campaign.title}" opens on ${campaign.opens} and closes on ${campaign.closes}.`,
    };
  }
  return { ok: true, campaign };
}
