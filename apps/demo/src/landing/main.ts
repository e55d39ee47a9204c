/**
 * The landing page's event log: every `gcm-*` event bubbles out of the elements'
 * shadow roots, so one listener per event type on the document sees them all.
 */
const EVENTS = [
  'gcm-results',
  'gcm-practice-select',
  'gcm-objective-select',
  'gcm-campaign-action',
  'gcm-campaign-dismiss',
  'gcm-error',
] as const;
const KEEP = 6;

function describe(event: CustomEvent<Record<string, unknown>>): string {
  const detail = event.detail ?? {};
  switch (event.type) {
    case 'gcm-results':
      return `${String(detail.total)} practices, page ${String(detail.page)} of ${String(detail.pageCount)}`;
    case 'gcm-practice-select':
      return `practice "${String(detail.id)}"`;
    case 'gcm-objective-select':
      return `objective ${String(detail.objective ?? detail.number ?? detail.selected ?? '')}`.trim();
    case 'gcm-error': {
      const error = detail.error;
      return error instanceof Error ? error.message : String(error);
    }
    default:
      return detail.campaign
        ? `campaign "${String((detail.campaign as { id?: string }).id ?? detail.campaign)}"`
        : '';
  }
}

const log = document.getElementById('event-log');
const empty = document.getElementById('event-log-empty');

function record(event: Event): void {
  if (!log) return;
  const source = (event.target as Element | null)?.localName ?? 'page';
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = event.type;
  item.append(name, ` from <${source}>`);
  const text = describe(event as CustomEvent<Record<string, unknown>>);
  if (text) item.append(`: ${text}`);
  log.prepend(item);
  while (log.children.length > KEEP) log.lastElementChild?.remove();
  empty?.setAttribute('hidden', '');
}

for (const type of EVENTS) document.addEventListener(type, record);

// Titles are buttons (no href-template): the page decides what choosing a practice does.
document.addEventListener('gcm-practice-select', (event) => {
  const id = (event as CustomEvent<{ id: string }>).detail.id;
  const card = document.getElementById('landing-card');
  if (card) card.setAttribute('practice-id', id);
});
