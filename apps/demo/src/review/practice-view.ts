import { isContractMismatchError, isTimeoutError, type SubmissionView } from '@gcm-practices/sdk';

type SubmittedPracticeRecord = SubmissionView['practice'];

/*
 * A submitted practice laid out the way the catalogue shows a practice: title,
 * summary, who and where, what it serves, the description under the Hub's
 * headings, results and links. Everything from the API is set as text, and
 * only http(s) links become links.
 */

const SECTION_HEADINGS: Record<string, string> = {
  context: 'Context and rationale',
  aims: 'Aims',
  beneficiaries: 'Beneficiaries',
  activities: 'Activities',
  results: 'Results and impact',
  lessons: 'Lessons learned',
};

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

function fact(list: HTMLDListElement, term: string, value: string | undefined): void {
  if (!value) return;
  list.append(element('dt', term), element('dd', value));
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The practice as a reader of the catalogue would see it; `headingLevel` for its title. */
export function renderPractice(practice: SubmittedPracticeRecord, headingLevel = 4): HTMLElement {
  const root = element('article', undefined, { lang: practice.lang, dir: 'auto' });
  const h = (level: number) => `h${Math.min(6, level)}` as 'h4';
  root.append(element(h(headingLevel), practice.title));
  root.append(element('p', practice.summary));
  const facts = element('dl');
  facts.className = 'facts';
  fact(
    facts,
    'Implemented by',
    practice.implementers.map((i) => `${i.name} (${i.type.replace(/-/g, ' ')})`).join('; '),
  );
  fact(facts, 'Partners', practice.partners.join('; '));
  fact(facts, 'Countries', practice.countries.join(', '));
  fact(facts, 'Regions', practice.regions.join(', '));
  fact(
    facts,
    'Objectives',
    practice.objectives.map((n, i) => (i === 0 ? `${n} (primary)` : String(n))).join(', '),
  );
  fact(facts, 'Actions', practice.actions.join(', '));
  fact(facts, 'Guiding principles', practice.principles.join(', '));
  fact(facts, 'SDG targets', practice.sdgTargets.join(', '));
  const { start, end } = practice.period;
  fact(
    facts,
    'Period',
    start !== null || end !== null ? `${start ?? '…'}–${end ?? '…'}` : undefined,
  );
  fact(facts, 'Status', practice.status ?? undefined);
  root.append(facts);
  for (const [name, heading] of Object.entries(SECTION_HEADINGS)) {
    const text = (practice.sections as Record<string, string | undefined>)[name];
    if (!text) continue;
    root.append(element(h(headingLevel + 1), heading));
    for (const paragraph of text.split(/\n+/)) root.append(element('p', paragraph));
  }
  if (practice.takeaway) {
    root.append(element(h(headingLevel + 1), 'Key takeaway'));
    root.append(element('p', practice.takeaway));
  }
  if (practice.results.length) {
    root.append(element(h(headingLevel + 1), 'Results'));
    const list = element('ul');
    for (const result of practice.results) list.append(element('li', result));
    root.append(list);
  }
  if (practice.links.length) {
    root.append(element(h(headingLevel + 1), 'Links'));
    const list = element('ul');
    for (const link of practice.links) {
      const item = element('li');
      if (isHttpUrl(link.url)) {
        item.append(element('a', link.label, { href: link.url, rel: 'noopener noreferrer' }));
      } else {
        item.textContent = `${link.label} (${link.url})`;
      }
      list.append(item);
    }
    root.append(list);
  }
  return root;
}

const STATUS_LABELS: Record<string, string> = {
  submitted: 'Submitted, waiting for a reviewer',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved and published',
  rejected: 'Rejected',
  unpublished: 'Taken down from the catalogue',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export function timeElement(iso: string): HTMLTimeElement {
  const node = element('time', dateTime.format(new Date(iso)), { datetime: iso });
  return node;
}

/** What went wrong, in a sentence a reviewer or submitter can act on. */
export function problemText(error: unknown): string {
  const e = error as { status?: number; problem?: { detail?: string; title?: string } };
  if (e?.status === 401) return 'This token is not valid, or has been revoked.';
  if (e?.status === 403) return 'This token does not allow that.';
  if (e?.status === 404) return 'This submission could not be found.';
  if (typeof e?.status === 'number' && e.status >= 500) {
    return `The practices API failed to answer (status ${e.status}). Try again later.`;
  }
  if (typeof e?.status === 'number') {
    return `The API refused: ${e.problem?.detail ?? e.problem?.title ?? `status ${e.status}`}.`;
  }
  if (isContractMismatchError(error)) {
    return 'The practices API sent an answer this page cannot read. Try again later.';
  }
  if (isTimeoutError(error)) return 'The practices API took too long to answer. Try again.';
  return 'The practices API could not be reached. Check your connection and try again.';
}
