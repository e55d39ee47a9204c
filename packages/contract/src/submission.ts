import * as z from 'zod/mini';
import { PracticeStatus } from './practice.js';
import {
  ActionId,
  CountryCode,
  HttpUrl,
  IsoDateTime,
  ObjectiveNumber,
  SdgTargetId,
  Slug,
  Year,
} from './primitives.js';
import { SUBMISSION_LIMITS as LIMITS } from './submission-limits.js';
import { multiLine, singleLine } from './submission-text.js';
import { ImplementerTypeId } from './taxonomy.js';

/*
 * A call for practices, as the wire carries it: what a submitter sends, what
 * they get back, and what they may read and answer later with their token.
 * Every field has a limit (SUBMISSION_LIMITS); `checkFields(SubmissionInput, body)`
 * gives the same field errors in a browser as the API's 422.
 */

/** The headings of a practice's description, in the order the Hub shows them. */
export const SUBMISSION_SECTIONS = [
  'context',
  'aims',
  'beneficiaries',
  'activities',
  'results',
  'lessons',
] as const;

/** BCP 47 language tag of the texts: `en`, `fr`, `pt-BR`. */
const TextLanguage = z
  .string()
  .check(
    z.regex(
      /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
      'must be a BCP 47 language tag such as "en" or "pt-BR"',
    ),
  );

const listOf = <T extends z.ZodMiniType>(item: T, max: number, what: string) =>
  z.array(item).check(z.maxLength(max, `must list at most ${max} ${what}`));

/** An optional list: absent means empty. */
const optionalList = <T extends z.ZodMiniType>(item: T, max: number, what: string) =>
  z._default(listOf(item, max, what), []);

const section = z.optional(multiLine(LIMITS.section));

/** The description under the Hub's headings; a heading left out stays empty. */
export const SubmittedSections = z.strictObject({
  context: section,
  aims: section,
  beneficiaries: section,
  activities: section,
  results: section,
  lessons: section,
});

export const SubmittedImplementer = z.strictObject({
  name: singleLine(LIMITS.implementerName),
  type: ImplementerTypeId,
});

export const SubmittedLink = z.strictObject({
  label: singleLine(LIMITS.linkLabel),
  url: z.string().check(
    z.trim(),
    z.maxLength(LIMITS.url, `must be at most ${LIMITS.url} characters`),
    z.refine((url) => z.safeParse(HttpUrl, url).success, 'must be an absolute http(s) URL'),
  ),
});

export const SubmittedPeriod = z.strictObject({
  start: z._default(z.nullable(Year), null),
  end: z._default(z.nullable(Year), null),
});

/** The fields that become the published practice. */
const practiceShape = {
  /** Language the texts are written in. */
  lang: TextLanguage,
  title: singleLine(LIMITS.title),
  /** What the practice does, in a few sentences. */
  summary: multiLine(LIMITS.summary),
  sections: z._default(SubmittedSections, {}),
  /** The lesson others can take from it. */
  takeaway: z._default(z.nullable(multiLine(LIMITS.takeaway)), null),
  implementers: z
    .array(SubmittedImplementer)
    .check(
      z.minLength(1, 'must name at least one implementer'),
      z.maxLength(LIMITS.implementers, `must list at most ${LIMITS.implementers} implementers`),
    ),
  partners: optionalList(singleLine(LIMITS.partnerName), LIMITS.partners, 'partners'),
  countries: optionalList(CountryCode, LIMITS.countries, 'countries'),
  regions: optionalList(Slug, LIMITS.regions, 'regions'),
  /** The objectives the practice serves, the one it is filed under first. */
  objectives: z
    .array(ObjectiveNumber)
    .check(
      z.minLength(1, 'must link at least one objective'),
      z.maxLength(LIMITS.objectives, `must list at most ${LIMITS.objectives} objectives`),
    ),
  actions: optionalList(ActionId, LIMITS.actions, 'actions'),
  principles: optionalList(Slug, LIMITS.principles, 'principles'),
  sdgTargets: optionalList(SdgTargetId, LIMITS.sdgTargets, 'SDG targets'),
  period: z._default(SubmittedPeriod, { start: null, end: null }),
  /** Whether the practice is planned, running or over; null when not said. */
  status: z._default(z.nullable(PracticeStatus), null),
  /** Outcomes, one per entry. */
  results: optionalList(multiLine(LIMITS.result), LIMITS.results, 'results'),
  links: optionalList(SubmittedLink, LIMITS.links, 'links'),
};

type PracticeFields = {
  objectives: number[];
  actions: string[];
  countries: string[];
  regions: string[];
  principles: string[];
  sdgTargets: string[];
  period: { start: number | null; end: number | null };
};

type Payload = { issues: readonly { code?: string; path?: readonly PropertyKey[] }[] };
/** Whether no field named here has an issue yet: cross-field rules read only valid fields. */
const fieldsValid =
  (...fields: readonly string[]) =>
  (payload: Payload) =>
    !payload.issues.some((issue) =>
      issue.path?.length
        ? // A broken rule of another check leaves the values well-formed.
          issue.code !== 'custom' && fields.includes(String(issue.path[0]))
        : // An unknown field leaves the others readable; a body that is no object does not.
          issue.code !== 'unrecognized_keys',
    );

const UNIQUE_LISTS = [
  'objectives',
  'actions',
  'countries',
  'regions',
  'principles',
  'sdgTargets',
] as const;

/** Rules across fields, each checked once the fields it reads are valid on their own. */
const practiceChecks = [
  ...UNIQUE_LISTS.map((list) =>
    z.superRefine<PracticeFields>(
      (practice, ctx) => {
        const seen = new Set<unknown>();
        practice[list].forEach((value: unknown, index: number) => {
          if (seen.has(value)) {
            ctx.addIssue({
              code: 'custom',
              path: [list, index],
              message: `repeats ${JSON.stringify(value)}`,
              params: { code: 'duplicate' },
            });
          }
          seen.add(value);
        });
      },
      { when: fieldsValid(list) },
    ),
  ),
  z.superRefine<PracticeFields>(
    (practice, ctx) => {
      const objectives = new Set(practice.objectives);
      practice.actions.forEach((action, index) => {
        const objective = Number.parseInt(action, 10);
        if (!objectives.has(objective)) {
          ctx.addIssue({
            code: 'custom',
            path: ['actions', index],
            message: `is an action of objective ${objective}, which is not among the objectives`,
          });
        }
      });
    },
    { when: fieldsValid('actions', 'objectives') },
  ),
  z.refine<PracticeFields>(
    ({ period }) => period.start === null || period.end === null || period.start <= period.end,
    {
      error: 'must not be before the start',
      path: ['period', 'end'],
      when: fieldsValid('period'),
    },
  ),
];

/** The practice as a submitter describes it, also sent again as a revision with a reply. */
export const SubmittedPractice = z.strictObject(practiceShape).check(...practiceChecks);

/**
 * The practice fields as the API sends them back (to the submitter, to
 * reviewers): already checked when they came in, and not strict, so a newer
 * API may add fields without breaking older clients.
 */
export const SubmittedPracticeRecord = z.object(practiceShape);

export const Submitter = z.strictObject({
  name: singleLine(LIMITS.submitterName),
  email: z
    .string()
    .check(
      z.trim(),
      z.maxLength(LIMITS.email, `must be at most ${LIMITS.email} characters`),
      z.email({ error: 'must be an e-mail address such as name@example.org' }),
    ),
  organisation: singleLine(LIMITS.organisation),
});

const agreed = (what: string) => z.literal(true, `must be true: ${what}`);

/** Both consents are required: without them the Hub can neither ask questions nor publish. */
export const SubmissionConsent = z.strictObject({
  /** The Hub may contact the submitter about the practice. */
  contact: agreed('the Hub may contact you about this practice'),
  /** The practice may be published in the Repository once reviewed. */
  publication: agreed('the practice may be published once reviewed'),
});

/**
 * `POST /v1/submissions`: a practice for the Repository, with the call it
 * answers and who sends it. The submitter's name and e-mail are for the Hub
 * alone: no public answer or log carries them.
 */
export const SubmissionInput = z
  .strictObject({
    ...practiceShape,
    /** The call for practices answered (a campaign id), or null: the Hub takes practices at any time. */
    campaign: z._default(z.nullable(Slug), null),
    submitter: Submitter,
    consent: SubmissionConsent,
    /**
     * Leave empty. A form hides this field from people; a robot that fills it
     * gets an ordinary answer and its submission is dropped.
     */
    honeypot: z.optional(
      z
        .string()
        .check(z.maxLength(LIMITS.honeypot, `must be at most ${LIMITS.honeypot} characters`)),
    ),
    /**
     * Seconds the form was open before it was sent, as the browser measured
     * them. Faster than a person (`DEFAULT_MIN_FILL_SECONDS`): dropped like
     * the honeypot. Leave it out when no form was filled.
     */
    fillSeconds: z.optional(
      z.number('must be a number of seconds').check(z.nonnegative('must not be negative')),
    ),
  })
  .check(...practiceChecks);

export const SUBMISSION_STATUSES = [
  'submitted',
  'in-review',
  'changes-requested',
  'approved',
  'rejected',
  'unpublished',
] as const;
/**
 * `submitted` → `in-review` (first decision) → `changes-requested` ↔ `in-review`
 * (the submitter replies) → `approved` (published) or `rejected`; an admin may
 * take an approved practice down again (`unpublished`).
 */
export const SubmissionStatus = z.enum(
  SUBMISSION_STATUSES,
  `must be one of ${SUBMISSION_STATUSES.join(', ')}`,
);

/** A short code to quote in messages: `GCM-2026-7F3K` (Crockford base 32: no I, L, O or U). */
export const SubmissionReference = z
  .string()
  .check(
    z.regex(
      /^GCM-\d{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
      'must be a submission reference such as GCM-2026-7F3K',
    ),
  );

export const SubmissionId = z
  .string()
  .check(
    z.regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      'must be a submission id (a UUID)',
    ),
  );

/** `202 Accepted` answer to a submission. */
export const SubmissionReceipt = z.object({
  id: SubmissionId,
  reference: SubmissionReference,
  status: SubmissionStatus,
  /**
   * Where the submitter reads the status and the reviewers' questions:
   * `GET /v1/submissions/{id}?token=…`. Shown once; keep it.
   */
  statusUrl: HttpUrl,
  /** The token in `statusUrl`, for `client.submissions.status(id, token)`. */
  token: z.string(),
});

/** A question or decision of the reviewers, or a reply of the submitter. */
export const SubmissionMessage = z.object({
  at: IsoDateTime,
  author: z.enum(['reviewer', 'submitter']),
  kind: z.enum(['request-changes', 'reject', 'reply']),
  text: z.nullable(z.string()),
  /** The revision of the practice the message was written about (a reply may start a new one). */
  revision: z.int(),
});

/** `GET /v1/submissions/{id}?token=…`: what the submitter sees. */
export const SubmissionView = z.object({
  id: SubmissionId,
  reference: SubmissionReference,
  status: SubmissionStatus,
  campaign: z.nullable(Slug),
  submittedAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** 1 for the practice as submitted, one more for each revision sent with a reply. */
  revision: z.int(),
  /** The practice as it stands (the latest revision). */
  practice: SubmittedPracticeRecord,
  /** The reviewers' requests and decisions and the submitter's replies, oldest first. */
  messages: z.array(SubmissionMessage),
  /** The published practice's id, once approved (`/v1/practices/{id}`). */
  practiceId: z.nullable(Slug),
});

/**
 * `POST /v1/submissions/{id}/replies?token=…`, while the reviewers ask for
 * changes: an answer, and optionally the practice revised as they asked.
 */
export const SubmissionReplyInput = z.strictObject({
  message: multiLine(LIMITS.reply),
  /** The whole practice again, changed; its approvals so far then start over. */
  practice: z.optional(SubmittedPractice),
});

export type SubmissionSectionName = (typeof SUBMISSION_SECTIONS)[number];
export type SubmittedSections = z.output<typeof SubmittedSections>;
export type SubmittedPracticeInput = z.input<typeof SubmittedPractice>;
export type SubmittedPractice = z.output<typeof SubmittedPractice>;
export type SubmittedPracticeRecord = z.output<typeof SubmittedPracticeRecord>;
export type Submitter = z.output<typeof Submitter>;
/** What a caller writes: lists and optional fields may be left out. */
export type SubmissionInput = z.input<typeof SubmissionInput>;
/** A submission as the API stores it: trimmed, defaults filled in. */
export type Submission = z.output<typeof SubmissionInput>;
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;
export type SubmissionMessage = z.infer<typeof SubmissionMessage>;
export type SubmissionView = z.infer<typeof SubmissionView>;
export type SubmissionReplyInput = z.input<typeof SubmissionReplyInput>;
