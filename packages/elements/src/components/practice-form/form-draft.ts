import {
  SUBMISSION_SECTIONS,
  type SubmissionInput,
  type SubmissionSectionName,
} from '@gcm-practices/contract';

/**
 * What the visitor has typed, as the form's controls hold it: text as typed,
 * choices as ids. `toSubmission` turns it into the body the API checks, so the
 * same rules (the contract's `SubmissionInput`) judge it before and after
 * sending.
 */
export interface FormDraft {
  lang: string;
  title: string;
  summary: string;
  implementers: { name: string; type: string }[];
  partners: string[];
  countries: string[];
  regions: string[];
  /** The objective the practice is filed under, as the select holds it ('' for none yet). */
  primaryObjective: string;
  /** Further objectives, in the order they were ticked. */
  objectives: number[];
  actions: string[];
  principles: string[];
  sdgTargets: string[];
  periodStart: string;
  periodEnd: string;
  status: string;
  sections: Record<SubmissionSectionName, string>;
  takeaway: string;
  results: string[];
  links: { label: string; url: string }[];
  name: string;
  email: string;
  organisation: string;
  consentContact: boolean;
  consentPublication: boolean;
}

export function emptyDraft(lang: string): FormDraft {
  return {
    lang,
    title: '',
    summary: '',
    implementers: [{ name: '', type: '' }],
    partners: [],
    countries: [],
    regions: [],
    primaryObjective: '',
    objectives: [],
    actions: [],
    principles: [],
    sdgTargets: [],
    periodStart: '',
    periodEnd: '',
    status: '',
    sections: Object.fromEntries(SUBMISSION_SECTIONS.map((s) => [s, ''])) as FormDraft['sections'],
    takeaway: '',
    results: [],
    links: [],
    name: '',
    email: '',
    organisation: '',
    consentContact: false,
    consentPublication: false,
  };
}

/** The objectives in the order the API wants them: the primary one first. */
export function objectivesOf(draft: FormDraft): number[] {
  const primary = Number.parseInt(draft.primaryObjective, 10);
  if (!Number.isInteger(primary)) return [];
  return [primary, ...draft.objectives.filter((n) => n !== primary)];
}

/** A year as typed: digits become a number; anything else is sent as it is, for the contract to name. */
function year(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/**
 * The request body for the draft. Optional texts left empty are left out; rows
 * the visitor added stay in, even empty, so that an empty row gets its own
 * error rather than vanishing; actions of objectives no longer chosen are dropped.
 */
export function toSubmission(draft: FormDraft, campaign: string | null): SubmissionInput {
  const objectives = objectivesOf(draft);
  const sections: Partial<Record<SubmissionSectionName, string>> = {};
  for (const name of SUBMISSION_SECTIONS) {
    const text = optional(draft.sections[name]);
    if (text !== undefined) sections[name] = text;
  }
  return {
    lang: draft.lang,
    title: draft.title,
    summary: draft.summary,
    sections,
    takeaway: optional(draft.takeaway) ?? null,
    implementers: draft.implementers.map(({ name, type }) => ({
      name,
      type: type as SubmissionInput['implementers'][number]['type'],
    })),
    partners: draft.partners,
    countries: draft.countries,
    regions: draft.regions,
    objectives,
    actions: draft.actions.filter((id) => objectives.includes(Number.parseInt(id, 10))),
    principles: draft.principles,
    sdgTargets: draft.sdgTargets,
    // Typed years the contract rejects are sent as typed, so its message names them.
    period: {
      start: year(draft.periodStart) as number | null,
      end: year(draft.periodEnd) as number | null,
    },
    status: (optional(draft.status) ?? null) as SubmissionInput['status'],
    results: draft.results,
    links: draft.links,
    campaign,
    submitter: { name: draft.name, email: draft.email, organisation: draft.organisation },
    consent: {
      contact: draft.consentContact as true,
      publication: draft.consentPublication as true,
    },
  };
}

/** Whether the visitor has typed or chosen anything yet. */
export function isBlank(draft: FormDraft): boolean {
  return JSON.stringify({ ...draft, lang: '' }) === JSON.stringify({ ...emptyDraft(''), lang: '' });
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A draft read back from storage, field by field: whatever an older release or
 * another script left there, the result has the shape the form expects.
 */
export function reviveDraft(value: unknown, lang: string): FormDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const rows = <T>(list: unknown, row: (r: Record<string, unknown>) => T): T[] =>
    Array.isArray(list)
      ? list.filter((r) => typeof r === 'object' && r !== null).map((r) => row(r))
      : [];
  const sections = (typeof v.sections === 'object' && v.sections) || {};
  return {
    lang: text(v.lang) || lang,
    title: text(v.title),
    summary: text(v.summary),
    implementers: rows(v.implementers, (r) => ({ name: text(r.name), type: text(r.type) })),
    partners: strings(v.partners),
    countries: strings(v.countries),
    regions: strings(v.regions),
    primaryObjective: text(v.primaryObjective),
    objectives: Array.isArray(v.objectives)
      ? v.objectives.filter((n): n is number => Number.isInteger(n))
      : [],
    actions: strings(v.actions),
    principles: strings(v.principles),
    sdgTargets: strings(v.sdgTargets),
    periodStart: text(v.periodStart),
    periodEnd: text(v.periodEnd),
    status: text(v.status),
    sections: Object.fromEntries(
      SUBMISSION_SECTIONS.map((s) => [s, text((sections as Record<string, unknown>)[s])]),
    ) as FormDraft['sections'],
    takeaway: text(v.takeaway),
    results: strings(v.results),
    links: rows(v.links, (r) => ({ label: text(r.label), url: text(r.url) })),
    name: text(v.name),
    email: text(v.email),
    organisation: text(v.organisation),
    consentContact: v.consentContact === true,
    consentPublication: v.consentPublication === true,
  };
}
