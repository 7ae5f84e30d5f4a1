import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, Entry } from '../core/types.js';
import { formatDateEn, formatDateRangeZh, formatDateZh } from '../query/date-format.js';
import { dateForms } from '../query/date-forms.js';
import { type DateParse, type DateQuery, parseDateQuery } from '../query/date-parse.js';
import { weekdayOf } from '../query/date-weekday.js';
import { relativeDays } from '../query/relative-days.js';
import { errorAnswer, pagedAnswer, pagedAnswerOf } from './answer-shape.js';
import { corpusExamples } from './corpus-examples.js';
import { dayTheNameMayBe, withCorpusMonth } from './corpus-month.js';
import { daysTypedApart, withDiscordTimestamps } from './date-input.js';
import { DAYS_SUMMED, daysOf, describe } from './date-query-days.js';
import { daysInEveryYear, labelYear } from './days-in-every-year.js';
import { answerNoEntries } from './days-without-entries.js';
import { firstListing, lastDayAsked } from './entry-days.js';
import { entryItem } from './entry-item.js';
import { asNewest, newestAsked, newestDay } from './latest-question.js';
import { type Locale, localeOf, say, spanIn } from './locale.js';
import { namedDays } from './named-days.js';
import { NO_DATED_ENTRIES_ABOUT, noDatedEntries } from './no-dated-entries.js';
import { type OtherCalendar, otherCalendarNote, otherCalendarOf } from './other-calendars.js';
import { dateTimeline } from './timeline.js';
import { someSentenceWrites } from './written-in-corpus.js';

// /date: every chronicle entry of a day (or of each day of a range or month), in document order,
// grouped by day. Days without entries get the nearest days that have some (days-without-entries.ts).
// Entries with no known date are never attributed to a day, and digit-stripped documents are never
// guessed at.

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
  // Or days said relative to today (/date 昨天, 上周三, 上个月): by the bot's clock, said as the date they are.
  const namedDay = namedDays(services, typed);
  const relative = namedDay ? null : relativeDays(typed, new Date());
  const named = namedDay ?? relative;
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
    const calendar = code === 'unrecognized-date' ? otherCalendarOf(typed, services.mayNameEra) : null;
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
  // A relative day is of its own year, not a day of every year the entries are in.
  const everyYear = relative ? daysOf(parsed.query) : daysOfEveryYear(services, assumed?.query ?? typed, parsed.query);
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
    // A relative day without entries is said once: 昨天（2026年12月2日）没有条目, not 昨天：…。 and the day again.
    const once = relative !== null && locale !== 'en';
    const label = once ? `${relative.word}（${askedLabel}）` : askedLabel;
    return answerNoEntries(services, request, { query: parsed.query, days, label, note: once ? '' : namedNote, dayMeant }, locale);
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
