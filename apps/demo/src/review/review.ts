import type { GcmPractice } from '@gcm-practices/elements';
import {
  type Client,
  createClient,
  type Decision,
  type Practice,
  type ReviewSubmission,
  type SubmissionStatus,
} from '@gcm-practices/sdk';
import { apiAddress } from '../api-address.js';
import { practicePreview } from './practice-preview.js';
import { element, problemText, statusLabel, timeElement } from './practice-view.js';

/*
 * The reviewers' page: a token pasted once per browser tab (sessionStorage,
 * never localStorage or a cookie), the submissions by status, one submission
 * read as the public would see it with its history, and a decision.
 */

const TOKEN_KEY = 'gcm-review-token';

function $<T extends HTMLElement = HTMLElement>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`no ${selector}`);
  return node;
}

const session = (() => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
})();

let client: Client | undefined;

async function signIn(token: string, remember: boolean): Promise<void> {
  const error = $('#sign-in-error');
  error.textContent = '';
  const candidate = createClient({ baseUrl: apiAddress(), token });
  try {
    const me = await candidate.review.me();
    client = candidate;
    if (remember) session?.setItem(TOKEN_KEY, token);
    $('#token-form').hidden = true;
    $('#signed-in').hidden = false;
    $('#whoami').textContent = `Signed in as ${me.name} (${me.role}).`;
    $('#list-section').hidden = false;
    await loadList();
    await openFromHash();
  } catch (e) {
    session?.removeItem(TOKEN_KEY);
    error.textContent = problemText(e);
  }
}

function signOut(): void {
  session?.removeItem(TOKEN_KEY);
  client = undefined;
  $('#token-form').hidden = false;
  $('#signed-in').hidden = true;
  $('#list-section').hidden = true;
  $('#detail').hidden = true;
  $<HTMLInputElement>('#token').value = '';
  $('#token').focus();
}

function statusesOf(filter: string): SubmissionStatus[] | undefined {
  if (filter === 'all') return undefined;
  if (filter === '') return ['submitted', 'in-review'];
  return [filter as SubmissionStatus];
}

async function loadList(): Promise<void> {
  if (!client) return;
  const status = $('#list-status');
  const table = $<HTMLTableElement>('#submissions');
  status.textContent = 'Loading…';
  try {
    const statuses = statusesOf($<HTMLSelectElement>('#status-filter').value);
    const page = await client.review.list({
      ...(statuses && { status: statuses }),
      pageSize: 100,
    });
    const body = table.tBodies[0] as HTMLTableSectionElement;
    body.replaceChildren(
      ...page.data.map((s) => {
        const row = element('tr');
        const ref = element('td');
        ref.append(element('a', s.reference, { href: `#${s.id}` }));
        row.append(
          ref,
          element('td', s.title, { lang: s.lang, dir: 'auto' }),
          element('td', s.organisation, { dir: 'auto' }),
          element('td', statusLabel(s.status)),
          element('td', String(s.approvals)),
        );
        const sent = element('td');
        sent.append(timeElement(s.submittedAt));
        row.append(sent);
        return row;
      }),
    );
    table.hidden = page.data.length === 0;
    const n = page.meta.total;
    status.textContent =
      n === 0 ? 'No submissions.' : n === 1 ? '1 submission.' : `${n} submissions.`;
  } catch (e) {
    table.hidden = true;
    status.textContent = problemText(e);
  }
}

function renderDetail(s: ReviewSubmission, preview: Practice): void {
  $('#detail-title').textContent = `${s.reference}: ${s.title}`;
  $('#detail-status').textContent =
    `${statusLabel(s.status)} — revision ${s.revision}, ${s.approvals} of ${s.approvalsRequired} approvals` +
    (s.changesRequested ? '; waiting for the submitter to answer a request for changes.' : '.');
  // As the public will see it: the published practice, drawn by the element partner sites use.
  $<GcmPractice>('#preview').practice = preview;
  const submitter = $('#submitter');
  submitter.replaceChildren(
    element('dt', 'Name'),
    element('dd', s.submitter.name, { dir: 'auto' }),
    element('dt', 'E-mail'),
    element('dd', s.submitter.email),
    element('dt', 'Organisation'),
    element('dd', s.submitter.organisation, { dir: 'auto' }),
    element('dt', 'Call for practices'),
    element('dd', s.campaign ?? 'None (sent outside a call)'),
  );
  $('#history').replaceChildren(
    ...s.history.map((entry) => {
      const item = element('li');
      item.append(timeElement(entry.at), ' ');
      const who = entry.actor.name ?? entry.actor.kind;
      const change =
        entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus
          ? ` (${statusLabel(entry.fromStatus)} → ${statusLabel(entry.toStatus)})`
          : '';
      item.append(element('strong', `${who}: ${entry.action.replace(/-/g, ' ')}`), change);
      if (entry.comment) item.append(element('blockquote', entry.comment, { dir: 'auto' }));
      return item;
    }),
  );
  const open = s.status !== 'approved' && s.status !== 'rejected' && s.status !== 'unpublished';
  $('#decision-form').hidden = !open;
  $('#decide-title').hidden = !open;
}

let current: ReviewSubmission | undefined;

async function openSubmission(id: string): Promise<void> {
  if (!client) return;
  const detail = $('#detail');
  try {
    const submission = await client.review.get(id);
    const preview = await practicePreview(client, submission);
    current = submission;
    renderDetail(submission, preview);
    $('#decision-status').textContent = '';
    detail.hidden = false;
    detail.focus();
  } catch (e) {
    detail.hidden = true;
    $('#list-status').textContent = problemText(e);
  }
}

async function openFromHash(): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) await openSubmission(id);
  else $('#detail').hidden = true;
}

async function decide(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  if (!client || !current) return;
  const form = event.target as HTMLFormElement;
  const status = $('#decision-status');
  const choice = form.querySelector<HTMLInputElement>('input[name="decision"]:checked');
  const comment = $<HTMLTextAreaElement>('#comment').value.trim();
  if (!choice) {
    status.textContent = 'Choose a decision.';
    form.querySelector<HTMLInputElement>('input[name="decision"]')?.focus();
    return;
  }
  const decision = choice.value as Decision;
  if (decision !== 'approve' && comment === '') {
    status.textContent = 'Say what to change, or why the practice is rejected.';
    $('#comment').focus();
    return;
  }
  status.textContent = 'Recording…';
  try {
    const updated = await client.review.decide(
      current.id,
      { decision, comment: comment === '' ? null : comment },
      { idempotencyKey: crypto.randomUUID() },
    );
    current = updated;
    renderDetail(updated, await practicePreview(client, updated));
    form.reset();
    status.textContent = `Decision recorded. ${statusLabel(updated.status)}.`;
    await loadList();
  } catch (e) {
    status.textContent = problemText(e);
  }
}

$('#token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $<HTMLInputElement>('#token').value.trim();
  if (token === '') {
    $('#sign-in-error').textContent = 'Paste your reviewer token.';
    $('#token').focus();
    return;
  }
  void signIn(token, true);
});
$('#sign-out').addEventListener('click', signOut);
$('#filter-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void loadList();
});
$('#decision-form').addEventListener('submit', (event) => void decide(event as SubmitEvent));
window.addEventListener('hashchange', () => void openFromHash());

const kept = session?.getItem(TOKEN_KEY);
if (kept) void signIn(kept, false);
