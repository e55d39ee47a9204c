/**
 * The practice page: `?id=<practice id>` names the practice, `?lang=fr|es|ar` the language
 * the partner page linking here speaks (English otherwise).
 */
const LANGUAGES = new Map([
  ['fr', { heading: 'Une pratique en détail', dir: 'ltr' }],
  ['es', { heading: 'Una práctica en detalle', dir: 'ltr' }],
  ['ar', { heading: 'ممارسة بالتفصيل', dir: 'rtl' }],
]);

const params = new URLSearchParams(location.search);
const id = params.get('id')?.trim();
const lang = params.get('lang') ?? 'en';
const element = document.getElementById('practice-page');
const language = LANGUAGES.get(lang);
if (language) {
  document.documentElement.lang = lang;
  document.documentElement.dir = language.dir;
  const heading = document.getElementById('practice-page-heading');
  if (heading) heading.textContent = language.heading;
  document.getElementById('practice-page-intro')?.setAttribute('lang', 'en');
}
if (element && id) {
  element.setAttribute('practice-id', id);
  // A related practice opened here gets its own address, so it can be shared too.
  element.addEventListener('gcm-practice-select', (event) => {
    const url = new URL(location.href);
    url.searchParams.set('id', (event as CustomEvent<{ id: string }>).detail.id);
    history.pushState(null, '', url);
  });
  addEventListener('popstate', () => {
    const current = new URLSearchParams(location.search).get('id');
    if (current) element.setAttribute('practice-id', current);
  });
} else if (element) {
  element.replaceWith(
    Object.assign(document.createElement('p'), {
      textContent: 'No practice chosen: open one from a catalogue on the sample pages.',
    }),
  );
}
