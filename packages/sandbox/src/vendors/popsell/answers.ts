// Popsell's own answer shapes: Laravel's `{message}` and its 422 validation
// body, and the paginator every chat list answers.
import type { Issue } from '../../http/issues.js';

export const message = <Status extends number, Text extends string | null>(status: Status, text: Text) => ({
  status,
  body: { message: text },
});

/** An answer with its status as a literal, so the spec's types check it against that status's body. */
export const answer = <Status extends number, Body>(status: Status, body: Body) => ({ status, body });

export const forbidden = () => message(403, "You don't have permission to access this route");
export const chatroomNotFound = () => message(404, 'The chatroom does not exist');
export const ambassadorNotFound = () => message(404, 'The ambassador does not exist');

// Laravel's wording: "The established dialogue field must be ..." and a count of the others.
export function unprocessable(issues: Pick<Issue, 'field' | 'within' | 'message'>[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    // Laravel's key for a nested field: `ids_ambassadors.0`.
    const field = [issue.field || 'body', ...(issue.within ?? [])].join('.');
    errors[field] ??= [];
    const sentence = `The ${field.replaceAll('_', ' ')} field ${issue.message}`;
    errors[field].push(/[.?]$/.test(sentence) ? sentence : `${sentence}.`);
  }
  const all = Object.values(errors).flat();
  const more = all.length - 1;
  return {
    status: 422 as const,
    body: { message: more ? `${all[0]} (and ${more} more error${more > 1 ? 's' : ''})` : all[0]!, errors },
  };
}

const perPageOf = (query: Record<string, unknown>) => Number(query.per_page ?? 15);
const pageOf = (query: Record<string, unknown>) => Number(query.page ?? 1);

/** The largest page and page size the paginator's int32 fields (`current_page`, `per_page`) can carry. */
export const MOST_PAGE = 2_147_483_647;

/** Which records the page the query asks for holds. */
export function pageWindow(query: Record<string, unknown>) {
  const perPage = perPageOf(query);
  return {
    limit: Math.min(perPage, Number.MAX_SAFE_INTEGER),
    offset: Math.min((pageOf(query) - 1) * perPage, Number.MAX_SAFE_INTEGER),
  };
}

const GAP = '...';
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/**
 * The pages a paginator links to, as Laravel's UrlWindow picks them (3 on
 * each side of the current page): every page when there are fewer than 14,
 * else the first and last two, the current page's neighbours, and gaps.
 * Listing every page would make a page of a million records megabytes long.
 */
export function linkedPages(current: number, lastPage: number, onEachSide = 3): (number | typeof GAP)[] {
  if (lastPage < onEachSide * 2 + 8) return range(1, lastPage);
  const window = onEachSide + 4;
  const start = [1, 2];
  const finish = [lastPage - 1, lastPage];
  if (current <= window) return [...range(1, window + onEachSide), GAP, ...finish];
  if (current > lastPage - window) return [...start, GAP, ...range(lastPage - (window + onEachSide - 1), lastPage)];
  return [...start, GAP, ...range(current - onEachSide, current + onEachSide), GAP, ...finish];
}

/** One page (`data`, of `total` in all) as Laravel's length-aware paginator writes it, with URLs on the request's own base. */
export function paginator<Item>(data: Item[], total: number, query: Record<string, unknown>, url: URL) {
  const perPage = perPageOf(query);
  const current = pageOf(query);
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const path = `${url.origin}${url.pathname}`;
  const pageUrl = (page: number) => {
    const search = new URLSearchParams(url.search);
    search.set('page', String(page));
    return `${path}?${search.toString().replace(/%5B/g, '[').replace(/%5D/g, ']')}`;
  };
  const from = data.length ? (current - 1) * perPage + 1 : null;
  return {
    current_page: current,
    data,
    first_page_url: pageUrl(1),
    from,
    last_page: lastPage,
    last_page_url: pageUrl(lastPage),
    links: [
      { url: current > 1 ? pageUrl(current - 1) : null, label: '&laquo; Previous', active: false },
      ...linkedPages(current, lastPage).map((page) =>
        page === GAP
          ? { url: null, label: GAP, active: false }
          : { url: pageUrl(page), label: String(page), active: page === current },
      ),
      { url: current < lastPage ? pageUrl(current + 1) : null, label: 'Next &raquo;', active: false },
    ],
    next_page_url: current < lastPage ? pageUrl(current + 1) : null,
    path,
    per_page: perPage,
    prev_page_url: current > 1 ? pageUrl(current - 1) : null,
    to: from === null ? null : from + data.length - 1,
    total,
  };
}
