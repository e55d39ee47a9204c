import { createClient, type SubmissionView } from '@gcm-practices/sdk';
import { apiAddress } from '../api-address.js';
import { element, problemText, renderPractice, timeElement } from './practice-view.js';
import { publishedPracticeId, reviewersComment, submitterState } from './submitter-status.js';

/*
 * The submitter's page, reached from the link the form gave them
 * (`status.html?id=…&token=…`): where the submission stands, the reviewers'
 * questions and a box to answer them while changes are requested. Once the
 * practice is published, the page shows it as the catalogue does, with
 * `<gcm-practice>` from the same API, and links to its page.
 */

function $<T extends HTMLElement = HTMLElement>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`no ${selector}`);
  return node;
}

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const token = params.get('token') ?? '';
const api = apiAddress();
const client = createClient({ baseUrl: api });

/** The published practice drawn by `<gcm-practice>`, made once per practice id. */
function showPublished(practiceId: string): void {
  const link = $<HTMLAnchorElement>('#practice-link');
  const url = new URL('../practice/', location.href);
  url.searchParams.set('id', practiceId);
  link.href = url.href;
  const holder = $('#published-practice');
  if (holder.firstElementChild?.getAttribute('practice-id') === practiceId) return;
  // The practice under the section's h2, its related practices left out: the submitter
  // came for their own practice, and the link above opens the catalogue's page for the rest.
  const practice = document.createElement('gcm-practice');
  practice.setAttribute('practice-id', practiceId);
  practice.setAttribute('api', api);
  practice.setAttribute('no-related', '');
  practice.setAttribute('heading-level', '3');
  practice.setAttribute('theme', 'auto');
  holder.replaceChildren(practice);
}

function render(view: SubmissionView): void {
  const state = submitterState(view.status);
  $('#load-status').textContent = state.explanation;
  const comment = reviewersComment(view);
  $('#reviewers-comment').hidden = comment === undefined;
  $('#reviewers-comment-text').textContent = comment ?? '';
  $('#reference').textContent = view.reference;
  $('#status').textContent = state.label;
  $('#submitted-at').replaceChildren(timeElement(view.submittedAt));
  $('#updated-at').replaceChildren(timeElement(view.updatedAt));
  $('#no-messages').hidden = view.messages.length > 0;
  $('#messages').replaceChildren(
    ...view.messages.map((m) => {
      const item = element('li');
      const who = m.author === 'reviewer' ? 'Reviewers' : 'You';
      const what =
        m.kind === 'request-changes'
          ? 'asked for changes'
          : m.kind === 'reject'
            ? 'rejected the practice'
            : 'answered';
      item.append(timeElement(m.at), ' ', element('strong', `${who} ${what}`));
      if (m.text) item.append(element('blockquote', m.text, { dir: 'auto' }));
      return item;
    }),
  );
  $('#reply-section').hidden = view.status !== 'changes-requested';
  const practiceId = publishedPracticeId(view);
  $('#published-section').hidden = practiceId === undefined;
  $('#submitted-section').hidden = practiceId !== undefined;
  if (practiceId !== undefined) {
    showPublished(practiceId);
    $('#preview').replaceChildren();
  } else {
    $('#published-practice').replaceChildren();
    $('#preview').replaceChildren(renderPractice(view.practice, 3));
  }
  $('#submission').hidden = false;
}

async function load(): Promise<void> {
  const status = $('#load-status');
  const retry = $('#retry');
  if (!id || !token) {
    status.textContent =
      'This address is incomplete: open the link you were given when you sent your practice.';
    return;
  }
  status.textContent = 'Loading…';
  try {
    render(await client.submissions.status(id, token));
    retry.hidden = true;
  } catch (e) {
    status.textContent = problemText(e);
    retry.hidden = false;
  }
}

$('#retry').addEventListener('click', () => {
  // The button goes away once the page loads: keep focus on the line that says how it went.
  $('#retry').hidden = true;
  $('#load-status').focus();
  void load();
});

$('#reply-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const status = $('#reply-status');
  const message = $<HTMLTextAreaElement>('#reply').value.trim();
  if (message === '') {
    status.textContent = 'Write your answer first.';
    $('#reply').focus();
    return;
  }
  status.textContent = 'Sending…';
  try {
    const view = await client.submissions.reply(
      id,
      token,
      { message },
      { idempotencyKey: crypto.randomUUID() },
    );
    $<HTMLTextAreaElement>('#reply').value = '';
    render(view);
    status.textContent = 'Your answer has been sent.';
  } catch (e) {
    status.textContent = problemText(e);
  }
});

void load();
