import { createClient, type SubmissionView } from '@gcm-practices/sdk';
import { apiAddress } from '../api-address.js';
import { element, problemText, renderPractice, statusLabel, timeElement } from './practice-view.js';

/*
 * The submitter's page, reached from the link the form gave them
 * (`status.html?id=…&token=…`): the status, the reviewers' questions and a
 * box to answer them while changes are requested.
 */

function $<T extends HTMLElement = HTMLElement>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`no ${selector}`);
  return node;
}

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const token = params.get('token') ?? '';
const client = createClient({ baseUrl: apiAddress() });

function render(view: SubmissionView): void {
  $('#reference').textContent = view.reference;
  $('#status').textContent = statusLabel(view.status);
  $('#submitted-at').replaceChildren(timeElement(view.submittedAt));
  $('#updated-at').replaceChildren(timeElement(view.updatedAt));
  const published = $('#published');
  published.hidden = view.status !== 'approved';
  published.textContent =
    view.status === 'approved'
      ? 'Your practice has been approved and is published in the Repository of Practices.'
      : '';
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
  $('#preview').replaceChildren(renderPractice(view.practice, 3));
  $('#submission').hidden = false;
}

async function load(): Promise<void> {
  const status = $('#load-status');
  if (!id || !token) {
    status.textContent =
      'This address is incomplete: open the link you were given when you sent your practice.';
    return;
  }
  try {
    render(await client.submissions.status(id, token));
    status.textContent = '';
  } catch (e) {
    status.textContent = problemText(e);
  }
}

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
