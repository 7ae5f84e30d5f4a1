import type { Services } from '../core/services.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import type { DateQuery } from '../query/date-parse.js';
import { CHINESE_DAYS, ENGLISH_DAYS, weekdayOf } from '../query/date-weekday.js';
import { holidayInText, holidayNamed } from '../query/holidays.js';
import { toSimplified } from '../text/normalize.js';
import { asksNothingMore } from './asks-nothing-more.js';
import { entryYears } from './days-in-every-year.js';

// Days /date is asked for by name instead of by date: a holiday (/date 五一, /date 清明节), on its
// day in each year the documents' entries are in, and a weekday (/date 周六, /date 周末), every
// day with entries that is one. Without this they got "无法识别日期" although the text wrote
// 劳动节 and 清明 and its headings （周六）.

export interface NamedDays {
  query: DateQuery;
  /** How the days were read, said above the answer. */
  note: string;
  noteEn: string;
}

const WEEKDAY = /^\s*(?:每个?)?(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])\s*$/u;
const WEEKEND = /^\s*(?:每个?)?(?:周末|週末|双休日|雙休日)\s*$/u;
const ENGLISH_WEEKDAY = /^\s*(?:on\s+)?(?:every\s+)?(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|rsday|urday)?s?\s*$/iu;
/** Weekends, however English says them: at weekends, over the weekend, every weekend, week-ends, weekend days, Saturdays and Sundays. */
const ENGLISH_WEEKEND =
  /^\s*(?:(?:at|on|over|during)\s+)?(?:the\s+|every\s+|all\s+)?(?:week[-\s]?ends?(?:\s+days)?|sat(?:urday)?s?\s*(?:and|&|\+|,)\s*sun(?:day)?s?)\s*$/iu;
const MARKS_AROUND = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const NAMES_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekdays `text` names alone (0 = Sunday), and how to say them, or null. */
function weekdaysNamed(text: string): { days: number[]; zh: string; en: string } | null {
  const chinese = WEEKDAY.exec(text)?.[1];
  if (chinese !== undefined) {
    const day = CHINESE_DAYS[chinese]!;
    return { days: [day], zh: NAMES_ZH[day]!, en: NAMES_EN[day]! };
  }
  if (WEEKEND.test(text) || ENGLISH_WEEKEND.test(text)) return { days: [6, 0], zh: '周末', en: 'weekends' };
  const english = ENGLISH_WEEKDAY.exec(text)?.[1];
  if (english === undefined) return null;
  const day = ENGLISH_DAYS.indexOf(english.toLowerCase());
  return { days: [day], zh: NAMES_ZH[day]!, en: `${NAMES_EN[day]}s` };
}

/** A holiday's day in each year with entries (or the default year's when none has). */
function holidayDays(services: Services, dayIn: (year: number) => string | null, year: number | null = null): string[] {
  const years = year !== null ? [year] : entryYears(services).length ? entryYears(services) : [services.defaultYear];
  return years.flatMap((y) => dayIn(y) ?? []);
}

/**
 * The days of a holiday a question asks about as a whole (五一有什么活动, 清明节发生了什么), when
 * entries stand on them; else null, and it is ranked as before.
 */
export function holidayDaysAsked(services: Services, question: string): string[] | null {
  // Read in Simplified (勞動節 is 劳动节), which keeps each character's place.
  const simplified = toSimplified(question);
  const named = holidayInText(simplified);
  const rest = named ? `${simplified.slice(0, named.start)} ${simplified.slice(named.end)}` : '';
  // The name alone (/ask 春节) is a word the text may write: ranked, as before.
  if (!named || !/[\p{L}\p{N}]/u.test(rest) || !asksNothingMore(services, rest)) return null;
  const days = holidayDays(services, named.holiday.dayIn);
  return days.some((day) => services.library.entriesOn(day).length) ? days : null;
}

/** The days a holiday or weekday names, as /date lists them, or null when `text` names none. */
export function namedDays(services: Services, typed: string): NamedDays | null {
  // Over documents without dated entries too: /date 中秋 and /date 周四 then say "no entries", as /date 3月 does, not that the input was wrong.
  // A mark around the name (周六？, 五一！) is no part of it: 周六？ was "请输入日期", the weekday read and ？ left as the date.
  const text = toSimplified(typed).replace(MARKS_AROUND, '');
  const weekdays = weekdaysNamed(text);
  if (weekdays) {
    const days = services.library.datesWithEntries.map((d) => d.date).filter((day) => weekdays.days.includes(weekdayOf(day)));
    return {
      query: { kind: 'days', days, label: weekdays.zh, labelEn: weekdays.en },
      // The summary names the weekday and its days: nothing to add.
      note: '',
      noteEn: '',
    };
  }
  const named = holidayNamed(text);
  if (!named) return null;
  const { holiday, year } = named;
  // The holiday of each year the entries are in (or the year written): its day moves with the year.
  const days = holidayDays(services, holiday.dayIn, year);
  if (!days.length) return null;
  const said = days.map((day) => formatDateZh(day, Number.NaN)).join('、');
  const saidEn = days.map((day) => formatDateEn(day, Number.NaN)).join(', ');
  const query: DateQuery =
    days.length === 1 ? { kind: 'day', date: days[0]! } : { kind: 'days', days, label: holiday.name, labelEn: holiday.en };
  return { query, note: `${holiday.name}：${said}。`, noteEn: `${holiday.en}: ${saidEn}. ` };
}
