import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { findDatesInText } from '../query/date-find.js';
import { formatDateZh } from '../query/date-format.js';
import { pagedAnswerOf } from './answer-shape.js';
import { answerDate } from './date.js';
import { passageItem } from './passage-item.js';

// "<某天>发生了什么", "what happened on <a day>": a question that names one day and asks
// nothing more is a date lookup in other words. Ranking sentences for it would pick whichever
// sentence shares a stray word; the honest answer is that day's events, in order.

/**
 * Words that ask about "what went on" without saying what: 发生了什么, 有哪些事, 当天的新闻,
 * "what happened", "events". A question with any other word asks something specific and is ranked.
 */
const GENERIC = new Set(
  (
    '发生 发生了 什么 有什么 有何 何事 啥 事 事情 事件 哪些 什么事 有哪些 那天 当天 这天 那一天 一天 当日 有 都 了 大事 要事 情况 消息 新闻 动态 活动 ' +
    '做 干 干了 做了 中国 纪实 记录 记载 日 天 重要 主要 讲 说 内容 ' +
    'happen happened happens event events news what which on did do day china chinese'
  ).split(' '),
);

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
  const specific = words.filter((w) => !GENERIC.has(w.toLowerCase()) && !/^[\p{P}\p{S}\s]*$/u.test(w));
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
    message: `${label}的纪实共 ${entries.length} 条，以下是每条的第一句。查看每条全文：/date ${label}`,
    suggestions: [`/date ${label}`],
  });
}
