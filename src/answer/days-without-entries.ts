import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, Offer } from '../core/types.js';
import { dayNumber } from '../query/date-calendar.js';
import { formatDateEn, formatDateRangeZh, formatDateZh, MONTHS_EN } from '../query/date-format.js';
import type { DateQuery } from '../query/date-parse.js';
import { pagedAnswer } from './answer-shape.js';
import { chronicleSpans } from './chronicle-spans.js';
import { digitStrippedTitles } from './citation.js';
import { isWholeYear } from './date-query-days.js';
import { counted, type Locale, say, spanIn } from './locale.js';
import { noDatedEntries } from './no-dated-entries.js';
import { offer } from './offers.js';
import { someSentenceWritesDay, writesYear, writtenDayForm } from './written-days.js';

// /date of days no entry stands under (date.ts): said so and why (the entries are from another
// year, the chronicles span other days), where the text writes the day instead (/search), and the
// nearest days with entries, offered.

const NEAREST_COUNT = 3;

/** What /date was asked, as read. */
export interface DaysAsked {
  query: DateQuery;
  /** The days asked, each year's when the query named none. */
  days: readonly string[];
  /** The query as said back (3月18日, 2020年3月). */
  label: string;
  /** How a holiday or weekday named was read, said before the rest; '' when none was. */
  note: string;
  /** The day a holiday's name would be as a number (十一: the 11th), offered first; null when none. */
  dayMeant: string | null;
}

/**
 * The days with entries nearest `around`, each with its count, offered as the /date of that day.
 * A day whose month and day another year has entries on too writes its year: without it, /date
 * lists both years' (days-in-every-year.ts), and the button opened more than the day it named.
 */
function nearestDays(services: Services, around: string, locale: Locale): Offer[] {
  const target = dayNumber(around);
  const dated = services.library.datesWithEntries;
  const inOtherYears = (date: string) => dated.some((other) => other.date !== date && other.date.slice(4) === date.slice(4));
  return [...dated]
    .sort((a, b) => Math.abs(dayNumber(a.date) - target) - Math.abs(dayNumber(b.date) - target) || a.date.localeCompare(b.date))
    .slice(0, NEAREST_COUNT)
    .map((d) => {
      const year = inOtherYears(d.date) ? Number.NaN : services.defaultYear;
      const day = say(locale, formatDateZh(d.date, year), formatDateEn(d.date, year));
      return offer(say(locale, `${day}（${d.count}条）`, `${day} (${counted('en', d.count, '条', 'entry', 'entries')})`), `/date ${day}`);
    });
}

/**
 * The asked days moved to the year the entries are from, when that year has entries on them (2019年3月18日 → 3月18日).
 * Days of one year only: moved, a range across a year's end (最近7天 in January) was 12月28日至1月3日.
 */
function sameDaysInCorpusYear(
  services: Services,
  days: readonly string[],
): { year: number; label: string; labelEn: string; count: number } | null {
  const years = new Set(services.library.datesWithEntries.map((d) => d.date.slice(0, 4)));
  if (years.size !== 1 || !days.length || days.some((d) => d.slice(0, 4) !== days[0]!.slice(0, 4))) return null;
  const [year] = years;
  if (!year || days.some((d) => d.startsWith(year))) return null;
  const moved = days.map((d) => `${year}${d.slice(4)}`).filter((d) => !Number.isNaN(dayNumber(d)));
  const count = moved.reduce((n, d) => n + services.library.entriesOn(d).length, 0);
  if (!count || !moved[0]) return null;
  const last = moved[moved.length - 1]!;
  const label = moved.length === 1 ? formatDateZh(moved[0], services.defaultYear) : formatDateRangeZh(moved[0], last, services.defaultYear);
  const labelEn = moved.length === 1 ? formatDateEn(moved[0], services.defaultYear) : spanIn('en', moved[0], last, services.defaultYear);
  return { year: Number(year), label, labelEn, count };
}

/** Documents whose dates were lost cannot be searched by date; say so instead of guessing. */
function strippedDatesNote(services: Services, locale: Locale): string {
  const titles = digitStrippedTitles(
    services.library,
    services.library.documents.map((d) => d.meta.id),
    locale,
  );
  if (!titles) return '';
  return say(
    locale,
    `${titles}的副本丢失了全部数字，其中的日期无法按日检索。`,
    ` Copies that lost every digit, whose dates cannot be looked up by day: ${titles}.`,
  );
}

/** The year a query asks about (its first day's, a month's own). */
function yearOf(query: DateQuery): number {
  if (query.kind === 'days') return Number(query.days[0]?.slice(0, 4) ?? Number.NaN);
  return query.kind === 'month' ? query.year : Number((query.kind === 'day' ? query.date : query.from).slice(0, 4));
}

/** /date's answer when none of the days asked has entries. */
export function answerNoEntries(services: Services, request: AnswerRequest, asked: DaysAsked, locale: Locale): Answer {
  const { query, days, label: askedLabel, note: namedNote, dayMeant } = asked;
  const year = services.defaultYear;
  const around = days[0] ?? `${year}-01-01`;
  const moved = sameDaysInCorpusYear(services, days);
  // A month is asked again as a month (/date 3月), not as its first to last day; a year as a year (/date 2024年).
  const sameDays =
    moved && query.kind === 'month'
      ? { ...moved, label: `${query.month}月`, labelEn: MONTHS_EN[query.month - 1] ?? moved.labelEn }
      : moved && isWholeYear(query)
        ? {
            ...moved,
            label: `${moved.year}年`,
            labelEn: `${moved.year}`,
            // Counted in that year itself: days moved from a common year miss a leap year's 2月29日.
            count: services.library.datesWithEntries
              .filter((d) => d.date.startsWith(`${moved.year}-`))
              .reduce((sum, d) => sum + d.count, 0),
          }
        : moved;
  const why = sameDays
    ? say(
        locale,
        `条目记录的是${sameDays.year}年：${sameDays.label}有${sameDays.count}条，请用 /date ${sameDays.label}`,
        `the entries are from ${sameDays.year}: ${sameDays.labelEn} has ${counted('en', sameDays.count, '条', 'entry', 'entries')}, see /date ${sameDays.labelEn}`,
      )
    : chronicleSpans(services.library, yearOf(query), days, locale, writesYear(request.query));
  // A day no entry stands under may be written in running text (a news file's 2021年5月3日，…):
  // /search finds those sentences.
  const day = query.kind === 'day' ? query.date : null;
  const written = day && someSentenceWritesDay(services, day, writesYear(request.query)) ? writtenDayForm(day) : null;
  const inText = written
    ? say(locale, `正文中写到了${written}，请用 /search ${written} 查看这些句子。`, ` The text writes ${written}: see /search ${written}.`)
    : '';
  // The day a holiday's name would be as a number (十一: the 11th), first.
  const meant = dayMeant ? nearestDays(services, dayMeant, locale).slice(0, 1) : [];
  const none = services.library.datesWithEntries.length
    ? say(
        locale,
        `${askedLabel}没有条目（${why}）。`,
        `No entries ${{ day: 'on', range: 'from', month: 'in', days: 'on' }[query.kind]} ${askedLabel} (${why}).`,
      )
    : say(
        locale,
        `${askedLabel}没有条目：`,
        `No entries ${{ day: 'on', range: 'from', month: 'in', days: 'on' }[query.kind]} ${askedLabel}: `,
      ) + noDatedEntries(locale);
  return pagedAnswer(request, [], {
    message: namedNote + none + inText + strippedDatesNote(services, locale),
    suggestions: [
      ...(written ? [`/search ${written}`] : []),
      ...(sameDays ? [`/date ${locale === 'en' ? sameDays.labelEn : sameDays.label}`] : []),
      ...meant,
      ...nearestDays(services, around, locale).filter((near) => !meant.some((m) => m.command === near.command)),
    ],
  });
}
