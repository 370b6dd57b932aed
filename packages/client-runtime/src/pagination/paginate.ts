// Walks a paged list one page at a time. The spec says which query parameter
// picks the page and which fields of a page hold the records and say whether
// another page follows (`x-client-helper.pagination`).

import { PaginationError } from '../errors/errors.js';
import { type ApiPromise, type ApiResponse, apiPromise } from '../response/api-promise.js';

export interface PageShape {
  /** The page's field with the records, e.g. `Records`. */
  items: string;
  /**
   * The page's field that says another page follows: true, or set, e.g.
   * Nexudus's `HasNextPage` or a Laravel paginator's `next_page_url` (null on the last page).
   */
  hasNextPage: string;
  /** The page's field with the number of pages, when it has one. */
  totalPages?: string;
}

/**
 * Every record of every page from `firstPage` on, fetching a page only when
 * the previous one is used up. It stops on the first page that says no page
 * follows, that is empty, or that is the last by its page count: Nexudus can
 * say `HasNextPage: true` on the only page (quirk N7), which would otherwise
 * loop. A page with the very records of the page before it means the page
 * parameter is ignored: it throws PaginationError rather than loop for ever.
 */
export async function* paginate<Item>(
  fetchPage: (page: number) => PromiseLike<unknown>,
  shape: PageShape,
  firstPage = 1,
): AsyncGenerator<Item, void, undefined> {
  let previous: string | undefined;
  for (let page = firstPage; ; page++) {
    const body = (await fetchPage(page)) as Record<string, unknown>;
    const items = (body[shape.items] ?? []) as Item[];
    const records = JSON.stringify(items);
    if (items.length > 0 && records === previous) throw new PaginationError(page);
    previous = records;
    yield* items;
    const totalPages = shape.totalPages === undefined ? undefined : body[shape.totalPages];
    if (!body[shape.hasNextPage] || items.length === 0 || (typeof totalPages === 'number' && page >= totalPages))
      return;
  }
}

/**
 * Everything an async iterable yields, in an array; with `limit`, its first
 * `limit` items, and a paged list fetches no page after the one that holds the last.
 */
export async function collect<Item>(items: AsyncIterable<Item>, { limit = Infinity } = {}): Promise<Item[]> {
  const all: Item[] = [];
  if (limit > 0)
    for await (const item of items) {
      all.push(item);
      if (all.length >= limit) break;
    }
  return all;
}

/** Every record of every page (`getMany`), with the last page's answer. */
export function collectPages<Item>(
  fetchPage: (page: number) => ApiPromise<unknown>,
  shape: PageShape,
): ApiPromise<Item[]> {
  let last: ApiResponse<unknown> | undefined;
  const pages = paginate<Item>(async (page) => {
    last = await fetchPage(page).withResponse();
    return last.data;
  }, shape);
  return apiPromise(collect(pages).then((data) => ({ ...last!, data })));
}
