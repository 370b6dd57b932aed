import { describe, expect, it } from 'vitest';
import { PaginationError } from '../errors/errors.js';
import { apiPromise } from '../response/api-promise.js';
import { collect, collectPages, paginate } from './paginate.js';

const shape = { items: 'Records', hasNextPage: 'HasNextPage', totalPages: 'TotalPages' };

function pages(...records: number[][]) {
  const asked: number[] = [];
  const fetchPage = async (page: number) => {
    asked.push(page);
    const Records = records[page - 1] ?? [];
    return { Records, HasNextPage: page < records.length, TotalPages: records.length };
  };
  return { asked, fetchPage };
}

describe('paginate', () => {
  it('yields every record of every page, in order', async () => {
    const { asked, fetchPage } = pages([1, 2], [3, 4], [5]);
    expect(await collect(paginate(fetchPage, shape))).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([1, 2, 3]);
  });

  it('fetches a page only when the previous one is used up', async () => {
    const { asked, fetchPage } = pages([1, 2], [3, 4]);
    for await (const record of paginate(fetchPage, shape)) if (record === 1) break;
    expect(asked).toEqual([1]);
  });

  it('stops at the last page by count even when the server says another follows (quirk N7)', async () => {
    const asked: number[] = [];
    const fetchPage = async (page: number) => {
      asked.push(page);
      return { Records: [page], HasNextPage: true, TotalPages: 1 };
    };
    expect(await collect(paginate(fetchPage, shape))).toEqual([1]);
    expect(asked).toEqual([1]);
  });

  it('stops on an empty page', async () => {
    const fetchPage = async () => ({ Records: [], HasNextPage: true });
    expect(await collect(paginate(fetchPage, { items: 'Records', hasNextPage: 'HasNextPage' }))).toEqual([]);
  });

  it("follows a Laravel paginator's next_page_url until it is null", async () => {
    const asked: number[] = [];
    const fetchPage = async (page: number) => {
      asked.push(page);
      return { data: [page], next_page_url: page < 3 ? `https://x/list?page=${page + 1}` : null, last_page: 3 };
    };
    const laravel = { items: 'data', hasNextPage: 'next_page_url', totalPages: 'last_page' };
    expect(await collect(paginate(fetchPage, laravel))).toEqual([1, 2, 3]);
    expect(asked).toEqual([1, 2, 3]);
  });
});

describe('paginate, against a server that ignores the page parameter', () => {
  it('stops with a PaginationError on a page that repeats the previous one, instead of looping', async () => {
    const asked: number[] = [];
    // Always page 1, always "another page follows": a proxy or an old server that drops `page`.
    const fetchPage = async (page: number) => {
      asked.push(page);
      return { data: [{ id: 1 }, { id: 2 }], next_page_url: 'https://x/?page=2' };
    };
    const seen: unknown[] = [];
    const walk = async () => {
      for await (const record of paginate(fetchPage, { items: 'data', hasNextPage: 'next_page_url' }))
        seen.push(record);
    };
    await expect(walk()).rejects.toThrow(PaginationError);
    await expect(walk()).rejects.toThrow('page 2 answered the same records as page 1');
    expect(asked.slice(0, 2)).toEqual([1, 2]);
    expect(seen.slice(0, 2)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('starts at the page it is given', async () => {
    const { asked, fetchPage } = pages([1], [2], [3]);
    expect(await collect(paginate(fetchPage, shape, 2))).toEqual([2, 3]);
    expect(asked).toEqual([2, 3]);
  });

  it('collect({ limit }) returns the first records and fetches no page after the one holding the last', async () => {
    const { asked, fetchPage } = pages([1, 2], [3, 4], [5, 6]);
    expect(await collect(paginate(fetchPage, shape), { limit: 3 })).toEqual([1, 2, 3]);
    expect(asked).toEqual([1, 2]);
    expect(await collect(paginate(fetchPage, shape), { limit: 0 })).toEqual([]);
  });

  it("collectPages gathers every page's records, with the last page's answer", async () => {
    const { fetchPage } = pages([1, 2], [3]);
    const all = collectPages<number>(
      (page) =>
        apiPromise(
          fetchPage(page).then((data) => ({ data, status: 200, headers: new Headers({ 'x-page': String(page) }) })),
        ),
      shape,
    );
    expect(await all).toEqual([1, 2, 3]);
    const { data, headers } = await all.withResponse();
    expect(data).toEqual([1, 2, 3]);
    expect(headers.get('x-page')).toBe('2');
  });
});
