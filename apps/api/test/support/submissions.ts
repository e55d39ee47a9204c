import { Campaign, type ReviewerRole, type SubmissionInput } from '@gcm-practices/contract';
import * as z from 'zod/mini';
import type { RunningServer } from '../../src/index.js';
import { createReviewerToken } from '../../src/submissions/reviewer-tokens.js';
import { getJson, type JsonResponse } from './server.js';

/** A submission every check accepts; `title` makes it findable. */
export function submission(
  title: string,
  overrides: Partial<SubmissionInput> = {},
): SubmissionInput {
  return {
    lang: 'en',
    title,
    summary: 'A free hotline that answers people planning to migrate, in six languages.',
    sections: { context: 'Recruiters lured workers with false offers.', aims: 'Safe journeys.' },
    implementers: [{ name: 'Safe Journeys Network', type: 'civil-society' }],
    countries: ['BRA'],
    objectives: [10, 7],
    actions: ['10a'],
    period: { start: 2021, end: null },
    results: ['1 200 calls answered in the first year.'],
    links: [{ label: 'Project site', url: 'https://example.org/safe-journeys' }],
    submitter: { name: 'Ana Lima', email: 'ana.lima@example.org', organisation: 'Safe Journeys' },
    consent: { contact: true, publication: true },
    fillSeconds: 240,
    ...overrides,
  };
}

/** A call for practices, written to the catalogue as an operator's import would. */
export function call(id: string, opens: string | null, closes: string): Campaign {
  return z.parse(Campaign, {
    id,
    kind: 'call-for-practices',
    series: id,
    title: `Call for practices ${id}`,
    theme: null,
    description: 'Practices that protect people from trafficking.',
    observance: null,
    opens,
    closes,
    objectives: [10],
    callToAction: null,
    recurrence: null,
  });
}

export async function addCampaigns(server: RunningServer, campaigns: Campaign[]): Promise<void> {
  await server.store.transaction(async (tx) => {
    await tx.catalogue.writeCampaigns(campaigns);
  });
}

export async function token(
  server: RunningServer,
  name: string,
  role: ReviewerRole = 'reviewer',
): Promise<string> {
  return (await createReviewerToken(server.store, name, role)).token;
}

export const bearer = (value: string) => ({ Authorization: `Bearer ${value}` });

export function send<T = unknown>(
  server: RunningServer,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse<T>> {
  return getJson<T>(server, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface Receipt {
  id: string;
  reference: string;
  status: string;
  statusUrl: string;
  token: string;
}
