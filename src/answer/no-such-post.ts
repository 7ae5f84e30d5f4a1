import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { bookTitle } from '../text/book-title.js';
import { pagedAnswer } from './answer-shape.js';
import { type Locale, listed, localeOf, say } from './locale.js';
import { type ThreadPost, threadPosts } from './thread-posts.js';
import { nthPost, postNoun, sharedKind, threadKind } from './thread-unit.js';

// "20楼说了什么" of a thread of 11 floors, "5月14日楼主说了什么" of a day the opening poster did not
// post: no post is so named. Ranked, the question listed whatever shared its words (the 11th
// floor's, the day's other posts) as if they were it. Said instead, with the floors and days there are.

/** The unit a question wrote a post's place in: a forum's floor (9楼, #9) or an e-mail's place (第9封). */
export type FloorUnit = 'forum' | 'email';

/** What a question named posts by: floors, the opening poster, authors, days. */
export interface PostsAsked {
  floors: ReadonlySet<number>;
  /** The unit the floors were written in; null when none was named. */
  floorUnit: FloorUnit | null;
  op: boolean;
  authors: ReadonlySet<string>;
  days: ReadonlySet<string>;
  /** A chat's messages by their place among those named (第3条消息). */
  messages: ReadonlySet<number>;
}

/** Days in order, said as the reader reads them. */
function daysSaid(services: Services, request: AnswerRequest, days: Iterable<string>): string[] {
  const format = localeOf(request) === 'en' ? formatDateEn : formatDateZh;
  return [...new Set(days)].sort().map((day) => format(day, services.defaultYear));
}

/** A post's floor as its thread writes it; an e-mail's place in its thread (第4封), which no floor names. */
const floorSaid = ({ post }: ThreadPost): string =>
  post.floor || (post.number === null ? '' : nthPost(threadKind(post), post.number, 'zh'));

/** Floors in order, a run of three or more numbered one after another said as its first and last (1楼至11楼). */
function floorsSaid(locale: Locale, posts: readonly ThreadPost[]): string[] {
  const said: string[] = [];
  for (let i = 0; i < posts.length; ) {
    let j = i;
    const n = (k: number) => posts[k]?.post.number ?? Number.NaN;
    while (n(j + 1) === n(j) + 1) j++;
    const [first, last] = [floorSaid(posts[i]!), floorSaid(posts[j]!)];
    said.push(...(j - i >= 2 ? [say(locale, `${first}至${last}`, `${first}–${last}`)] : posts.slice(i, j + 1).map(floorSaid)));
    i = j + 1;
  }
  return said;
}

/** A thread's posts said by floor, and the days they were posted on; a chat's, whose messages have no number, by day alone. */
function outline(services: Services, request: AnswerRequest, posts: readonly ThreadPost[]): string {
  const floors = floorsSaid(localeOf(request), posts).filter(Boolean);
  const days = daysSaid(
    services,
    request,
    posts.flatMap(({ post }) => post.date ?? []),
  );
  const locale = localeOf(request);
  if (!floors.length) return listed(locale, days);
  return say(locale, `${listed(locale, floors)}（${listed(locale, days)}）`, `${listed(locale, floors)} (${listed(locale, days)})`);
}

/** No post is what the question names: said so, with each thread's posts, and the posts of whom it named. */
export function answerNoSuchPost(services: Services, request: AnswerRequest, asked: PostsAsked): Answer {
  const locale = localeOf(request);
  const { all } = threadPosts(services.library);
  const whose = all.filter(({ post }) => (asked.op && post.op) || asked.authors.has(post.author));
  // Posts named in the threads' own unit (第9封 of an e-mail export, 9楼 of a forum: a place names
  // either). A chat's messages have no place written, so a floor or e-mail asked of chats alone is
  // said as asked: 第4封邮件 was "没有符合“第4条”的消息", of a chat that has 48.
  const shared = sharedKind(all.map(({ post }) => post));
  const kind = shared === 'chat' && asked.floorUnit ? asked.floorUnit : shared;
  const named = [
    ...daysSaid(services, request, asked.days),
    ...(asked.op ? [say(locale, '楼主', 'the opening poster')] : []),
    ...asked.authors,
    ...[...asked.floors].map((n) => nthPost(kind, n, locale)),
    ...[...asked.messages].map((n) => nthPost('chat', n, locale)),
  ];
  const who = listed(locale, [...(asked.op ? [say(locale, '楼主', 'the opening poster')] : []), ...asked.authors]);
  const threads = [...new Set(all.map(({ doc }) => doc))].map((doc) => {
    const title = bookTitle(doc.meta.shortTitle ?? doc.meta.title);
    const posts = all.filter((p) => p.doc === doc);
    const noun = postNoun(sharedKind(posts.map(({ post }) => post)), locale);
    const theirs = whose.filter((p) => p.doc === doc);
    const by = theirs.length
      ? say(locale, `；${who}的${noun}：${outline(services, request, theirs)}`, `; ${who}'s: ${outline(services, request, theirs)}`)
      : '';
    // Messages asked by their place (第999条消息): how many there are, as no floor says it.
    const counted = asked.messages.size && sharedKind(posts.map(({ post }) => post)) === 'chat';
    const count = counted ? say(locale, `（共 ${posts.length} 条）`, ` (${posts.length})`) : '';
    return say(
      locale,
      `${title}的${noun}${count}：${outline(services, request, posts)}${by}`,
      `${title}'s ${noun}s${count}: ${outline(services, request, posts)}${by}`,
    );
  });
  // A day named that has other posts: /date lists them.
  const dated = [...asked.days].filter((day) => services.library.entriesOn(day).length > 0);
  return pagedAnswer(request, [], {
    message: say(
      locale,
      `没有符合“${listed(locale, named)}”的${postNoun(kind, locale)}。\n${threads.join('\n')}`,
      `No ${postNoun(kind, locale)} is ${listed(locale, named)}.\n${threads.join('\n')}`,
    ),
    suggestions: daysSaid(services, request, dated).map((day) => `/date ${day}`),
  });
}
