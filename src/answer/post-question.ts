import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, IngestedDocument } from '../core/types.js';
import { findDatesInText } from '../query/date-find.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { toSimplified } from '../text/normalize.js';
import { asksNothingMore } from './asks-nothing-more.js';
import { authorsAsked } from './authors-asked.js';
import { GENERIC_SECTION_WORDS } from './generic-question-words.js';
import { type Locale, listed, localeOf, say } from './locale.js';
import { answerNoSuchPost, type FloorUnit, type PostsAsked } from './no-such-post.js';
import { ownWords } from './post-replies.js';
import { analyzeQuery } from './query-analysis.js';
import type { RankedPassage } from './ranked-passage.js';
import { rankedResults } from './ranked-search.js';
import { answerWholeSections, sectionSentences } from './section-question.js';
import { PLACE_AFTER_DI, PLACE_BARE, PLACE_HASHED, placeValue } from './thread-places.js';
import { type ThreadPost, threadPosts } from './thread-posts.js';
import { postCounter, postNoun, sharedKind, threadKind } from './thread-unit.js';

type MailEnd = 'latest' | 'earliest';

// "3楼说了什么", "8楼", "老张说了什么", "5月13日楼主说了什么": a question naming a thread's posts
// by floor, author (or 楼主, the opening poster) and day asks for those posts, as one naming a
// part asks for the part (section-question.ts); asking more (老张说浇水要怎么浇), it is ranked,
// the named posts' sentences first. Ranked alone, the header line and every reply quoting the
// floor (引用 3楼：…) answered, never the post itself.

/**
 * A floor asked for: 3楼, 第3楼, 三楼, 第一百楼, #3, 3# (not 3L: in a question, litres as likely); an
 * e-mail export's message by its place in the thread (第4封, its posts numbered so, email-lines.ts).
 * A bare number is not read inside 第-1楼's: floor 1 is not floor −1.
 */
const FLOOR_ASKED = new RegExp(
  `第\\s*(${PLACE_AFTER_DI})\\s*楼(?!主)|(?<![\\d\\-])(${PLACE_BARE})\\s*楼(?!主)|#\\s*(${PLACE_HASHED})|(?<![\\d#])(${PLACE_HASHED})\\s*#|第\\s*(${PLACE_AFTER_DI})\\s*封`,
  'gu',
);
/**
 * An e-mail export's newest or oldest message (最新一封邮件, 最后一封, 最早的一封): by its date, as
 * 第4封 by its place. Ranked, the export's own preamble (共 7 封邮件，按时间先后排列) answered.
 */
const END_MAIL_ASKED = /最\s*(新|后|近|晚|早|先)\s*的?\s*(?:一|那)?\s*(?:封|(?=邮件|來信|来信|mail))/gu;
/**
 * A chat export's messages by their place (第3条消息, 王阿姨的第2条消息, 第1条、第3条消息): its
 * messages carry no number, so they are counted in order, among those the question names by
 * speaker or day (第3条 alone is a clause of a rule book: 消息 or 发言 after the run says it is a message).
 */
const MESSAGES_ASKED = new RegExp(
  `(?:第\\s*(?:${PLACE_AFTER_DI})\\s*条\\s*(?:[、，,和与及跟]\\s*)?)+(?=(?:群|聊天)?(?:消息|发言|留言|聊天记录))`,
  'gu',
);
/** One place of such a run. */
const MESSAGE_PLACE = new RegExp(`第\\s*(${PLACE_AFTER_DI})\\s*条`, 'gu');
/** Posts whose times a listing says, at most. */
const MAX_TIMES_SAID = 10;
/** Words that ask what a post says and nothing more. */
const POST_QUESTION_WORDS: ReadonlySet<string> = new Set([
  ...GENERIC_SECTION_WORDS,
  ...'回复 回复了 回答 回答了 回 消息 条 群 聊天记录 发言 帖子 帖 发帖 发了 回了 留言 评论 楼层 楼 层 说过 说法 怎么 怎么说 如何 话 在 给 发 贴 邮件 封 信 post posts reply replies wrote write mail email'.split(
    ' ',
  ),
]);

/** Which ends of an e-mail thread a question names, in the order named (最新一封和最早一封: both), and the question without them. */
function mailEndsAsked(question: string): { ends: MailEnd[]; rest: string } {
  const ends: MailEnd[] = [];
  const rest = question.replace(END_MAIL_ASKED, (_, which: string) => {
    const end = '早先'.includes(which) ? 'earliest' : 'latest';
    if (!ends.includes(end)) ends.push(end);
    return ' ';
  });
  return { ends, rest };
}

/** The chat messages a question names by their place, and the question without them. */
function messagesAsked(question: string): { messages: Set<number>; rest: string } {
  const messages = new Set<number>();
  const rest = question.replace(MESSAGES_ASKED, (run: string) => {
    for (const [, written = ''] of run.matchAll(MESSAGE_PLACE)) {
      const value = placeValue(written);
      if (value !== null) messages.add(value);
    }
    return ' ';
  });
  return { messages, rest };
}

/** The floors a question names, the unit it wrote them in (楼 or # a forum's, 封 an e-mail's), and the question without them. */
function floorsAsked(question: string): { floors: Set<number>; unit: FloorUnit | null; rest: string } {
  const floors = new Set<number>();
  let unit: FloorUnit | null = null;
  const rest = question.replace(FLOOR_ASKED, (_, afterDi?: string, bare?: string, hash?: string, trailing?: string, letter?: string) => {
    const value = placeValue(afterDi ?? bare ?? hash ?? trailing ?? letter ?? '');
    if (value !== null) floors.add(value);
    unit = letter === undefined ? 'forum' : 'email';
    return ' ';
  });
  return { floors, unit, rest };
}

/** The posts a question names (none may be so), what named them, whether it asks for nothing more, and what else it says. */
export interface PostsNamed {
  posts: ThreadPost[];
  asked: PostsAsked;
  /** Authors named by less than the whole name, by the form named. */
  called: Map<string, string>;
  whole: boolean;
  /** Listed in the order the question names them, not the thread's (最新一封和最早一封: the newest first). */
  inAskedOrder: boolean;
  /** Named only by authors the question writes otherwise than they sign (Markus, 陈怡君): not put first when ranked (namedPostsFirst). */
  weighedOnly: boolean;
  rest: string;
}

/** The last question's named posts, per library: /ask reads them up to three times (whole, ranked, the nickname note). */
const lastNamed = new WeakMap<object, { question: string; named: PostsNamed | null }>();

/** The posts a question names; null when it names none. */
export function postsNamed(services: Services, question: string): PostsNamed | null {
  const known = lastNamed.get(services.library);
  if (known?.question === question) return known.named;
  const named = readPostsNamed(services, question);
  lastNamed.set(services.library, { question, named });
  return named;
}

function readPostsNamed(services: Services, question: string): PostsNamed | null {
  const { all } = threadPosts(services.library);
  if (!all.length) return null;
  const typed = toSimplified(question.normalize('NFKC'));
  const { ends: endsAsked, rest: unended } = mailEndsAsked(typed);
  // Only an e-mail export has a newest e-mail: without one, 最新 is asked of the rest (latest-question.ts).
  const ends = all.some(({ post }) => threadKind(post) === 'email') ? endsAsked : [];
  const end = ends.length > 0;
  const { messages: messagesTyped, rest: unnumbered } = messagesAsked(end ? unended : typed);
  // Only a chat export has messages to count.
  const chat = messagesTyped.size > 0 && all.some(({ post }) => threadKind(post) === 'chat');
  const messages = chat ? messagesTyped : new Set<number>();
  const { floors, unit: floorUnit, rest: unfloored } = floorsAsked(chat ? unnumbered : end ? unended : typed);
  const { op, authors, foldedOnly, called, rest: unnamed } = authorsAsked(unfloored, services.library);
  if (!floors.size && !op && !authors.size && !end && !messages.size) return null;
  const mentions = findDatesInText(unnamed, services.defaultYear);
  const days = new Set(mentions.map((m) => m.date));
  let rest = unnamed;
  for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  const posts = all.filter(
    ({ post }) =>
      (!floors.size || (post.number !== null && floors.has(post.number))) &&
      (!(op || authors.size) || (op && post.op) || authors.has(post.author)) &&
      (!days.size || (post.date !== null && days.has(post.date))) &&
      (!end || threadKind(post) === 'email') &&
      (!messages.size || threadKind(post) === 'chat'),
  );
  return {
    posts: end ? [...new Set(ends.flatMap((which) => threadEnds(posts, which)))] : messages.size ? countedMessages(posts, messages) : posts,
    asked: { floors, floorUnit, op, authors, days, messages },
    called,
    whole: asksNothingMore(services, rest, POST_QUESTION_WORDS),
    inAskedOrder: ends.length > 1,
    weighedOnly: !floors.size && !op && !end && !messages.size && [...authors].every((author) => foldedOnly.has(author)),
    rest,
  };
}

/** Of each document's posts, the newest or the oldest by when it was sent (its place in the thread breaking a tie). */
function threadEnds(posts: readonly ThreadPost[], end: MailEnd): ThreadPost[] {
  const sent = ({ post }: ThreadPost) => `${post.date ?? ''} ${(post.time ?? '').padStart(5, '0')}`;
  const best = new Map<IngestedDocument, ThreadPost>();
  for (const found of posts) {
    const held = best.get(found.doc);
    const later = held === undefined || sent(found) >= sent(held);
    if (held === undefined || (end === 'latest' ? later : sent(found) < sent(held))) best.set(found.doc, found);
  }
  return posts.filter((found) => best.get(found.doc) === found);
}

/** Of each document's messages, those at the places asked, counted in order (第3条: the third). */
function countedMessages(posts: readonly ThreadPost[], places: ReadonlySet<number>): ThreadPost[] {
  const counted = new Map<IngestedDocument, number>();
  return posts.filter((found) => {
    const place = (counted.get(found.doc) ?? 0) + 1;
    counted.set(found.doc, place);
    return places.has(place);
  });
}

const postSections = (posts: readonly ThreadPost[]) => posts.map(({ section }) => section);

/** The posts a question asks for and nothing more, listed whole in order; null for any other question. */
export function answerPostsAsked(services: Services, request: AnswerRequest): Answer | null {
  const named = postsNamed(services, request.query);
  if (!named?.whole) return null;
  if (!named.posts.length) return answerNoSuchPost(services, request, named.asked);
  const sections = postSections(named.posts);
  const answer = answerWholeSections(services, request, sections, ownWords(services), named.inAskedOrder);
  const locale = localeOf(request);
  // When each was posted: its header, which holds it, is no sentence (a chat message's part is named by its stamp: said there).
  const floored = named.posts.filter(({ post }) => post.floor);
  const when = floored.slice(0, MAX_TIMES_SAID).map(({ post }) => {
    const day = post.date ? (locale === 'en' ? formatDateEn : formatDateZh)(post.date, services.defaultYear) : '';
    return [post.floor, day, post.time].filter(Boolean).join(' ');
  });
  const more = floored.length > MAX_TIMES_SAID ? say(locale, '等', ', …') : '';
  const noun = postNoun(sharedKind(named.posts.map(({ post }) => post)), locale);
  // The quotes left out are said, not hidden: /context or /date shows the post as written.
  const quoted = sectionSentences(services, sections).length - answer.total;
  const notes = [
    nicknamesSaid(named, locale),
    when.length ? say(locale, `发帖时间：${listed(locale, when)}${more}。`, `Posted: ${listed(locale, when)}${more}.`) : null,
    quoted > 0
      ? floored.length
        ? say(locale, `帖中引用别楼的 ${quoted} 句未列出。`, `Left out: ${quoted} quoted from other posts.`)
        : say(locale, `${noun}中引用他人的 ${quoted} 句未列出。`, `Left out: ${quoted} quoted from other ${noun}s.`)
      : null,
  ];
  // A chat's messages are named by their stamps, one a message: the speakers and the count say it shorter.
  const lead = floored.length ? answer.message : messagesLead(named.posts, answer.total, locale, named.inAskedOrder);
  return { ...answer, message: [lead, ...notes].filter(Boolean).join('\n') };
}

/**
 * Whose nickname a chat member named by a word of it has (老陈: 7栋-老陈🚲): a chat's members put
 * where they live or what they do in it, which may be the answer (老陈是哪栋的), and no sentence
 * writes it.
 */
function nicknamesSaid(named: PostsNamed, locale: Locale): string | null {
  const chat = new Set(named.posts.filter(({ post }) => threadKind(post) === 'chat').map(({ post }) => post.author));
  // Not a nickname that is the name and an emoji (王阿姨🌸): it says nothing more.
  const more = (form: string, author: string) => (author.match(/[\p{L}\p{N}]+/gu) ?? []).join('') !== form;
  const said = [...named.called].filter(([form, author]) => chat.has(author) && more(form, author));
  if (!said.length) return null;
  return say(
    locale,
    `${said.map(([form, author]) => `“${form}”的群昵称是“${author}”`).join('；')}。`,
    `${said.map(([form, author]) => `“${form}” is the chat member “${author}”`).join('; ')}.`,
  );
}

/** The note naming the chat members a question calls by a word of their nickname, or null. */
export const nicknamesNote = (services: Services, question: string, locale: Locale): string | null => {
  const named = postsNamed(services, question);
  return named ? nicknamesSaid(named, locale) : null;
};

/** What a listing of chat messages or e-mails holds: whose, how many messages (条消息, 封邮件) and sentences. */
function messagesLead(posts: readonly ThreadPost[], sentences: number, locale: Locale, inAskedOrder: boolean): string {
  const speakers = listed(locale, [...new Set(posts.map(({ post }) => post.author))]);
  const kind = sharedKind(posts.map(({ post }) => post));
  const noun = postNoun(kind, locale);
  return say(
    locale,
    `${speakers}的 ${posts.length} ${postCounter(kind)}${noun}共 ${sentences} 句，以下按${inAskedOrder ? '所问' : '原文'}顺序列出；要问其中的具体内容，请直接提问。`,
    `${posts.length} ${noun}s of ${speakers}, ${sentences} sentences, listed in ${inAskedOrder ? 'the order asked' : 'order'}; ask about what they say for more.`,
  );
}

/**
 * `ranked` with the named posts' sentences first: ranked among themselves for what the question
 * asks besides naming them (小周推荐了什么药: 推荐了什么药 within 小周's posts; ranked over the
 * thread, the one sentence writing 小周 and its neighbours came first), then the rest in order.
 * Not when only a sender written otherwise than signed names them (Markus, 陈怡君): moving their
 * posts first cost answers standing in others' replies (genre v6, session 32), and no open question
 * names a thread's sender to fit a weight on, so the ranking stays as it was, the name one word.
 */
export function namedPostsFirst(services: Services, question: string, ranked: readonly RankedPassage[]): RankedPassage[] {
  const named = postsNamed(services, question);
  if (!named?.posts.length || named.weighedOnly) return [...ranked];
  // Answered best by another document, the floor or name is its own (二楼的维修区 of a shop, 小周 of
  // minutes), not a post's.
  const best = ranked[0]?.passage.docId;
  if (best !== undefined && !named.posts.some(({ doc }) => doc.meta.id === best)) return [...ranked];
  // Their own words: a quote of another post (引用 3楼：…) is that post's.
  const own = sectionSentences(services, postSections(named.posts), ownWords(services));
  const ids = new Set(own.map(({ passage }) => passage.id));
  const passages = services.index.numbers.passages;
  // Admitted, and kept: a candidate's neighbours (its unit) compete admitted or not.
  const admits = (n: number) => ids.has(passages[n]!.id);
  const ranks = rankedResults(services, analyzeQuery(services, named.rest), 'ask', admits).ranked.filter((r) => ids.has(r.passage.id));
  // None of them writing what is asked in its words (推荐 for 建议), the posts are read whole, in order.
  const within = ranks.length ? ranks : own.map(({ passage }) => ({ passage, score: 0, terms: [] }));
  const first = new Set(within.map((r) => r.passage.id));
  return [...within, ...ranked.filter((r) => !first.has(r.passage.id))];
}
