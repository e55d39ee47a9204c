import type { PageLinks } from '@gcm-practices/contract';

/**
 * The URL links are made from: the request's path and query on the
 * configured public base when there is one, so a response cached by a CDN
 * never carries a host an attacker put in the Host header.
 */
export function linkBase(requestUrl: string, publicUrl: string | undefined): URL {
  const url = new URL(requestUrl);
  if (publicUrl === undefined) return url;
  return new URL(`${publicUrl.replace(/\/+$/, '')}${url.pathname}${url.search}`);
}

/**
 * Absolute URLs of the neighbouring pages: the request's own URL with `page`
 * replaced, every other parameter kept as the client wrote it.
 */
export function paginationLinks(base: URL, page: number, pageCount: number): PageLinks {
  const lastPage = Math.max(pageCount, 1);
  const at = (n: number) => {
    const url = new URL(base);
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  return {
    self: base.toString(),
    first: at(1),
    last: at(lastPage),
    prev: page > 1 ? at(Math.min(page - 1, lastPage)) : null,
    next: page < pageCount ? at(page + 1) : null,
  };
}

/** The same links as an RFC 8288 `Link` header. */
export function linkHeader(links: PageLinks): string {
  const entries: [string, string | null][] = [
    ['first', links.first],
    ['prev', links.prev],
    ['next', links.next],
    ['last', links.last],
  ];
  return entries
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([rel, url]) => `<${url}>; rel="${rel}"`)
    .join(', ');
}
