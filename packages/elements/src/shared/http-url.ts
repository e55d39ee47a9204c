/**
 * `url` when it is an absolute http(s) address, else undefined: what the elements put in an
 * `href`. The contract already requires http(s), but a link is the one place where text from
 * the API becomes something a click acts on, so it is checked again here (no `javascript:`).
 */
export function httpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
