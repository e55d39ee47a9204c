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

interface EventDetail {
  total?: number;
  page?: number;
  pageCount?: number;
  id?: string;
  number?: number;
  error?: unknown;
  campaign?: { id: string };
  url?: string;
}

function describe(event: CustomEvent<EventDetail>): string {
  const detail = event.detail ?? {};
  switch (event.type) {
    case 'gcm-results': {
      const items =
        (event.target as Element | null)?.localName === 'gcm-resources'
          ? 'publications'
          : 'practices';
      return `${detail.total} ${items}, page ${detail.page} of ${detail.pageCount}`;
    }
    case 'gcm-practice-select':
      return `practice "${detail.id}"`;
    case 'gcm-objective-select':
      return `objective ${detail.number}`;
    case 'gcm-error':
      return detail.error instanceof Error ? detail.error.message : String(detail.error);
    case 'gcm-campaign-action':
      return `campaign "${detail.campaign?.id}", link ${detail.url}`;
    default:
      return `campaign "${detail.campaign?.id}"`;
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
  const text = describe(event as CustomEvent<EventDetail>);
  if (text) item.append(`: ${text}`);
  log.prepend(item);
  while (log.children.length > KEEP) log.lastElementChild?.remove();
  empty?.setAttribute('hidden', '');
}

for (const type of EVENTS) document.addEventListener(type, record);

// Catalogue titles open the practice in a dialog after this event; the card follows the choice too.
document.addEventListener('gcm-practice-select', (event) => {
  const id = (event as CustomEvent<{ id: string }>).detail.id;
  const card = document.getElementById('landing-card');
  if (card) card.setAttribute('practice-id', id);
});

// A dismissed banner stays away (the element keeps the dismissal in localStorage, one key per
// occurrence): on this demo page the visitor can forget it and see the banner again.
const DISMISSED = 'gcm-campaign-banner:dismissed:';
const replay = document.getElementById('banner-replay');
const replayButton = document.getElementById('banner-replay-button');

function forgetDismissals(): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(DISMISSED)) localStorage.removeItem(key);
    }
  } catch {
    // No storage: the element then remembered the dismissal only for the page's lifetime.
  }
}

document.addEventListener('gcm-campaign-dismiss', (event) => {
  if ((event.target as Element | null)?.id === 'landing-banner') replay?.removeAttribute('hidden');
});

replayButton?.addEventListener('click', () => {
  const banner = document.getElementById('landing-banner');
  if (!banner) return;
  forgetDismissals();
  // A new element: the old one stays closed for its lifetime, as a dismissed banner should.
  const fresh = banner.cloneNode(false) as HTMLElement;
  banner.replaceWith(fresh);
  replay?.setAttribute('hidden', '');
  // Focus the banner's own heading region once it is back, else the section heading.
  const heading = document.getElementById('banner-heading');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
});

// Dismissed on an earlier visit: offer the way back at once.
try {
  if (Object.keys(localStorage).some((key) => key.startsWith(DISMISSED))) {
    replay?.removeAttribute('hidden');
  }
} catch {
  // No storage, nothing remembered.
}
