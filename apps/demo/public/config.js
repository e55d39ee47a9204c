/*
 * Demo configuration: the practices API these pages talk to.
 *
 * The built site reads this file at run time, so one build works against any API:
 *   - edit DEFAULT_API below (in dist/config.js after `pnpm build`), or
 *   - open any page with ?api=https://practices-api.example.org — the address is kept for
 *     the rest of the browser tab's visit; ?api= with no value goes back to DEFAULT_API.
 *
 * It sets <meta name="gcm-practices-api">, which every element on the page reads when it has
 * no `api` attribute. Load it as a classic script in <head>, before the embed bundle.
 */
(() => {
  const DEFAULT_API = 'http://127.0.0.1:8787';
  const STORAGE_KEY = 'gcm-demo-api';

  const isHttpUrl = (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  };

  const storage = (() => {
    try {
      return window.sessionStorage;
    } catch {
      return undefined; // storage disabled: ?api= then lasts for one page only
    }
  })();

  let api = DEFAULT_API;
  let source = 'default';
  const requested = new URLSearchParams(location.search).get('api');
  if (requested !== null && requested.trim() === '') {
    storage?.removeItem(STORAGE_KEY);
  } else if (requested !== null) {
    if (isHttpUrl(requested.trim())) {
      api = requested.trim().replace(/\/+$/, '');
      source = 'query';
      storage?.setItem(STORAGE_KEY, api);
    } else {
      console.warn(`gcm demo: ignoring ?api=${requested}: not an http(s) address`);
    }
  }
  if (source === 'default') {
    const remembered = storage?.getItem(STORAGE_KEY);
    if (remembered && isHttpUrl(remembered)) {
      api = remembered;
      source = 'session';
    }
  }

  let meta = document.querySelector('meta[name="gcm-practices-api"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'gcm-practices-api';
    document.head.append(meta);
  }
  meta.content = api;
  window.gcmDemoConfig = Object.freeze({ api, source, defaultApi: DEFAULT_API });

  // Pages show which API they use in an element marked data-demo-api.
  document.addEventListener('DOMContentLoaded', () => {
    for (const node of document.querySelectorAll('[data-demo-api]')) node.textContent = api;
  });
})();
