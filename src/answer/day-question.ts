import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { findDatesInText } from '../query/date-find.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { parseDateQuery } from '../query/date-parse.js';
import { pagedAnswerOf } from './answer-shape.js';
import { asksNothingMore } from './asks-nothing-more.js';
import { answerAsDate } from './date.js';
import { daysInEveryYear, labelYear } from './days-in-every-year.js';
import { counted, listed, localeOf, say } from './locale.js';
import { onDay } from './on-day.js';
import { passageItem } from './passage-item.js';
import { sectionOpening } from './section-opening.js';

// "<某天>发生了什么", "what happened on <a day>": a question that names a day (or a few) and asks
// nothing more is a date lookup in other words. Ranking sentences for it would pick whichever
// sentence shares a stray word; the honest answer is that day's events, in order.

/** Days one question may ask about as a whole ("3月24日和3月25日发生了什么"); more is a range for /date. */
const MAX_DAYS = 7;

/** The days a question asks about as a whole, in order, or null when it asks something more specific. */
export function wholeDaysAsked(services: Services, question: string): string[] | null {
  const mentions = findDatesInText(question, services.defaultYear);
  const daysOf = (found: readonly { date: string }[]) => [...new Set(found.map((m) => m.date))].sort();
  // A day typed without its year is every year's with entries, as /date reads it (the default
  // year's reading is the one just made: the question is read again only for other years).
  const read = (year: number) => daysOf(year === services.defaultYear ? mentions : findDatesInText(question, year));
  const days = daysInEveryYear(services, read) ?? [];
  if (days.length === 0 || days.length > MAX_DAYS) return null;
  let rest = question;
  for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  return asksNothingMore(services, rest) ? days : null;
}

/** A day written as Chinese dates are, which may not exist (2月30日). */
const WRITTEN_DAY = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/u;

/**
 * A question about a whole day that does not exist ("2月30日发生了什么"): the day as typed, which
 * /date answers (the day is impossible), or null. Ranked, such a question listed sentences sharing
 * its 发生.
 */
export function impossibleDayAsked(services: Services, typed: string): string | null {
  // Read at its width: ２月３０日 is 2月30日.
  const question = typed.normalize('NFKC');
  const written = WRITTEN_DAY.exec(question);
  if (!written || findDatesInText(written[0], services.defaultYear).length) return null;
  const parsed = parseDateQuery(written[0], services.defaultYear);
  if (parsed.ok || parsed.error.code !== 'invalid-date') return null;
  return asksNothingMore(services, question.replace(written[0], ' ')) ? written[0] : null;
}

/** Each entry of the days, by its opening sentence (which names the event) or a dated section's heading, in document order. */
export function answerWholeDays(services: Services, request: AnswerRequest, days: readonly string[]): Answer {
  const locale = localeOf(request);
  const labelled = labelYear(
    services,
    days.filter((day) => services.library.entriesOn(day).length > 0),
  );
  const label = (day: string) => formatDateZh(day, labelled);
  const withEntries = days.filter((day) => services.library.entriesOn(day).length > 0);
  // No day with entries gets /date's answer: why nothing is there, and the nearest days.
  if (!withEntries.length) {
    const first = days[0]!;
    return answerAsDate(services, request, label(first));
  }
  const leads = withEntries.flatMap((day) =>
    services.library.entriesOn(day).flatMap((entry) => {
      const lead = entry.passageIds[0] ? services.library.passage(entry.passageIds[0]) : undefined;
      return lead ? [{ lead, day, entry }] : [];
    }),
  );
  // Said in the reader's language; group labels (label) stay the documents' Chinese.
  const said = (day: string) => (locale === 'en' ? formatDateEn(day, labelled) : label(day));
  const named = listed(locale, withEntries.map(said));
  const empty = days.filter((day) => !withEntries.includes(day)).map(said);
  const none = empty.length ? say(locale, `${listed(locale, empty)}没有条目。`, ` ${listed(locale, empty)}: no entries.`) : '';
  // Commands the reader can type: March 18 for an English reader (/date reads both).
  const see = withEntries.map((day) => `/date ${said(day)}`);
  const opening = ({ lead, day, entry }: (typeof leads)[number]) =>
    entry.section ? sectionOpening(services, entry, day, label(day)) : passageItem(services, onDay(lead, day), 1, [], label(day));
  // What each item shows: a chronicle entry's first sentence, a dated section's heading.
  const headed = leads.filter(({ entry }) => entry.section).length;
  const shown =
    headed === 0
      ? { zh: '第一句', en: 'the first sentence' }
      : headed === leads.length
        ? { zh: '标题', en: 'the heading' }
        : { zh: '第一句或标题', en: 'the first sentence or heading' };
  return pagedAnswerOf(request, leads, opening, {
    message: say(
      locale,
      `${named}的条目共 ${leads.length} 条，以下是每条的${shown.zh}。${none}查看每条全文：${see.join('、')}`,
      `${named}: ${counted('en', leads.length, '条', 'entry', 'entries')}; below is ${shown.en} of each.${none} Every entry in full: ${see.join(', ')}`,
    ),
    suggestions: see,
  });
}
