import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { chineseNumeralValue } from '../query/date-normalize.js';
import { asksNothingMore } from './asks-nothing-more.js';
import { answerAsDate } from './date.js';

// "5月有什么活动", "2026年5月发生了什么": a question naming a month and asking nothing more asks
// for the month's entries, as /date 5月 lists them (a day's and a year's questions are read so
// too: day-question.ts, year-question.ts). Ranked, it listed whichever sentence shared 活动 (an
// April entry) above May's.

/** A month written in a Chinese question, not a day's (5月1日) or a stretch of months (5月至6月). */
const CHINESE_MONTH =
  /(?<![\d〇零一二三四五六七八九十])(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?!\s*(?:\d|[一二三四五六七八九十廿卅]|初|中|底|末|至|到|[-~～—–]))/u;

/** The month a question asks about as a whole, as /date reads it (`5月`, `2026年5月`), or null. */
export function wholeMonthAsked(services: Services, question: string): string | null {
  const written = CHINESE_MONTH.exec(question);
  if (!written) return null;
  const month = /^\d+$/u.test(written[2]!) ? Number(written[2]) : chineseNumeralValue(written[2]!);
  if (month === null || month < 1 || month > 12) return null;
  const rest = `${question.slice(0, written.index)} ${question.slice(written.index + written[0].length)}`;
  if (!asksNothingMore(services, rest)) return null;
  // Only a month with entries: else the question is ranked, as before (a month written in running text).
  const year = written[1];
  const key = `-${String(month).padStart(2, '0')}-`;
  const has = services.library.datesWithEntries.some((d) => d.date.slice(4, 8) === key && (!year || d.date.startsWith(year)));
  return has ? `${year ? `${year}年` : ''}${month}月` : null;
}

/** The month's entries, as /date lists them. */
export function answerWholeMonth(services: Services, request: AnswerRequest, month: string): Answer {
  return answerAsDate(services, request, month);
}
