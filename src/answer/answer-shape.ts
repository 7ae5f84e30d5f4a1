import type { Answer, AnswerError, AnswerItem, AnswerRequest } from '../core/types.js';
import { cutGraphemes } from '../text/graphemes.js';
import { localeOf, say } from './locale.js';
import { type Suggested, suggested } from './offers.js';
import { MAX_QUERY_LENGTH } from './validate-query.js';

// Constructors for the Answer shape, so every answer kind pages and reports errors the same way.

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

export interface Paging {
  page: number;
  pageSize: number;
}

/** A count asked through the API as a whole number: NaN is not asked (the default), ±Infinity the farthest there is. */
function wholeNumber(asked: number | undefined, fallback: number): number {
  if (asked === undefined || Number.isNaN(asked)) return fallback;
  return Math.floor(Math.min(Number.MAX_SAFE_INTEGER, Math.max(-Number.MAX_SAFE_INTEGER, asked)));
}

function pagingOf(request: AnswerRequest): Paging {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, wholeNumber(request.pageSize, DEFAULT_PAGE_SIZE)));
  const page = Math.max(1, wholeNumber(request.page, 1));
  return { page, pageSize };
}

/** Which page of `count` items the request shows: a page past the end shows the last one. */
function shownPage(request: AnswerRequest, count: number): Paging {
  const { page, pageSize } = request.whole ? { page: 1, pageSize: Math.max(1, count) } : pagingOf(request);
  return { page: Math.min(page, pageCount(count, pageSize)), pageSize };
}

/** The part of `list` the request's page shows, as pagedAnswerOf shows it. */
export function onPage<T>(request: AnswerRequest, list: readonly T[]): T[] {
  const { page, pageSize } = shownPage(request, list.length);
  return list.slice((page - 1) * pageSize, page * pageSize);
}

/**
 * The query as an answer echoes it: an over-long one cut (a 60 MB line was written back whole; a
 * refused date, an unknown id or /help's argument of thousands of characters too), what was typed,
 * recognisably, and no more than a query may hold.
 */
const echoedQuery = (query: string): string => cutGraphemes(query, MAX_QUERY_LENGTH, '…');

export function errorAnswer(request: AnswerRequest, error: AnswerError, suggestions: readonly Suggested[] = []): Answer {
  const { page, pageSize } = pagingOf(request);
  return {
    command: request.command,
    query: echoedQuery(request.query),
    total: 0,
    page,
    pageSize,
    items: [],
    message: error.message,
    ...suggested(suggestions),
    error,
  };
}

/** Pages needed for `total` items, `pageSize` a page: at least one, even for no items. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Pages of an answer: adapters that page by whole days set `pages` themselves. */
export function pagesOf(answer: Pick<Answer, 'total' | 'pageSize' | 'pages'>): number {
  return answer.pages ?? pageCount(answer.total, answer.pageSize);
}

/** 1-based rank of an answer's first item. */
export function firstRankOf(answer: Pick<Answer, 'page' | 'pageSize' | 'offset'>): number {
  return (answer.offset ?? (answer.page - 1) * answer.pageSize) + 1;
}

type Extra = Partial<Pick<Answer, 'message' | 'groups' | 'timeline' | 'matched'>> & { suggestions?: readonly Suggested[] };

/** An answer over a full ranked list of items: keeps the total, returns the requested page. */
export function pagedAnswer(request: AnswerRequest, all: AnswerItem[], extra: Extra = {}): Answer {
  return pagedAnswerOf(request, all, (item) => item, extra);
}

/**
 * The same over ranked hits that become items only when shown: building an item (citation,
 * highlights) costs more than ranking it, so only the requested page pays for it.
 */
export function pagedAnswerOf<T>(request: AnswerRequest, all: readonly T[], toItem: (hit: T) => AnswerItem, extra: Extra = {}): Answer {
  const { page, pageSize } = request.whole ? { page: 1, pageSize: Math.max(1, all.length) } : pagingOf(request);
  const lastPage = pageCount(all.length, pageSize);
  const current = shownPage(request, all.length).page;
  // A page past the end shows the last one, and says so: a client paging until an empty page
  // would otherwise never learn it has seen everything.
  const pastEnd =
    page > lastPage && all.length
      ? say(
          localeOf(request),
          `没有第${page}页（共${lastPage}页），这里显示的是最后一页。`,
          `There ${lastPage === 1 ? 'is only 1 page' : `are only ${lastPage} pages`}; showing the last one.`,
        )
      : null;
  const message = [extra.message ?? null, pastEnd].filter(Boolean).join('\n') || null;
  return {
    command: request.command,
    query: echoedQuery(request.query),
    total: all.length,
    page: current,
    pageSize,
    items: all.slice((current - 1) * pageSize, current * pageSize).map(toItem),
    message,
    ...suggested(extra.suggestions ?? []),
    ...(extra.groups ? { groups: extra.groups } : {}),
    ...(extra.timeline ? { timeline: extra.timeline } : {}),
    ...(extra.matched !== undefined && extra.matched > all.length ? { matched: extra.matched } : {}),
  };
}
