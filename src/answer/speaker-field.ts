import { memoized } from '../core/memo.js';
import { readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import { toSimplified } from '../text/normalize.js';
import { type Locale, listed, say } from './locale.js';
import { whoAskedAt } from './name-callings.js';
import { ownWords } from './post-replies.js';
import type { RankMode } from './rank-mode.js';
import { keywordMatch, type SearchKeyword, searchedKeywords } from './search-keywords.js';
import { sectionSentences } from './section-question.js';
import { speakerTurns } from './speaker-turns.js';
import { authorNames, threadPosts } from './thread-posts.js';

// Who wrote a sentence, as a field of it: a chat message's speaker, a forum post's author (and
// 楼主 for the opening poster's), a transcript turn's speaker. The stamp or header naming them is
// no sentence, so ranked by their text alone /search 王阿姨 found only the messages mentioning
// her, never hers, and /ask 小周推荐喷什么药 ranked a package insert's 不推荐使用 above her post.
// A name the query writes (a whole nickname, or the word people call a member by: 老陈 of
// 7栋-老陈🚲, as post-question.ts reads it) makes that speaker's own words candidates, their
// linear score raised by SPEAKER_WEIGHT. Kept beside the index rather than in it: it is read from
// the library's posts and turns, which the saved corpus holds, so the saved index is unchanged.

interface Speaker {
  /** As written over their words (王阿姨🌸), or 楼主. */
  author: string;
  /** The names a query may call them by (thread-posts.ts authorNames), longest first. */
  names: string[];
  /** Passage numbers of their own words (a quote of another's left out). */
  numbers: number[];
}

/** Every speaker of the corpus's chats, threads and transcripts, with their own sentences (once per library). */
const speakersOf = memoized((services: Services): Speaker[] => {
  const { numberOf } = services.index.numbers;
  const byName = new Map<string, Set<number>>();
  const add = (name: string, ids: readonly string[]) => {
    // A system line (“…”撤回了一条消息) is no one's.
    if (!name) return;
    const numbers = byName.get(name) ?? new Set<number>();
    byName.set(name, numbers);
    for (const id of ids) {
      const n = numberOf(id);
      if (n >= 0) numbers.add(n);
    }
  };
  const { all } = threadPosts(services.library);
  const own = ownWords(services);
  for (const { post, section } of all) {
    const ids = sectionSentences(services, [section], own).map(({ passage }) => passage.id);
    add(post.author, ids);
    if (post.op) add('楼主', ids);
  }
  for (const doc of services.library.documents) {
    const order = readingOrder(doc);
    for (const turn of speakerTurns(doc))
      add(
        turn.speaker,
        order.slice(turn.start, turn.end).map(({ passage }) => passage.id),
      );
  }
  const authors = [...byName.keys()];
  return authors.map((author) => ({
    author,
    names: (author === '楼主' ? [author] : authorNames(author, authors)).sort((a, b) => b.length - a.length),
    numbers: [...byName.get(author)!],
  }));
});

/**
 * Added to the linear score (ranking-weights.ts's scale: the best word match is 1) of a named
 * speaker's own sentence. Fitted on 54 questions written from the genre 3–5 transcript, thread and
 * chat (a speaker named and something asked of them: 小周推荐喷什么药, 陈立伟夜班下班怎么回家),
 * each over its own corpus and over the three corpora in one folder (57, with questions about
 * another document sharing a speaker's word: 物业管理费由谁承担). Without the field: Hit@1 32/54 and
 * 32/57, MRR@10 0.704 and 0.678; with it, weight 4: 34 and 35, 0.730 and 0.718. Weight 1 gave 32
 * and 33 (0.710, 0.696), 2 and 3 less than 4, 5 as much, 8 lost a Hit@1 over the three corpora (a
 * sentence of theirs outranked the one writing what is asked). /ask: 4, the smallest of the best
 * (a named day weighs 3: the name says where the answer is, as the day does). /search: half a best
 * word match, so its results writing what was typed (lit) come first, the speaker's own sentences
 * after them, and among sentences writing the same words the speaker's first.
 */
export const SPEAKER_WEIGHT: Record<RankMode, number> = { ask: 4, search: 0.5 };

/** The speakers a query names: who (as written over their words), by what forms, and their own sentences. */
export interface SpeakersNamed {
  authors: string[];
  forms: string[];
  numbers: Set<number>;
}

/** The speakers a query names, or null when it names none. */
export function speakersIn(services: Services, query: string): SpeakersNamed | null {
  const speakers = speakersOf(services);
  if (!speakers.length) return null;
  const folded = toSimplified(query.normalize('NFKC'));
  const who = whoAskedAt(folded);
  const named: SpeakersNamed = { authors: [], forms: [], numbers: new Set() };
  for (const { author, names, numbers } of speakers) {
    const form = names.find((name) => {
      const at = folded.indexOf(name);
      return at >= 0 && at < who;
    });
    if (form === undefined) continue;
    named.authors.push(author);
    named.forms.push(form);
    for (const n of numbers) named.numbers.add(n);
  }
  return named.authors.length ? named : null;
}

/**
 * The query without the names of the speakers it names (`named`, speakersIn's): their sentences
 * hold the name without writing it, so no keyword naming them is "held by no result".
 */
export function speakerNamesOut(query: string, named: SpeakersNamed): string {
  let rest = toSimplified(query.normalize('NFKC'));
  for (const form of named.forms) rest = rest.split(form).join(' ');
  return rest;
}

/** For /search: that the results hold the named speakers' own words, which do not write the name (nothing lit). */
export function speakersNote(named: SpeakersNamed, locale: Locale): string {
  const who = listed(
    locale,
    named.authors.map((a) => `“${a}”`),
  );
  return say(
    locale,
    `结果也包括${who}本人的发言（发言不写名字，不标亮）。`,
    `Results include what ${who} wrote (it does not write the name, so nothing is lit).`,
  );
}

/**
 * For /search of several keywords: whether sentence `n`, holding the searched `found` terms, holds
 * every keyword, a keyword naming a speaker held by their own sentences (王阿姨 停水: her messages
 * writing 停水; `heldBy`: the sentences holding a keyword as a field, sentence-fields.ts). Null when no
 * keyword names a speaker, or there is one keyword.
 */
export function everyKeywordHeld(
  heldBy: (keyword: string) => ReadonlySet<number> | null,
  forms: readonly string[][],
  typed: readonly SearchKeyword[],
  searched: ReadonlySet<string>,
): ((n: number, found: readonly string[]) => boolean) | null {
  if (typed.length < 2) return null;
  const keywords = typed.map((keyword, i) => ({
    match: keywordMatch(searchedKeywords([keyword], searched)),
    spoken: heldBy(forms[i]?.[0] ?? ''),
  }));
  if (!keywords.some((k) => k.spoken)) return null;
  return (n, found) => {
    const held = new Set(found);
    return keywords.every(({ match, spoken }) => spoken?.has(n) || match.holdsSome(held));
  };
}
