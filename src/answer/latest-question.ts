import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import type { Answer } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { toSimplified } from '../text/normalize.js';
import { asksNothingMore } from './asks-nothing-more.js';
import { datedHeadings } from './dated-headings.js';
import { documentsNamedIn } from './document-question.js';
import { type Locale, say } from './locale.js';

// "最新版本是多少", "最近一次更新了什么", "/date 最新", "What's the latest update?": over a changelog or
// minutes, the newest dated entry is the answer a community asks for most. Ranked, such a question
// listed whichever sentence wrote 更新 or 版本 (a footer's "最后更新：…", a spec table's header), and
// /date refused 最新 as no date. The answer: the newest day's entries, as /date lists them, of the
// documents the question names (or of all). A question asking more than that ("最新的诊疗方案是第几版")
// is ranked as before: only words saying "the newest entry" may stand beside the marker.

/** Words asking for the newest (最近 alone may mean "lately", which asks the same of a dated corpus). */
const NEWEST = /最新|最近|最后|latest|newest|most recent|recent|last/iu;
const EVERY_NEWEST = new RegExp(NEWEST.source, 'giu');

/** Words that name what an entry of a dated document is, besides the generic question words. */
const ENTRY_WORDS: ReadonlySet<string> = new Set(
  (
    '更新 更新了 版本 版 条目 一条 一次 一期 消息 动态 进展 日志 更新日志 公告 通知 记录 变化 改动 改了 改变 变动 修改 内容 日期 时候 什么时候 时间 何时 哪天 哪一天 是 的 多少 几 ' +
    // What an entry holds, asked of the newest one (最新版本新增了什么, 最近一次例会讨论了什么).
    '讨论 讨论了 决定 决定了 决议 新增 新增了 增加 修复 修复了 提到 说了 讲了 写了 包括 ' +
    // A diary's or a column's entries are counted by 篇 (日记的最后一篇写了什么).
    '篇 一篇 ' +
    // When it came out and what is new in it (最新版本的发布日期, What's new in the latest version?).
    '发布 发布了 上线 new in of ' +
    'update updates updated version versions release releases entry entries changes change changed changelog news the what is was are whats s when'
  ).split(' '),
);

/** The entry words of two Han characters or more, longest first, as a pattern splitting a text around them. */
const HAN_ENTRY_WORD = new RegExp(
  `(${[...ENTRY_WORDS]
    .filter((w) => /^\p{Script=Han}{2,}$/u.test(w))
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'u',
);

/**
 * The words of each document's dated entries' headings (例会 of "## 2025年3月8日 第12次例会", 特别版
 * of a release's): what the documents call their entries, so "最近一次例会" asks for the newest
 * entry, and of the documents whose headings write 例会.
 */
const headingWordsOf = memoized((services: Services) => {
  const byDocument = new Map<string, Set<string>>();
  for (const { heading, docId } of datedHeadings(services)) {
    const words = byDocument.get(docId) ?? new Set<string>();
    byDocument.set(docId, words);
    for (const w of services.tokenizer.tokenize(heading).words) words.add(w.toLowerCase());
  }
  // Every document's together: a question's word is tested against all of them at once.
  const all = new Set([...byDocument.values()].flatMap((words) => [...words]));
  return { byDocument: byDocument as ReadonlyMap<string, ReadonlySet<string>>, all: all as ReadonlySet<string> };
});

/**
 * The heading words `rest` (the question without its marker and named documents) uses, when it
 * asks for nothing but an entry; null when it asks something more.
 */
function entryWordsAsked(services: Services, rest: string): string[] | null {
  const words = rest
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  const isHeadingWord = (w: string) => headingWordsOf(services).all.has(w);
  const isEntryWord = (w: string) => ENTRY_WORDS.has(w) || isHeadingWord(w);
  const cut = (w: string) => services.tokenizer.tokenize(w).words.map((t) => t.toLowerCase());
  // A dictionary may cut an entry word apart (the starting corpus's cuts 更新 into 更 / 新): when
  // the cut leaves words asking more, the entry words written in it are set apart first.
  const entryCut = (w: string) => {
    const words = cut(w);
    if (words.every(isEntryWord)) return words;
    return w.split(HAN_ENTRY_WORD).flatMap((piece) => (isEntryWord(piece) ? [piece] : cut(piece)));
  };
  const chinese = words.flatMap((w) => (isEntryWord(w) ? [w] : entryCut(w)));
  const leftover = chinese.filter((w) => !isEntryWord(w));
  if (leftover.length && !asksNothingMore(services, leftover.join(' '))) return null;
  return chinese.filter((w) => !ENTRY_WORDS.has(w) && isHeadingWord(w));
}

/** Whether `rest` (a question without what names its entry) asks for nothing but that entry ("更新了什么", "有什么变化"). */
export const asksOnlyForAnEntry = (services: Services, rest: string): boolean => entryWordsAsked(services, rest) !== null;

/** The documents whose newest entry a question asks for (all when it names none), or null when it asks something else. */
export function newestAsked(services: Services, question: string): string[] | null {
  if (!services.library.datesWithEntries.length) return null;
  const text = toSimplified(question);
  if (!NEWEST.test(text)) return null;
  const { docs, rest } = documentsNamedIn(services, text);
  const headingWords = entryWordsAsked(services, rest.replace(EVERY_NEWEST, ' '));
  if (!headingWords) return null;
  const named = docs.map((doc) => doc.meta.id);
  if (!headingWords.length) return named;
  // Entries called by a name their headings write (例会): the documents whose headings write it.
  const { byDocument } = headingWordsOf(services);
  const calling = [...byDocument.keys()].filter((id) => headingWords.every((w) => byDocument.get(id)?.has(w)));
  const within = named.length ? calling.filter((id) => named.includes(id)) : calling;
  return within.length ? within : named;
}

/** The newest day with an entry of `docIds` (of any document when empty), or null. */
export function newestDay(services: Services, docIds: readonly string[]): string | null {
  const wanted = new Set(docIds);
  const { datesWithEntries, entriesOn } = services.library;
  for (let i = datesWithEntries.length - 1; i >= 0; i--) {
    const { date } = datesWithEntries[i]!;
    if (!wanted.size || entriesOn(date).some((entry) => wanted.has(entry.docId))) return date;
  }
  return null;
}

/** `answer` (the newest day's entries, as /date lists them) named as the newest. */
export function asNewest(services: Services, answer: Answer, day: string, locale: Locale): Answer {
  const note = say(
    locale,
    `最新的条目在${formatDateZh(day, services.defaultYear)}。`,
    `The newest entries are of ${formatDateEn(day, services.defaultYear)}.`,
  );
  return { ...answer, message: [note, answer.message].filter(Boolean).join('\n') };
}
