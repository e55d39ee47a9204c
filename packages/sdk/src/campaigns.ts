import {
  CampaignList,
  CampaignQuery,
  type CampaignQueryInput,
  DEFAULT_PAGE_SIZE,
  encodeQuery,
} from '@gcm-practices/contract';
import type { BaseClient } from './base-client.js';
import type { CallOptions } from './options.js';

const PATH = 'v1/campaigns';

/** `GET /v1/campaigns` query; `at` may also be a `Date`. */
export type CampaignListQuery = Omit<CampaignQueryInput, 'at'> & {
  /**
   * The day `active` is judged on. A `Date` is sent as its calendar date in
   * the runtime's time zone (the visitor's "today"); a string (`YYYY-MM-DD` or
   * an ISO date-time) is sent as it is. Default: today on the server (UTC).
   */
  at?: Date | string | undefined;
};

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `date`, `YYYY-MM-DD`: campaigns are days, not instants. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** Awareness days and calls for practices: `GET /v1/campaigns`. */
export function listCampaigns(
  client: BaseClient,
  query: CampaignListQuery = {},
  options: CallOptions = {},
): Promise<CampaignList> {
  const { at, ...rest } = query;
  const wire: CampaignQueryInput = {
    ...rest,
    ...(at !== undefined && { at: at instanceof Date ? localDate(at) : at }),
  };
  return client.getJson(PATH, CampaignList, {
    ...options,
    searchParams: encodeQuery(CampaignQuery, wire),
    maxItems: query.pageSize ?? DEFAULT_PAGE_SIZE,
  });
}

export interface CampaignsApi {
  list(query?: CampaignListQuery, options?: CallOptions): Promise<CampaignList>;
}

export function campaignsApi(client: BaseClient): CampaignsApi {
  return { list: (query, options) => listCampaigns(client, query, options) };
}
