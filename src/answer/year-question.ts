import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { pagedAnswerOf } from './answer-shape.js';
import { asksNothingMore } from './asks-nothing-more.js';
import { answerAsDate } from './date.js';
import { localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';
import { sentencesWriting } from './written-in-corpus.js';

// "2013年发生了什么", "What happened in 2013?": a question naming a year and asking nothing more
// asks for that year, as "3月18日发生了什么" asks for the day (day-question.ts). Ranked, it listed
// whichever sentence shared 发生 ("以免发生危险") above the one the year is written in. The answer:
// the year's dated entries, as /date 2013年 lists them, or else the sentences writing the year.

/** A year written in a Chinese question, not a day's or a month's (2013年5月 is a month). */
const CHINESE_YEAR = /(?<!\d)(\d{4})\s*年(?!\s*(?:\d|[一二三四五六七八九十]+\s*月|度|代))/u;
const ENGLISH_YEAR = /\b(?:in|during) (\d{4})\b/iu;

/** The year a question asks about as a whole, or null. */
export function wholeYearAsked(services: Services, question: string): number | null {
  const written = CHINESE_YEAR.exec(question) ?? ENGLISH_YEAR.exec(question);
  if (!written) return null;
  const rest = `${question.slice(0, written.index)} ${question.slice(written.index + written[0].length)}`;
  return asksNothingMore(services, rest) ? Number(written[1]) : null;
}

/** That year's entries (/date's answer), or the sentences writing it in the documents' order; null when none does. */
export function answerWholeYear(services: Services, request: AnswerRequest, year: number): Answer | null {
  if (services.library.datesWithEntries.some((d) => d.date.startsWith(`${year}-`))) return answerAsDate(services, request, `${year}年`);
  const written = `${year}年`;
  const numbers = sentencesWriting(services.library, written);
  if (!numbers.length) return null;
  const passages = numbers.map((n) => services.index.numbers.passages[n]!);
  return pagedAnswerOf(request, passages, (passage) => passageItem(services, passage, 1, [written], null), {
    message: say(
      localeOf(request),
      `写到${written}的句子共 ${passages.length} 句，按原文顺序列出；要问其中的具体内容，请直接提问。`,
      `${passages.length} ${passages.length === 1 ? 'sentence mentions' : 'sentences mention'} ${year}, in the documents' order. To ask about something in them, ask directly.`,
    ),
  });
}
