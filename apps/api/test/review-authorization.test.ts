import { PROBLEM_CONTENT_TYPE } from '@gcm-practices/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { revokeReviewerToken } from '../src/index.js';
import { getJson, type JsonResponse, useServer } from './support/server.js';
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
let adminHeaders: Record<string, string>;
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
  adminHeaders = bearer(admin);
  Object.assign(as, {
    anonymous: {},
    submitter: bearer(own.token),
    'other submitter': bearer(other.token),
    reviewer: bearer(reviewer),
    admin: adminHeaders,
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

// Expected status per caller (rows) and route (columns, named as in `routes`); a 200 or 422
// means the caller got through. Columns are two or more spaces apart, as caller names hold one.
const MATRIX = `
  caller              me   list  get  decide  unpublish  audit  status  reply
  anonymous           401  401   401  401     401        401    401     401
  submitter           401  401   401  401     401        401    200     422
  other submitter     401  401   401  401     401        401    404     404
  reviewer            200  200   200  422     403        403    404     404
  admin               200  200   200  422     422        200    404     404
  revoked             401  401   401  401     401        401    404     404
  lower-case scheme   200  200   200  422     403        403    404     404
  basic scheme        401  401   401  401     401        401    401     401
  no token            401  401   401  401     401        401    401     401
  two tokens          401  401   401  401     401        401    401     401
  bad prefix          401  401   401  401     401        401    401     401
  forged secret       401  401   401  401     401        401    404     404
`;

function parseMatrix(text: string) {
  const [header, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s{2,}/));
  const columns = (header as string[]).slice(1);
  return {
    columns,
    rows: rows.map(([caller, ...statuses]): [string, Record<string, number>] => [
      caller as string,
      Object.fromEntries(
        statuses.map((status, i) => [columns[i] ?? `column ${i + 2}`, Number(status)]),
      ),
    ]),
  };
}

function request(route: Route, headers: Record<string, string>): Promise<JsonResponse> {
  return route.method === 'GET'
    ? getJson(server.current, route.path(), { headers })
    : send(server.current, route.path(), {}, headers);
}

// What any of these calls could change: the submission as an admin sees it, and the audit log.
async function state() {
  const [submission, audit] = await Promise.all([
    getJson(server.current, routes.get!.path(), { headers: adminHeaders }),
    getJson(server.current, routes.audit!.path(), { headers: adminHeaders }),
  ]);
  return { submission: submission.body, audit: audit.body };
}

describe('authorization matrix', () => {
  const { columns, rows } = parseMatrix(MATRIX);

  it('holds a column for every route and a row for every caller', () => {
    expect(columns).toEqual(Object.keys(routes));
    expect(rows.map(([caller]) => caller)).toEqual(Object.keys(as));
  });

  for (const [caller, expected] of rows) {
    it(`${caller}`, async () => {
      const headers = as[caller] as Record<string, string>;
      const before = await state();
      const seen: Record<string, number> = {};
      for (const [name, route] of Object.entries(routes)) {
        const response = await request(route, headers);
        seen[name] = response.status;
        if (response.status >= 400) {
          // Every refusal is an RFC 9457 problem that states its own status.
          expect(response.headers.get('content-type'), name).toContain(PROBLEM_CONTENT_TYPE);
          expect((response.body as { status?: unknown }).status, name).toBe(response.status);
        }
        if (response.status === 401 && name !== 'status' && name !== 'reply') {
          expect(response.headers.get('www-authenticate'), name).toMatch(/^Bearer realm="review"/);
        }
        if (route.path().startsWith('/v1/review/')) {
          expect(response.headers.get('cache-control'), name).toBe('no-store');
        }
      }
      expect(seen).toEqual(expected);
      expect(await state(), 'nothing changed').toEqual(before);
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
