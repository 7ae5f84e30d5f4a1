import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { toSimplified } from '../text/normalize.js';
import { answerAsDate } from './date.js';
import { datedHeadings } from './dated-headings.js';
import { answerWholeDays } from './day-question.js';
import { documentsNamedIn } from './document-question.js';
import { asksOnlyForAnEntry } from './latest-question.js';
import { localeOf, say } from './locale.js';

// "v1.2.0更新了什么", "1.2.0版本有什么变化", "What changed in v2.1.0?": a changelog's release named by
// its version, as its dated heading writes it (## 2024年3月15日 v1.2.0). Ranked, the question
// listed sentences writing 更新 or 版本 of other releases: the version is written in no sentence,
// and the tokenizer cut v1.2.0 apart then. The answer: the entry whose heading writes that version.

/** A version as a question writes it: digits with two or more dots' parts (v1.2, 1.2.0, V2.0.3). */
const VERSION = /(?<![\p{L}\d.])v?(\d+(?:\.\d+){1,3})(?![\d.]*\d)/iu;

/** The days of the entries whose headings write the version a question names and asks nothing more of; null otherwise. */
export function releaseDaysAsked(services: Services, question: string): { version: string; days: string[] } | null {
  const text = toSimplified(question);
  const written = VERSION.exec(text);
  if (!written || !services.library.datesWithEntries.length) return null;
  const version = written[1]!;
  const whole = new RegExp(`(?<![\\d.])v?${version.replace(/\./g, '\\.')}(?![\\d]|\\.\\d)`, 'u');
  const days = [...new Set(datedHeadings(services).flatMap(({ heading, day }) => (whole.test(heading) ? [day] : [])))];
  if (!days.length) return null;
  const rest = documentsNamedIn(services, `${text.slice(0, written.index)} ${text.slice(written.index + written[0].length)}`).rest;
  return asksOnlyForAnEntry(services, rest) ? { version: written[0], days } : null;
}

/** The release's entry, as /date lists it, named by its version. */
export function answerRelease(services: Services, request: AnswerRequest, asked: { version: string; days: string[] }): Answer {
  const [day, ...more] = asked.days;
  if (!day || more.length) return answerWholeDays(services, request, asked.days);
  const answer = answerAsDate(services, request, day);
  const note = say(
    localeOf(request),
    `${asked.version} 的条目在${formatDateZh(day, services.defaultYear)}。`,
    `${asked.version} is the entry of ${formatDateEn(day, services.defaultYear)}.`,
  );
  return { ...answer, message: [note, answer.message].filter(Boolean).join('\n') };
}
