// Laravel's paginator links: the pages its UrlWindow picks, never one link per page.
import { describe, expect, it } from 'vitest';
import { linkedPages, paginator } from './answers.js';

describe('linkedPages, as Laravel 10 renders links for 3 on each side', () => {
  it.each([
    [1, 1, [1]],
    [5, 13, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
    [1, 20, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, '...', 19, 20]],
    [7, 20, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, '...', 19, 20]],
    [10, 20, [1, 2, '...', 7, 8, 9, 10, 11, 12, 13, '...', 19, 20]],
    [15, 20, [1, 2, '...', 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]],
    [
      500_000,
      1_000_000,
      [1, 2, '...', 499_997, 499_998, 499_999, 500_000, 500_001, 500_002, 500_003, '...', 999_999, 1_000_000],
    ],
  ])('page %i of %i', (current, last, pages) => {
    expect(linkedPages(current, last)).toEqual(pages);
  });

  it('keeps a page of a million records short, with gaps that link nowhere', () => {
    const page = paginator([], 15_000_000, { page: '3' }, new URL('http://127.0.0.1/api/v2/chat/ambassadors'));
    expect(page.last_page).toBe(1_000_000);
    expect(page.links).toHaveLength(15);
    expect(page.links[11]).toEqual({ url: null, label: '...', active: false });
    expect(page.links[3]).toEqual({ url: 'http://127.0.0.1/api/v2/chat/ambassadors?page=3', label: '3', active: true });
  });
});
