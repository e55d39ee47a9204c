import { Problem, SubmissionConsent, SubmittedPractice, Submitter } from '@gcm-practices/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { useServer } from './support/server.js';
import { send, submission } from './support/submissions.js';

/*
 * Random bodies for POST /v1/submissions: valid submissions with fields
 * replaced by hostile values, and arbitrary JSON. The API never answers 5xx,
 * every refusal is a problem naming what to fix, and every submission it
 * stores keeps the contract.
 */

const server = useServer({ submissions: { rateLimit: undefined } });

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0007b',
    '\uD800',
    'line\nbreak',
    '<script>alert(1)</script>',
    "'; DROP TABLE submissions; --",
    'javascript:alert(1)',
    'x'.repeat(5000),
  ),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, -1, 0, 1e308, 2.5, [], {}, [null]) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 5 }) },
);

const FIELDS = [
  'lang',
  'title',
  'summary',
  'sections',
  'takeaway',
  'implementers',
  'partners',
  'countries',
  'regions',
  'objectives',
  'actions',
  'principles',
  'sdgTargets',
  'period',
  'status',
  'results',
  'links',
  'campaign',
  'submitter',
  'consent',
  'honeypot',
  'fillSeconds',
  'extra',
];

/** A valid submission with some fields replaced (or removed), some nested values too. */
/** Mostly left alone (null), sometimes replaced: most bodies then break one or two rules. */
const sometimes = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });

const mutated = fc
  .record({
    title: fc.string({ minLength: 1, maxLength: 30 }),
    replace: sometimes(
      fc.dictionary(fc.constantFrom(...FIELDS), fc.option(hostileValue), {
        minKeys: 1,
        maxKeys: 3,
      }),
    ),
    implementerName: sometimes(hostileText),
    email: sometimes(hostileText),
    linkUrl: sometimes(hostileText),
  })
  .map(({ title, replace, implementerName, email, linkUrl }) => {
    const body: Record<string, unknown> = { ...submission(`Fuzz ${title}`) };
    if (implementerName !== null)
      body.implementers = [{ name: implementerName, type: 'government' }];
    if (email !== null) body.submitter = { ...(body.submitter as object), email };
    if (linkUrl !== null) body.links = [{ label: 'Site', url: linkUrl }];
    for (const [field, value] of Object.entries(replace ?? {})) {
      if (value === null) delete body[field];
      else body[field] = value;
    }
    return JSON.stringify(body);
  });

const anyJson = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value));
const notJson = fc.string({ maxLength: 60 });

describe('POST /v1/submissions with random bodies', () => {
  it('never answers 5xx, and names a problem for every refusal', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 6, arbitrary: mutated },
          { weight: 1, arbitrary: anyJson },
          { weight: 1, arbitrary: notJson },
        ),
        async (body) => {
          const response = await send(server.current, '/v1/submissions', body);
          expect(response.status, body.slice(0, 300)).toBeLessThan(500);
          if (response.status !== 202) {
            expect([400, 409, 422]).toContain(response.status);
            const problem = z.parse(Problem, response.body);
            if (response.status === 422) expect(problem.errors?.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 250 },
    );
  });

  it('stored only submissions that keep the contract', async () => {
    const { rows, total } = await server.current.store.submissions.listSubmissions({
      statuses: [],
      limit: 10_000,
      offset: 0,
    });
    // Some random bodies are valid: the property has been exercised both ways.
    expect(total).toBeGreaterThan(0);
    for (const row of rows) {
      expect(z.safeParse(SubmittedPractice, JSON.parse(row.practice)).success, row.practice).toBe(
        true,
      );
      expect(z.safeParse(Submitter, JSON.parse(row.submitter)).success).toBe(true);
      expect(z.safeParse(SubmissionConsent, JSON.parse(row.consent)).success).toBe(true);
      expect(row.status).toBe('submitted');
    }
  });
});
