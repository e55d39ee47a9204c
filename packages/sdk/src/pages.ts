import type { PageMeta } from '@gcm-practices/contract';

interface Page<Item> {
  data: Item[];
  meta: PageMeta;
}

/**
 * Every item of a paginated list, one page request at a time, from `first`
 * until the last page (`meta.pageCount`). A page is requested only when the
 * previous one has been consumed, so `break` stops the requests.
 */
export async function* eachItem<Item>(
  fetchPage: (page: number) => Promise<Page<Item>>,
  first: number,
): AsyncGenerator<Item, void, undefined> {
  for (let page = first; ; page += 1) {
    const { data, meta } = await fetchPage(page);
    yield* data;
    if (page >= meta.pageCount || data.length === 0) return;
  }
}
