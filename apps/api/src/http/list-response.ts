import type { FacetBucket } from '@gcm-practices/contract';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { listBody } from './list-body.js';
import { linkBase, linkHeader, paginationLinks } from './pagination-links.js';
import { invalidParameters } from './problem.js';
import { sendJson } from './representation.js';

export interface ListPage {
  items: readonly string[];
  total: number;
  page: number;
  pageSize: number;
  facets?: Record<string, FacetBucket[]> | undefined;
  /** Extra response headers (language negotiation). */
  headers?: Record<string, string> | undefined;
}

export function sendList(c: Context<AppEnv>, list: ListPage): Promise<Response> {
  const pageCount = Math.ceil(list.total / list.pageSize);
  const links = paginationLinks(linkBase(c.req.url, c.var.publicUrl), list.page, pageCount);
  const meta = { total: list.total, page: list.page, pageSize: list.pageSize, pageCount };
  return sendJson(c, listBody(list.items, meta, links, list.facets), {
    ...list.headers,
    Link: linkHeader(links),
  });
}

/** A page past the last: 400 naming `page` and the pages that exist. */
export function pageOutOfRange(
  c: Context<AppEnv>,
  { total, pageCount, pageSize }: { total: number; pageCount: number; pageSize: number },
): Response {
  return invalidParameters(c, [
    {
      name: 'page',
      reason: `must be from 1 to ${pageCount}: ${total} results at pageSize ${pageSize}`,
    },
  ]);
}
