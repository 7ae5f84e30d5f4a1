import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import { atPlace, readingOrder, type SentenceAt } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { IngestedDocument, Passage } from '../core/types.js';
import { comparisonKey } from '../ingest/normalize-raw.js';
import { graphemes } from '../text/graphemes.js';
import { type ThreadPost, threadPosts } from './thread-posts.js';

// A thread's question is answered by a reply, as a transcript's by the next speaker's turn
// (answers-before-questions.ts): the questions closing a post (请问这是缺肥了还是生病了？要不要全拔了重种？)
// by the first later post quoting it (引用 8楼 阿绿的阳台：…), else by the next post when another
// author's and quoting no one; a quoted question by the post quoting it. The reply's own words
// answer, not the quote it opens with: a quote reproduces the quoted post's words.

/** A post opening with a quote of a floor (引用 8楼 阿绿的阳台：…, 回复 10楼：…, 引用楼主：…): the floor's number, or 楼主. */
const QUOTE = /^\s*(?:引用|回复)\s*(?:(\d{1,5})\s*楼|#\s*(\d{1,5})|(楼主))?[^：:]{0,30}[：:]/u;
/** A chat message opening with a quote of another's (「小鱼妈妈🐟：请问…？」): the quoted speaker. */
const CHAT_QUOTE = /^\s*「([^「」：:]{1,40})[：:]/u;
/** A reply this short (对。, 可以的。) says yes or no: what it means follows. */
const BARE_REPLY = 10;

/** The opening sentence of a reply from `start` (before `end`), with the next one when it is a bare reply (its `said` words shorter than BARE_REPLY). */
export function replyOpening(order: readonly SentenceAt[], start: number, end: number, said: string): Passage[] {
  const more = graphemes(said).length <= BARE_REPLY && end > start + 1 ? [atPlace(order[start + 1]!)] : [];
  return [atPlace(order[start]!), ...more];
}

interface PostSpan {
  post: ThreadPost;
  /** Reading-order indices of its first sentence and after its last. */
  start: number;
  end: number;
  /** The index among the thread's spans of the post it quotes as it opens, null for none. */
  quotes: number | null;
  /** Where its own words start: after the quote it opens with. */
  own: number;
}

/** The posts read so far, by floor (the first so numbered) and by author (the latest), so that finding the one quoted is no walk over all of them. */
interface SpansSoFar {
  byFloor: Map<number, number>;
  byAuthor: Map<string, number>;
}

/** The span a post opening with `text` quotes among those read before it: a floor's (引用 3楼：…) or a speaker's latest (「老陈：…」). */
function quotedSpan(text: string, before: SpansSoFar): number | null {
  const quote = QUOTE.exec(text);
  if (quote) {
    const floor = quote[3] ? 0 : Number(quote[1] ?? quote[2] ?? Number.NaN);
    return Number.isNaN(floor) ? null : (before.byFloor.get(floor) ?? null);
  }
  const speaker = CHAT_QUOTE.exec(text)?.[1]?.trim();
  return speaker ? (before.byAuthor.get(speaker) ?? null) : null;
}

/** A thread's post spans in order, the span holding each reading-order index (-1 for none), and the later spans quoting each, in order. */
interface ThreadSpans {
  spans: PostSpan[];
  spanAt: Int32Array;
  quotedBy: Map<number, number[]>;
}

/** Each post's run of sentences in the document's reading order, once per library and document. */
const spansOf = memoized((library: Library) =>
  memoized((doc: IngestedDocument): ThreadSpans => {
    const order = readingOrder(doc);
    const posts = threadPosts(library).all.filter((p) => p.doc === doc);
    // Where each part's sentences start, read once: a chat's thousands of messages each looked
    // for theirs over the whole document (10,000 messages: 44 s for the first question naming one).
    const keys = order.map((s) => s.place.section?.join('\u0000'));
    const firstAt = new Map<string, number>();
    keys.forEach((key, i) => {
      if (key !== undefined && !firstAt.has(key)) firstAt.set(key, i);
    });
    const spans: PostSpan[] = [];
    const before: SpansSoFar = { byFloor: new Map(), byAuthor: new Map() };
    for (const post of posts) {
      const key = post.post.path.join('\u0000');
      const start = firstAt.get(key);
      if (start === undefined) continue;
      let end = start;
      while (end < order.length && keys[end] === key) end++;
      const quotes = quotedSpan(order[start]!.passage.text, before);
      const span = { post, start, end, quotes };
      const at = spans.push({ ...span, own: ownStart(order, span, spans) }) - 1;
      const floor = post.post.number ?? 0;
      if (!before.byFloor.has(floor)) before.byFloor.set(floor, at);
      before.byAuthor.set(post.post.author, at);
    }
    // Looked up by index, not found by walking every span: /ask asks this of each question ranked.
    const spanAt = new Int32Array(order.length).fill(-1);
    const quotedBy = new Map<number, number[]>();
    spans.forEach((span, at) => {
      // The first span holding an index is its own (two posts of one path share their sentences).
      for (let k = span.start; k < span.end; k++) if (spanAt[k] === -1) spanAt[k] = at;
      if (span.quotes === null) return;
      const quoters = quotedBy.get(span.quotes);
      if (quoters) quoters.push(at);
      else quotedBy.set(span.quotes, [at]);
    });
    return { spans, spanAt, quotedBy };
  }),
);

/**
 * Where a post's own words start, after the quote it opens with: sentences of the quoted post's
 * text are the quote's (引用 2楼：…), and a chat's quote runs to its closing bracket (「…」).
 */
function ownStart(order: readonly SentenceAt[], span: Omit<PostSpan, 'own'>, spans: readonly PostSpan[]): number {
  if (span.quotes === null) return span.start;
  if (CHAT_QUOTE.test(order[span.start]!.passage.text)) {
    let at = span.start;
    while (at < span.end && !order[at]!.passage.text.includes('」')) at++;
    return Math.min(at + 1, span.end);
  }
  const quoted = spans[span.quotes];
  const text = quoted
    ? comparisonKey(
        order
          .slice(quoted.start, quoted.end)
          .map((s) => s.passage.text)
          .join(''),
      )
    : '';
  let at = span.start + 1;
  while (at < span.end && text.includes(comparisonKey(order[at]!.passage.text))) at++;
  return at;
}

/** The positions of the sentences the thread's posts quote others with (引用 2楼 小葱拌豆腐：… and the quoted words after it, an e-mail's `>` lines), once per library and document. */
export const quotedPositions = memoized((library: Library) =>
  memoized((doc: IngestedDocument): ReadonlySet<number> => {
    const order = readingOrder(doc);
    const { spans } = spansOf(library)(doc);
    // An e-mail's `>` lines were read as quotes where they stand, anywhere in the reply (email-lines.ts).
    const quoted = new Set<number>(doc.quoted);
    for (const span of spans) for (let k = span.start; k < span.own; k++) quoted.add(order[k]!.place.position);
    return quoted;
  }),
);

/** The words a post quotes as it opens, compared as keys. */
const quoteText = (order: readonly SentenceAt[], span: PostSpan): string =>
  comparisonKey(
    order
      .slice(span.start, span.own)
      .map((s) => s.passage.text)
      .join(''),
  );

/** The reply's first own sentence that asks nothing, and the next when it is bare; none when it has none. */
function replyIn(order: readonly SentenceAt[], span: PostSpan, asks: (text: string) => boolean): Passage[] {
  for (let at = span.own; at < span.end; at++)
    if (!asks(order[at]!.passage.text)) return replyOpening(order, at, span.end, order[at]!.passage.text);
  return [];
}

/**
 * The reply answering the question at reading-order index `at` of `doc`, or null when it stands in
 * no post (the question is not a thread's); none when no reply answers it.
 */
export function postReply(library: Library, doc: IngestedDocument, at: number, asks: (text: string) => boolean): Passage[] | null {
  const { spans, spanAt, quotedBy } = spansOf(library)(doc);
  const i = spanAt[at] ?? -1;
  const span = spans[i];
  if (!span) return null;
  const quoters = (quotedBy.get(i) ?? []).map((k) => spans[k]!);
  const order = readingOrder(doc);
  // A quoted question: the post quoting it answers.
  if (at === span.start && span.quotes !== null) return replyIn(order, span, asks);
  // A later post quoting the question (「小鱼妈妈：请问…？」 over its answer) answers it, wherever it stands in its post.
  const question = comparisonKey(order[at]!.passage.text);
  const quoter = quoters.find((later) => quoteText(order, later).includes(question));
  if (quoter) return replyIn(order, quoter, asks);
  // Only the questions closing a post wait for a reply: one followed by the post's own words is answered there, if at all.
  for (let k = at; k < span.end; k++) if (!asks(order[k]!.passage.text)) return [];
  const quoting = quoters[0];
  const next = spans[i + 1];
  const reply = quoting ?? (next && next.quotes === null && next.post.post.author !== span.post.post.author ? next : undefined);
  return reply ? replyIn(order, reply, asks) : [];
}

/** Whether a post's sentence is its author's own words, not a quote of another post's (引用 2楼 小葱拌豆腐：…). */
export const ownWords = (services: Services) => (at: SentenceAt) => {
  const doc = services.library.doc(at.passage.docId);
  return !doc || !quotedPositions(services.library)(doc).has(at.place.position);
};
