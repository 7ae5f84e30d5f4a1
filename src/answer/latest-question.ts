import type { Services } from '../core/services.js';
import type { Answer } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { toSimplified } from '../text/normalize.js';
import { asksNothingMore } from './day-question.js';
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
    '更新 更新了 版本 版 条目 一条 一次 一期 消息 动态 进展 日志 更新日志 公告 通知 记录 变化 改动 改了 改变 变动 修改 内容 日期 时候 哪天 哪一天 是 的 多少 几 ' +
    'update updates updated version versions release releases entry entries changes change changelog news the what is was are whats s'
  ).split(' '),
);

/** Whether `rest` (the question without its marker and named documents) asks for nothing but an entry. */
function asksOnlyForEntries(services: Services, rest: string): boolean {
  const words = rest
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  const chinese = words.flatMap((w) => (ENTRY_WORDS.has(w) ? [] : services.tokenizer.tokenize(w).words));
  const leftover = chinese.filter((w) => !ENTRY_WORDS.has(w.toLowerCase()));
  return leftover.length === 0 || asksNothingMore(services, leftover.join(' '));
}

/** The documents whose newest entry a question asks for (all when it names none), or null when it asks something else. */
export function newestAsked(services: Services, question: string): string[] | null {
  if (!services.library.datesWithEntries.length) return null;
  const text = toSimplified(question);
  if (!NEWEST.test(text)) return null;
  const { docs, rest } = documentsNamedIn(services, text);
  if (!asksOnlyForEntries(services, rest.replace(EVERY_NEWEST, ' '))) return null;
  return docs.map((doc) => doc.meta.id);
}

/** Whether a /date query asks for the newest day ("最新", "最近的条目", "latest"). */
export function newestDateAsked(services: Services, query: string): boolean {
  return newestAsked(services, query) !== null;
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
