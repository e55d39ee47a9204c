import { beforeAll, describe, expect, it } from 'vitest';
import { revokeReviewerToken } from '../src/index.js';
import { getJson, useServer } from './support/server.js';
import { bearer, type Receipt, send, submission, token } from './support/submissions.js';

/*
 * Who may do what, route by route: anonymous, a submitter's token (their own
 * submission, or another's), a reviewer, an admin, a revoked token and
 * malformed Authorization headers. Bodies are empty objects, so a caller who
 * gets through meets the 422 of the body check and nothing changes.
 */

const server = useServer({ submissions: { rateLimit: undefined } });

let own: Receipt;
let other: Receipt;
const as: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  const submit = async (title: string) =>
    (await send<Receipt>(server.current, '/v1/submissions', submission(title))).body;
  own = await submit('Own submission');
  other = await submit('Another submission');
  const reviewer = await token(server.current, 'Rita Reviewer');
  const admin = await token(server.current, 'Adam Admin', 'admin');
  const revoked = await token(server.current, 'Gone Reviewer');
  await revokeReviewerToken(server.current.store, revoked.split('_')[1] as string);
  Object.assign(as, {
    anonymous: {},
    submitter: bearer(own.token),
    'other submitter': bearer(other.token),
    reviewer: bearer(reviewer),
    admin: bearer(admin),
    revoked: bearer(revoked),
    'lower-case scheme': { Authorization: `bearer ${reviewer}` },
    'basic scheme': { Authorization: 'Basic cml0YTpzZWNyZXQ=' },
    'no token': { Authorization: 'Bearer' },
    'two tokens': { Authorization: `Bearer ${reviewer} ${admin}` },
    'bad prefix': { Authorization: `Token ${reviewer}` },
    'forged secret': { Authorization: `${bearer(reviewer).Authorization.slice(0, -4)}AAAA` },
  });
});

type Route = { method: 'GET' | 'POST'; path: () => string };
const routes: Record<string, Route> = {
  me: { method: 'GET', path: () => '/v1/review/me' },
  list: { method: 'GET', path: () => '/v1/review/submissions' },
  get: { method: 'GET', path: () => `/v1/review/submissions/${own.id}` },
  decide: { method: 'POST', path: () => `/v1/review/submissions/${own.id}/decisions` },
  unpublish: { method: 'POST', path: () => `/v1/review/submissions/${own.id}/unpublish` },
  audit: { method: 'GET', path: () => '/v1/review/audit' },
  status: { method: 'GET', path: () => `/v1/submissions/${own.id}` },
  reply: { method: 'POST', path: () => `/v1/submissions/${own.id}/replies` },
};

// Expected status per caller and route; a 200/422 means the caller got through.
const matrix: Record<string, Record<keyof typeof routes, number>> = {
  anonymous: {
    me: 401,
    list: 401,
    get: 401,
    decide: 401,
    unpublish: 401,
    audit: 401,
    status: 401,
    reply: 401,
  },
  submitter: {
    me: 401,
    list: 401,
    get: 401,
    decide: 401,
    unpublish: 401,
    audit: 401,
    status: 200,
    reply: 422,
  },
  'other submitter': {
    me: 401,
    list: 401,
    get: 401,
    decide: 401,
    unpublish: 401,
    audit: 401,
    status: 404,
    reply: 404,
  },
  reviewer: {
    me: 200,
    list: 200,
    get: 200,
    decide: 422,
    unpublish: 403,
    audit: 403,
    status: 404,
    reply: 404,
  },
  admin: {
    me: 200,
    list: 200,
    get: 200,
    decide: 422,
    unpublish: 422,
    audit: 200,
    status: 404,
    reply: 404,
  },
  revoked: {
    me: 401,
    list: 401,
    get: 401,
    decide: 401,
    unpublish: 401,
    audit: 401,
    status: 404,
    reply: 404,
  },
  'lower-case scheme': {
    me: 200,
    list: 200,
    get: 200,
    decide: 422,
    unpublish: 403,
    audit: 403,
    status: 404,
    reply: 404,
  },
  'basic scheme': {
    me: 401,
    list: 401,
    get: 401,
    decide: 401,
    unpublish: 401,
    audit: 401,
    status: 401,
    reply: 401,
  },
  'no token': {
    me: 401,
    list: 401,
    get: 401,
    decide: 401,
    unpublish: 401,
    audit: 401,
    status: 401,
    reply: 401,
  },
  'two tokens': {
    me: 401,
    list: 401,
    get: 401,
    decide: 401,
    unpublish: 401,
    audit: 401,
    status: 401,
    reply: 401,
  },
  'bad prefix': {
    me: 401,
    list: 401,
    get: 401,
    decide: 401,
    unpublish: 401,
    audit: 401,
    status: 401,
    reply: 401,
  },
  'forged secret': {
    me: 401,
    list: 401,
    get: 401,
    decide: 401,
    unpublish: 401,
    audit: 401,
    status: 404,
    reply: 404,
  },
};

describe('authorization matrix', () => {
  for (const [caller, expected] of Object.entries(matrix)) {
    it(`${caller}`, async () => {
      const seen: Record<string, number> = {};
      for (const [name, route] of Object.entries(routes)) {
        const headers = as[caller] as Record<string, string>;
        const response =
          route.method === 'GET'
            ? await getJson(server.current, route.path(), { headers })
            : await send(server.current, route.path(), {}, headers);
        seen[name] = response.status;
        if (response.status === 401 && name !== 'status' && name !== 'reply') {
          expect(response.headers.get('www-authenticate'), name).toMatch(/^Bearer realm="review"/);
        }
        if (route.path().startsWith('/v1/review/')) {
          expect(response.headers.get('cache-control'), name).toBe('no-store');
        }
      }
      expect(seen).toEqual(expected);
    });
  }

  it('opens a submission with its token in the query too, and only that one', async () => {
    const mine = await getJson(server.current, `/v1/submissions/${own.id}?token=${own.token}`);
    expect(mine.status).toBe(200);
    const theirs = await getJson(server.current, `/v1/submissions/${other.id}?token=${own.token}`);
    expect(theirs.status).toBe(404);
    const unknown = await getJson(
      server.current,
      `/v1/submissions/00000000-0000-4000-8000-000000000000?token=${own.token}`,
    );
    expect(unknown.status).toBe(404);
    const notAnId = await getJson(
      server.current,
      `/v1/submissions/../practices?token=${own.token}`,
    );
    expect(notAnId.status).not.toBe(200);
  });
});
