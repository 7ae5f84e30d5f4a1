import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { answerAsDate } from './date.js';
import { asNewest, newestAsked, newestDay } from './latest-question.js';
import { localeOf } from './locale.js';
import { answerWholeMonth, wholeMonthAsked } from './month-question.js';
import { answerRelease, releaseDaysAsked } from './release-question.js';
import { answerWholeYear, wholeYearAsked } from './year-question.js';

// Questions a dated entry answers whole, tried in turn before ranking (a whole day is asked
// before these, by free-text.ts, since running text answers it too).

/** The answer to a question asking for dated entries (a year, a release, the newest), or null. */
export function entryQuestionAnswer(services: Services, request: AnswerRequest): Answer | null {
  // A whole year (2013年发生了什么): its entries, or the sentences writing it.
  const year = wholeYearAsked(services, request.query);
  const yearAnswer = year === null ? null : answerWholeYear(services, request, year);
  if (yearAnswer) return yearAnswer;
  // A whole month (5月有什么活动): its entries, as /date 5月 lists them.
  const month = wholeMonthAsked(services, request.query);
  if (month) return answerWholeMonth(services, request, month);
  // A release named by its version (v1.2.0更新了什么): the entry whose heading writes it.
  const release = releaseDaysAsked(services, request.query);
  if (release) return answerRelease(services, request, release);
  // The newest entry (最新版本是多少, 最近一次更新了什么): the newest day's entries.
  const newest = newestAsked(services, request.query);
  const day = newest && newestDay(services, newest);
  return day ? asNewest(services, answerAsDate(services, request, day), day, localeOf(request)) : null;
}
