/** The API the page uses: set by /config.js on `<meta name="gcm-practices-api">`. */
export function apiAddress(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="gcm-practices-api"]');
  return meta?.content || 'http://127.0.0.1:8787';
}
