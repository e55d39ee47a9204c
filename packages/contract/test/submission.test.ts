import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  checkFields,
  DecisionInput,
  type FieldError,
  fromPointer,
  SUBMISSION_LIMITS,
  SUBMISSION_SECTIONS,
  type SubmissionInput,
  SubmissionInput as SubmissionInputSchema,
  SubmissionReplyInput,
  SubmittedPractice,
  toPointer,
} from '../src/index.js';

beforeAll(() => {
  z.config({ jitless: true });
});

const minimal: SubmissionInput = {
  lang: 'en',
  title: 'Safe journeys hotline',
  summary: 'A free hotline that answers people planning to migrate.',
  implementers: [{ name: 'Safe Journeys', type: 'civil-society' }],
  objectives: [10],
  submitter: { name: 'Ana Lima', email: 'ana@example.org', organisation: 'Safe Journeys' },
  consent: { contact: true, publication: true },
};

function errorsOf(input: unknown): FieldError[] {
  const result = checkFields(SubmissionInputSchema, input);
  return result.success ? [] : result.errors;
}

const pointers = (input: unknown) => errorsOf(input).map((e) => e.pointer);

describe('SubmissionInput', () => {
  it('accepts the smallest submission and fills in the optional fields', () => {
    const result = checkFields(SubmissionInputSchema, minimal);
    expect(result.success).toBe(true);
    expect(result.success && result.data).toMatchObject({
      sections: {},
      takeaway: null,
      partners: [],
      countries: [],
      actions: [],
      period: { start: null, end: null },
      status: null,
      results: [],
      links: [],
      campaign: null,
    });
  });

  it('trims texts and writes line breaks as \\n', () => {
    const result = checkFields(SubmissionInputSchema, {
      ...minimal,
      title: '  Safe journeys  ',
      summary: 'One.\r\nTwo.\rThree.',
    });
    expect(result.success && [result.data.title, result.data.summary]).toEqual([
      'Safe journeys',
      'One.\nTwo.\nThree.',
    ]);
  });

  it('names every invalid field at once, with pointers into the body', () => {
    const errors = errorsOf({
      ...minimal,
      title: '',
      implementers: [
        { name: 'Ok', type: 'government' },
        { name: ' ', type: 'club' },
      ],
      countries: ['BRA', 'br', 'BRA'],
      links: [{ label: 'Site', url: 'javascript:alert(1)' }],
      submitter: { name: 'Ana', email: 'not-an-address', organisation: 'X' },
      consent: { contact: true, publication: false },
      colour: 'blue',
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { pointer: '/title', code: 'required', detail: 'must not be empty', limit: 1 },
        expect.objectContaining({ pointer: '/implementers/1/name', code: 'required' }),
        expect.objectContaining({ pointer: '/implementers/1/type', code: 'invalid' }),
        expect.objectContaining({ pointer: '/countries/1', code: 'format' }),
        expect.objectContaining({
          pointer: '/links/0/url',
          detail: 'must be an absolute http(s) URL',
        }),
        expect.objectContaining({ pointer: '/submitter/email', code: 'format' }),
        expect.objectContaining({ pointer: '/consent/publication', code: 'invalid' }),
        { pointer: '/colour', code: 'unknown-field', detail: 'is not a field of this request' },
      ]),
    );
    // The duplicate country waits until the list is well formed.
    expect(pointers({ ...minimal, countries: ['BRA', 'ARG', 'BRA'] })).toEqual(['/countries/2']);
  });

  it('says a missing field is required, and a wrong type what it should be', () => {
    const { title: _title, ...untitled } = minimal;
    expect(errorsOf(untitled)).toEqual([
      { pointer: '/title', code: 'required', detail: 'is required' },
    ]);
    expect(errorsOf({ ...minimal, objectives: '10' })).toEqual([
      { pointer: '/objectives', code: 'type', detail: 'must be a list' },
    ]);
    expect(errorsOf(null)).toEqual([{ pointer: '', code: 'type', detail: 'must be an object' }]);
    expect(errorsOf([])).toEqual([{ pointer: '', code: 'type', detail: 'must be an object' }]);
  });

  it('requires both consents to be true', () => {
    expect(pointers({ ...minimal, consent: { contact: 'yes' } })).toEqual([
      '/consent/contact',
      '/consent/publication',
    ]);
  });

  it('checks rules across fields once the fields are valid', () => {
    expect(errorsOf({ ...minimal, objectives: [10, 11], actions: ['10a', '12c'] })).toEqual([
      {
        pointer: '/actions/1',
        code: 'invalid',
        detail: 'is an action of objective 12, which is not among the objectives',
      },
    ]);
    expect(errorsOf({ ...minimal, objectives: [10, 10] })).toEqual([
      { pointer: '/objectives/1', code: 'duplicate', detail: 'repeats 10' },
    ]);
    expect(pointers({ ...minimal, period: { start: 2020, end: 2019 } })).toEqual(['/period/end']);
    expect(pointers({ ...minimal, period: { start: 2019, end: 2019 } })).toEqual([]);
  });

  it('refuses control characters and broken UTF-16, and line breaks in one-line fields', () => {
    expect(pointers({ ...minimal, title: 'Safe\u0000journeys' })).toEqual(['/title']);
    expect(pointers({ ...minimal, title: 'Safe\njourneys' })).toEqual(['/title']);
    expect(pointers({ ...minimal, summary: 'Broken \uD800 pair' })).toEqual(['/summary']);
    expect(pointers({ ...minimal, summary: 'Tabs\tand\nlines are fine 👍' })).toEqual([]);
  });

  describe('enforces every length and count of SUBMISSION_LIMITS', () => {
    const text = (n: number) => 'a'.repeat(n);
    const cases: [
      string,
      keyof typeof SUBMISSION_LIMITS,
      (n: number) => Partial<SubmissionInput>,
    ][] = [
      ['/title', 'title', (n) => ({ title: text(n) })],
      ['/summary', 'summary', (n) => ({ summary: text(n) })],
      ['/takeaway', 'takeaway', (n) => ({ takeaway: text(n) })],
      ['/sections/lessons', 'section', (n) => ({ sections: { lessons: text(n) } })],
      [
        '/implementers/0/name',
        'implementerName',
        (n) => ({ implementers: [{ name: text(n), type: 'academia' }] }),
      ],
      ['/partners/0', 'partnerName', (n) => ({ partners: [text(n)] })],
      ['/results/0', 'result', (n) => ({ results: [text(n)] })],
      [
        '/links/0/label',
        'linkLabel',
        (n) => ({ links: [{ label: text(n), url: 'https://a.org' }] }),
      ],
      [
        '/links/0/url',
        'url',
        (n) => ({ links: [{ label: 'Site', url: `https://a.org/${text(n - 14)}` }] }),
      ],
      [
        '/submitter/name',
        'submitterName',
        (n) => ({ submitter: { ...minimal.submitter, name: text(n) } }),
      ],
      [
        '/submitter/organisation',
        'organisation',
        (n) => ({ submitter: { ...minimal.submitter, organisation: text(n) } }),
      ],
      [
        '/submitter/email',
        'email',
        (n) => ({ submitter: { ...minimal.submitter, email: `${text(n - 12)}@example.org` } }),
      ],
      [
        '/implementers',
        'implementers',
        (n) => ({
          implementers: Array.from({ length: n }, (_, i) => ({
            name: `Implementer ${i}`,
            type: 'government' as const,
          })),
        }),
      ],
      [
        '/partners',
        'partners',
        (n) => ({ partners: Array.from({ length: n }, (_, i) => `P${i}`) }),
      ],
      [
        '/countries',
        'countries',
        (n) => ({
          countries: Array.from(
            { length: n },
            (_, i) =>
              `A${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
          ),
        }),
      ],
      [
        '/objectives',
        'objectives',
        (n) => ({ objectives: Array.from({ length: n }, (_, i) => i + 1) }),
      ],
      ['/results', 'results', (n) => ({ results: Array.from({ length: n }, (_, i) => `R${i}`) })],
      [
        '/links',
        'links',
        (n) => ({
          links: Array.from({ length: n }, (_, i) => ({
            label: `L${i}`,
            url: `https://a.org/${i}`,
          })),
        }),
      ],
    ];

    it.each(cases)('%s (%s)', (pointer, limit, make) => {
      const max = SUBMISSION_LIMITS[limit];
      expect(pointers({ ...minimal, ...make(max) }), `${max} is allowed`).toEqual([]);
      const over = errorsOf({ ...minimal, ...make(max + 1) });
      expect(over.map((e) => e.pointer)).toEqual([pointer]);
      expect(over[0]?.limit).toBe(max);
    });
  });

  it('takes every section heading of the Hub and nothing else', () => {
    const sections = Object.fromEntries(SUBMISSION_SECTIONS.map((name) => [name, `About ${name}`]));
    expect(pointers({ ...minimal, sections })).toEqual([]);
    expect(pointers({ ...minimal, sections: { background: 'x' } })).toEqual([
      '/sections/background',
    ]);
  });

  it('accepts the honeypot and fill time as fields (the API drops such submissions)', () => {
    expect(pointers({ ...minimal, honeypot: 'http://spam.example', fillSeconds: 0.4 })).toEqual([]);
    expect(pointers({ ...minimal, fillSeconds: -1 })).toEqual(['/fillSeconds']);
  });
});

describe('SubmissionReplyInput', () => {
  it('takes a message and optionally the whole practice revised', () => {
    const { submitter: _s, consent: _c, ...practice } = minimal;
    expect(checkFields(SubmissionReplyInput, { message: 'Done.' }).success).toBe(true);
    expect(checkFields(SubmissionReplyInput, { message: 'Done.', practice }).success).toBe(true);
    const result = checkFields(SubmissionReplyInput, {
      message: ' ',
      practice: { ...practice, title: '' },
    });
    expect(result.success ? [] : result.errors.map((e) => e.pointer)).toEqual([
      '/message',
      '/practice/title',
    ]);
  });

  it('takes no submitter or campaign in a revision', () => {
    const result = checkFields(SubmittedPractice, { ...minimal, campaign: null });
    expect(result.success ? [] : result.errors.map((e) => e.pointer)).toEqual([
      '/submitter',
      '/consent',
      '/campaign',
    ]);
  });
});

describe('DecisionInput', () => {
  it('needs a comment to request changes or reject, not to approve', () => {
    expect(checkFields(DecisionInput, { decision: 'approve' }).success).toBe(true);
    for (const decision of ['request-changes', 'reject']) {
      const result = checkFields(DecisionInput, { decision });
      expect(result.success ? [] : result.errors).toEqual([
        expect.objectContaining({ pointer: '/comment', code: 'required' }),
      ]);
    }
  });
});

describe('JSON pointers', () => {
  it.each([
    [[], ''],
    [['implementers', 0, 'name'], '/implementers/0/name'],
    [['a/b', 'c~d'], '/a~1b/c~0d'],
  ])('%j ⇄ %s', (path, pointer) => {
    expect(toPointer(path)).toBe(pointer);
    expect(fromPointer(pointer)).toEqual(path);
  });
});
