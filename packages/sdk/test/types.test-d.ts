import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApiError,
  type Campaign,
  type CampaignList,
  type Client,
  type ContractMismatchError,
  createClient,
  isApiError,
  isContractMismatchError,
  isNotFoundError,
  isRateLimitedError,
  type NotFoundError,
  type ObjectiveList,
  type ObjectiveWithCount,
  type Practice,
  type PracticeList,
  type RateLimitedError,
  type Resource,
  type ResourceList,
  type Taxonomies,
} from '../src/index.js';

const client: Client = createClient({ baseUrl: 'https://api.example.org' });

describe('inferred types', () => {
  it('returns the contract types', () => {
    expectTypeOf(client.practices.list({ objective: [10] })).resolves.toEqualTypeOf<PracticeList>();
    expectTypeOf(client.practices.get('x')).resolves.toEqualTypeOf<Practice>();
    expectTypeOf(client.objectives.list()).resolves.toEqualTypeOf<ObjectiveList>();
    expectTypeOf(client.objectives.get(10)).resolves.toEqualTypeOf<ObjectiveWithCount>();
    expectTypeOf(client.resources.list()).resolves.toEqualTypeOf<ResourceList>();
    expectTypeOf(client.resources.get('x')).resolves.toEqualTypeOf<Resource>();
    expectTypeOf(client.campaigns.list({ active: true })).resolves.toEqualTypeOf<CampaignList>();
    expectTypeOf(client.taxonomies.get()).resolves.toEqualTypeOf<Taxonomies>();
    expectTypeOf<CampaignList['data'][number]>().toEqualTypeOf<Campaign>();
  });

  it('iterate yields Practice', async () => {
    for await (const practice of client.practices.iterate({ objective: [10] })) {
      expectTypeOf(practice).toEqualTypeOf<Practice>();
    }
    for await (const resource of client.resources.iterate()) {
      expectTypeOf(resource).toEqualTypeOf<Resource>();
    }
  });

  it('facets are keyed by the facet names', async () => {
    const page = await client.practices.list({ facets: ['objective'] });
    expectTypeOf(page.facets).toEqualTypeOf<
      | Partial<
          Record<
            | 'objective'
            | 'action'
            | 'principle'
            | 'country'
            | 'region'
            | 'implementerType'
            | 'sdgTarget'
            | 'status'
            | 'featured',
            { value: string; label: string; count: number }[]
          >
        >
      | undefined
    >();
  });
});

describe('queries are checked at compile time', () => {
  it('accepts well-typed filters', () => {
    client.practices.list({
      q: 'trafficking',
      objective: [10, 11],
      action: ['10a'],
      status: ['ongoing'],
      implementerType: ['civil-society'],
      featured: true,
      sort: 'newest',
      facets: ['region'],
      page: 2,
      pageSize: 50,
    });
    client.campaigns.list({ active: true, at: new Date() });
    client.campaigns.list({ active: true, at: '2025-07-30', kind: ['awareness-day'] });
    client.practices.get('x', { signal: AbortSignal.timeout(1000) });
  });

  it('rejects unknown keys and wrong types', () => {
    // @ts-expect-error: unknown key (typo of objective)
    client.practices.list({ objectiv: [10] });
    // @ts-expect-error: objective takes numbers, not strings
    client.practices.list({ objective: '10' });
    // @ts-expect-error: objective is repeatable: an array even for one value
    client.practices.list({ objective: 10 });
    // @ts-expect-error: not a sort order
    client.practices.list({ sort: 'bogus' });
    // @ts-expect-error: not a status
    client.practices.list({ status: ['finished'] });
    // @ts-expect-error: not an implementer type
    client.practices.iterate({ implementerType: ['ngo'] });
    // @ts-expect-error: featured is a boolean
    client.practices.list({ featured: 'yes' });
    // @ts-expect-error: resources have no status filter
    client.resources.list({ status: ['ongoing'] });
    // @ts-expect-error: active is a boolean
    client.campaigns.list({ active: 'true' });
    // @ts-expect-error: at is a Date or a string
    client.campaigns.list({ at: 20250730 });
    // @ts-expect-error: objectives are numbers
    client.objectives.get('10');
    // @ts-expect-error: the last argument only takes call options
    client.practices.get('x', { cache: 'no-store' });
    // Per-call overrides next to the signal.
    client.practices.get('x', { timeout: 5, retry: false, headers: { 'x-trace': '1' } });
  });
});

describe('error guards narrow', () => {
  it('narrows unknown to each error class', () => {
    const error: unknown = new Error('x');
    if (isApiError(error)) {
      expectTypeOf(error).toEqualTypeOf<ApiError>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
    }
    if (isNotFoundError(error)) expectTypeOf(error).toEqualTypeOf<NotFoundError>();
    if (isRateLimitedError(error)) {
      expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>();
      expectTypeOf(error).toEqualTypeOf<RateLimitedError>();
    }
    if (isContractMismatchError(error)) {
      expectTypeOf(error.issues).toEqualTypeOf<readonly { path: string; message: string }[]>();
      expectTypeOf(error).toEqualTypeOf<ContractMismatchError>();
    }
  });
});
