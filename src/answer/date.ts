import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, Entry, Offer } from '../core/types.js';
import { dayNumber } from '../query/date-calendar.js';
import { formatDateEn, formatDateRangeZh, formatDateZh, MONTHS_EN } from '../query/date-format.js';
import { dateForms } from '../query/date-forms.js';
import { type DateParse, type DateQuery, parseDateQuery } from '../query/date-parse.js';
import { weekdayOf } from '../query/date-weekday.js';
import { errorAnswer, pagedAnswer, pagedAnswerOf } from './answer-shape.js';
import { chronicleSpans } from './chronicle-spans.js';
import { digitStrippedTitles } from './citation.js';
import { corpusExamples } from './corpus-examples.js';
import { dayTheNameMayBe, withCorpusMonth } from './corpus-month.js';
import { daysTypedApart, withDiscordTimestamps } from './date-input.js';
import { DAYS_SUMMED, daysOf, describe, isWholeYear } from './date-query-days.js';
import { daysInEveryYear, labelYear } from './days-in-every-year.js';
import { firstListing, lastDayAsked } from './entry-days.js';
import { entryItem } from './entry-item.js';
import { asNewest, newestAsked, newestDay } from './latest-question.js';
import { counted, type Locale, localeOf, say, spanIn } from './locale.js';
import { namedDays } from './named-days.js';
import { NO_DATED_ENTRIES_ABOUT, noDatedEntries } from './no-dated-entries.js';
import { offer } from './offers.js';
import { type OtherCalendar, otherCalendarNote, otherCalendarOf } from './other-calendars.js';
import { dateTimeline } from './timeline.js';
import { someSentenceWritesDay, writesYear, writtenDayForm } from './written-days.js';
import { someSentenceWrites } from './written-in-corpus.js';

// /date: every chronicle entry of a day (or of each day of a range or month), in document order,
// grouped by day. Days without entries get the nearest days that have some. Entries with no
// known date are never attributed to a day, and digit-stripped documents are never guessed at.

const NEAREST_COUNT = 3;

/** The days a query names (days-in-every-year.ts: a day without its year is every year's with entries). */
function daysOfEveryYear(services: Services, query: string, parsed: DateQuery): string[] {
  if (parsed.kind === 'days') return parsed.days;
  return (
    daysInEveryYear(services, (year) => {
      if (year === services.defaultYear) return daysOf(parsed);
      const read = parseDateQuery(query, year);
      return read.ok ? daysOf(read.query) : null;
    }) ?? daysOf(parsed)
  );
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

/** The forms /date reads, written with the example day (corpus-examples.ts: 3月18日 while the documents have it, else their busiest day). */
function formsOf(services: Services) {
  const { day } = corpusExamples(services).date;
  return day ? dateForms(day, services.defaultYear) : null;
}

/** Forms of /date to try, each on a day with entries; none when no document has dated entries. */
function dateExamples(services: Services, locale: Locale): string[] {
  const forms = formsOf(services);
  if (!forms) return [];
  return locale === 'en' ? forms.commandsEn : forms.commandsZh;
}

/** The asked days moved to the year the entries are from, when that year has entries on them (2019年3月18日 → 3月18日). */
function sameDaysInCorpusYear(
  services: Services,
  days: readonly string[],
): { year: number; label: string; labelEn: string; count: number } | null {
  const years = new Set(services.library.datesWithEntries.map((d) => d.date.slice(0, 4)));
  if (years.size !== 1 || !days.length) return null;
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

function yearOf(query: DateQuery): number {
  if (query.kind === 'days') return Number(query.days[0]?.slice(0, 4) ?? Number.NaN);
  return query.kind === 'month' ? query.year : Number((query.kind === 'day' ? query.date : query.from).slice(0, 4));
}

/** A date written in a calendar /date does not read: what it is and what /date reads, no items and no error. */
function otherCalendarAnswer(services: Services, request: AnswerRequest, calendar: OtherCalendar, locale: Locale): Answer {
  const typed = request.query.trim();
  const written = someSentenceWrites(services.library, typed);
  const dated = services.library.datesWithEntries.length > 0;
  const none = dated ? '' : say(locale, `${NO_DATED_ENTRIES_ABOUT.zh}。`, ` ${NO_DATED_ENTRIES_ABOUT.en}.`);
  const message = otherCalendarNote(locale, typed, calendar, dated ? formsOf(services) : null, written) + none;
  return pagedAnswer(request, [], { message, suggestions: written ? [`/search ${typed}`] : dateExamples(services, locale) });
}

/** /date's answer for `query`, as the answer to `request` (a question about a day or a year answered by /date): its command and query kept. */
export function answerAsDate(services: Services, request: AnswerRequest, query: string): Answer {
  const answer = answerDate(services, { ...request, command: 'date', query });
  return { ...answer, command: request.command, query: request.query, listsEntries: true };
}

export function answerDate(services: Services, received: AnswerRequest): Answer {
  const year = services.defaultYear;
  const locale = localeOf(received);
  const typed = withDiscordTimestamps(received.query);
  // A timestamp is echoed as the day it is: a Discord embed title shows <t:…> raw.
  const request = typed === received.query ? received : { ...received, query: typed };
  // A holiday or weekday named (/date 五一, /date 周六): its days, said how they were read. A
  // holiday first: 五一 and 十一 are no days 51 and 11 of the entries' month (4月没有51日); the
  // 11th, when it has entries, is offered beside 国庆.
  const named = namedDays(services, typed);
  const dayMeant = named ? dayTheNameMayBe(services, typed) : null;
  // A refusal names the forms written with a day (and year) the documents have entries on.
  const assumed = named ? null : withCorpusMonth(services, typed);
  const parsed: DateParse = named
    ? { ok: true, query: named.query }
    : parseDateQuery(assumed?.query ?? typed, year, formsOf(services) ?? undefined);
  // "/date 最新", "/date latest": the newest day with entries (of the documents named, if any).
  const newest = parsed.ok ? null : newestAsked(services, typed);
  const newestDayAsked = newest && newestDay(services, newest);
  if (newestDayAsked) return asNewest(services, answerAsDate(services, request, newestDayAsked), newestDayAsked, locale);
  const apart = parsed.ok ? null : daysTypedApart(typed, year, locale);
  if (apart) {
    // One day typed twice has no range to offer.
    const message =
      apart.length > 1
        ? say(
            locale,
            '一次查一个日期或一个日期范围。可以分别查询，或查询整个范围：',
            'One date or one range at a time. Look them up one by one, or the range they span:',
          )
        : say(locale, '一次查一个日期：', 'One date at a time:');
    return errorAnswer(request, { code: 'unrecognized-date', message }, apart);
  }
  if (!parsed.ok) {
    const code =
      parsed.error.code === 'empty' ? 'empty-query' : parsed.error.code === 'invalid-date' ? 'invalid-date' : 'unrecognized-date';
    // A date of another calendar (乾隆二十三年, 农历六月十九) is no mistake: a note, not an error.
    const calendar = code === 'unrecognized-date' ? otherCalendarOf(typed) : null;
    if (calendar) return otherCalendarAnswer(services, request, calendar, locale);
    // Over documents without dated entries, a form to type would lead to "no entries": /search may find the text.
    if (code !== 'invalid-date' && !services.library.datesWithEntries.length) {
      const written = typed.trim() && someSentenceWrites(services.library, typed.trim()) ? [`/search ${typed.trim()}`] : [];
      return errorAnswer(request, { code, message: noDatedEntries(locale) }, written);
    }
    const message =
      locale === 'en'
        ? parsed.error.messageEn
        : parsed.error.code === 'empty'
          ? `请输入日期，例如：${corpusExamples(services).date.zh}`
          : parsed.error.message;
    const examples = dateExamples(services, locale);
    return errorAnswer(request, { code, message }, examples);
  }
  const everyYear = daysOfEveryYear(services, assumed?.query ?? typed, parsed.query);
  // A weekday beside a day typed without its year says which year's it is ("Tuesday, March 17"
  // over chronicles of 2020 and 2024: 2020's); the note on a wrong weekday is then not due.
  const weekday = parsed.weekday;
  const ofWeekday = weekday === undefined || everyYear.length < 2 ? [] : everyYear.filter((d) => weekdayOf(d) === weekday);
  const days = ofWeekday.length ? ofWeekday : everyYear;
  const weekdayNote = ofWeekday.length ? {} : { note: parsed.note, noteEn: parsed.noteEn };
  // Entries become items only on the page shown: at 100× the corpus a day has ~100 entries, and
  // building every one's item made each /date allocate enough to trigger collections.
  const hits: { entry: Entry; day: string; label: string }[] = [];
  const groups: { label: string; count: number }[] = [];
  const daysFound: string[] = [];
  const labelled = labelYear(
    services,
    days.filter((day) => services.library.entriesOn(day).length > 0),
  );
  /** Each group's days, first and last (the same but for a range's section listed once). */
  const groupDays: [string, string][] = [];
  const listed = new Set<string>();
  const asked = new Set(days);
  for (const day of days) {
    const entries = services.library.entriesOn(day);
    if (!entries.length) continue;
    daysFound.push(day);
    // A section of several days (### 5月1日至5月5日) is listed once, under the first of them asked.
    const fresh = parsed.query.kind !== 'day' ? entries.filter((entry) => firstListing(listed, entry, day)) : entries;
    if (!fresh.length) continue;
    const last = fresh.map((entry) => lastDayAsked(entry, day, asked)).reduce((a, b) => (a === b ? a : day));
    const label = last === day ? formatDateZh(day, labelled) : formatDateRangeZh(day, last, labelled);
    groups.push({ label, count: fresh.length });
    groupDays.push([day, last]);
    for (const entry of fresh) hits.push({ entry, day, label });
  }
  const askedLabel = describe(parsed.query, year, locale);
  const namedNote = named ? say(locale, named.note, named.noteEn) : '';
  if (!hits.length) {
    const around = days[0] ?? `${year}-01-01`;
    const moved = sameDaysInCorpusYear(services, days);
    // A month is asked again as a month (/date 3月), not as its first to last day; a year as a year (/date 2024年).
    const sameDays =
      moved && parsed.query.kind === 'month'
        ? { ...moved, label: `${parsed.query.month}月`, labelEn: MONTHS_EN[parsed.query.month - 1] ?? moved.labelEn }
        : moved && isWholeYear(parsed.query)
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
      : chronicleSpans(services.library, yearOf(parsed.query), days, locale, writesYear(request.query));
    // A day no entry stands under may be written in running text (a news file's 2021年5月3日，…):
    // /search finds those sentences.
    const day = parsed.query.kind === 'day' ? parsed.query.date : null;
    const written = day && someSentenceWritesDay(services, day, writesYear(request.query)) ? writtenDayForm(day) : null;
    const inText = written
      ? say(
          locale,
          `正文中写到了${written}，请用 /search ${written} 查看这些句子。`,
          ` The text writes ${written}: see /search ${written}.`,
        )
      : '';
    // The day a holiday's name would be as a number (十一: the 11th), first.
    const meant = dayMeant ? nearestDays(services, dayMeant, locale).slice(0, 1) : [];
    const none = services.library.datesWithEntries.length
      ? say(
          locale,
          `${askedLabel}没有条目（${why}）。`,
          `No entries ${{ day: 'on', range: 'from', month: 'in', days: 'on' }[parsed.query.kind]} ${askedLabel} (${why}).`,
        )
      : say(
          locale,
          `${askedLabel}没有条目：`,
          `No entries ${{ day: 'on', range: 'from', month: 'in', days: 'on' }[parsed.query.kind]} ${askedLabel}: `,
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
  const summary =
    parsed.query.kind === 'day'
      ? (locale === 'en' ? [named?.noteEn, assumed?.noteEn, weekdayNote.noteEn] : [named?.note, assumed?.note, weekdayNote.note])
          .filter(Boolean)
          .join('') || null
      : namedNote +
        say(
          locale,
          `${askedLabel}共有${daysFound.length}天有条目：${groups
            .slice(0, DAYS_SUMMED)
            .map((g) => `${g.label}（${g.count}条）`)
            .join('、')}${groups.length > DAYS_SUMMED ? `等` : ''}`,
          `${askedLabel}: ${daysFound.length} ${daysFound.length === 1 ? 'day has' : 'days have'} entries: ${groupDays
            .slice(0, DAYS_SUMMED)
            .map(([from, to], i) => `${from === to ? formatDateEn(from, year) : spanIn('en', from, to, year)} (${groups[i]!.count})`)
            .join(', ')}${groups.length > DAYS_SUMMED ? ', …' : ''}`,
        );
  // One year's span: the same days of two years would draw a year of empty days between them.
  const oneYear = days[0]?.slice(0, 4) === days[days.length - 1]?.slice(0, 4);
  const timeline = parsed.query.kind === 'day' || !oneYear ? null : dateTimeline(services, days);
  const toItem = (hit: (typeof hits)[number]) => entryItem(services, hit.entry, hit.day, hit.label);
  return pagedAnswerOf(request, hits, toItem, { message: summary, groups, ...(timeline ? { timeline } : {}) });
}
