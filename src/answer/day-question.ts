import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { findDatesInText } from '../query/date-find.js';
import { formatDateZh } from '../query/date-format.js';
import { pagedAnswerOf } from './answer-shape.js';
import { answerDate } from './date.js';
import { GENERIC_QUESTION_WORDS } from './generic-question-words.js';
import { localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';

// "<某天>发生了什么", "what happened on <a day>": a question that names one day and asks
// nothing more is a date lookup in other words. Ranking sentences for it would pick whichever
// sentence shares a stray word; the honest answer is that day's events, in order.

/** The day a question asks about as a whole, or null when it asks something more specific. */
export function wholeDayAsked(services: Services, question: string): string | null {
  const mentions = findDatesInText(question, services.defaultYear);
  const days = new Set(mentions.map((m) => m.date));
  if (days.size !== 1) return null;
  let rest = question;
  for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  const english = services.english(rest);
  const chinese = services.tokenizer.tokenize(rest).words;
  const unknownEnglish = english?.unknown ?? [];
  const words = [...chinese, ...(english?.terms ?? []), ...unknownEnglish.map((w) => w.toLowerCase())];
  const specific = words.filter((w) => !GENERIC_QUESTION_WORDS.has(w.toLowerCase()) && !/^[\p{P}\p{S}\s]*$/u.test(w));
  const [day] = days;
  return specific.length === 0 && day ? day : null;
}

/** Each entry of the day, by its opening sentence (which names the event), in document order. */
export function answerWholeDay(services: Services, request: AnswerRequest, day: string): Answer {
  const entries = services.library.entriesOn(day);
  const label = formatDateZh(day, services.defaultYear);
  // A day without entries gets /date's answer: why nothing is there, and the nearest days.
  if (!entries.length)
    return { ...answerDate(services, { ...request, command: 'date', query: label }), command: request.command, query: request.query };
  const leads = entries.flatMap((entry) => {
    const lead = entry.passageIds[0] ? services.library.passage(entry.passageIds[0]) : undefined;
    return lead ? [lead] : [];
  });
  return pagedAnswerOf(request, leads, (passage) => passageItem(services, passage, 1, [], label), {
    message: say(
      localeOf(request),
      `${label}的纪实共 ${entries.length} 条，以下是每条的第一句。查看每条全文：/date ${label}`,
      `${label} has ${entries.length} chronicle ${entries.length === 1 ? 'entry' : 'entries'}; below is the first sentence of each. Every entry in full: /date ${label}`,
    ),
    suggestions: [`/date ${label}`],
  });
}
