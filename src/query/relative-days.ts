import { chineseNumeralNumber } from '../text/chinese-numerals.js';
import { toSimplified } from '../text/normalize.js';
import { formatDateEn, formatDateRangeZh, formatDateZh, MONTHS_EN } from './date-format.js';
import type { DateQuery } from './date-parse.js';
import { CHINESE_DAYS, ENGLISH_DAYS } from './date-weekday.js';

// Days said relative to today: /date 今天, 昨天, 上周三, 本周, 上个月, 去年, 最近7天, yesterday,
// last Friday, this week. A server whose documents grow (minutes, a changelog, a diary) asks for
// them so; they were "无法识别日期". Read by the bot's clock, in its time zone (TZ), and said back
// as the date they are (今天：2026年12月3日), so that an answer about another day is no surprise.

export interface RelativeDays {
  query: DateQuery;
  /** The words as typed (one space between them): 昨天, last week. */
  word: string;
  /** The days as said, with their year: 2026年12月2日, December 2, 2026. */
  said: string;
  saidEn: string;
  /** The word and its days, said above an answer: 昨天：2026年12月2日。 */
  note: string;
  noteEn: string;
}

const DAY_OFFSETS: Readonly<Record<string, number>> = {
  大前天: -3,
  前天: -2,
  昨天: -1,
  昨日: -1,
  今天: 0,
  今日: 0,
  明天: 1,
  明日: 1,
  后天: 2,
  大后天: 3,
  'the day before yesterday': -2,
  yesterday: -1,
  today: 0,
  tomorrow: 1,
  'the day after tomorrow': 2,
};
/** Which week: 上周 the one before this, 这周 this one, 下周 the next (Monday to Sunday). */
const WEEK_SHIFT: Readonly<Record<string, number>> = { 上上: -2, 上: -1, 这: 0, 本: 0, 下: 1, 下下: 2, last: -1, this: 0, next: 1 };
/** A weekday's place in its week, Monday 0 to Sunday 6 (date-weekday.ts numbers them from Sunday). */
const fromMonday = (sundayFirst: number) => (sundayFirst + 6) % 7;

const CHINESE_WEEK = /^(上上|下下|上|这|本|下)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])?$/u;
const ENGLISH_WEEK = /^(last|this|next)\s+week$/iu;
const ENGLISH_WEEKDAY =
  /^(last|this|next)\s+(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/iu;
const CHINESE_MONTH = /^(上上|下下|上|这|本|下)(?:个)?月$/u;
const ENGLISH_MONTH = /^(last|this|next)\s+month$/iu;
const YEARS: Readonly<Record<string, number>> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1, 'last year': -1, 'this year': 0, 'next year': 1 };
/** The last N days, today included: 最近7天, 近三天, 最近十五天, 过去一周, last 7 days. */
const CHINESE_LAST_DAYS = /^(?:最近|近|过去|前)(\d{1,3}|[〇零一两二三四五六七八九十百]{1,5})(天|日|周|个?星期)$/u;
const ENGLISH_LAST_DAYS = /^(?:the\s+)?(?:last|past)\s+(\d{1,3})\s+(days?|weeks?)$/iu;
/** The last N months or years up to today: 最近一个月, 近一年, 过去三个月, past month, last 6 months. */
const CHINESE_LAST_MONTHS = /^(?:最近|近|过去|前)(\d{1,3}|[一两二三四五六七八九十]{1,3})(个月|年)$/u;
const ENGLISH_LAST_MONTHS = /^(?:the\s+)?(?:last|past)\s+(?:(\d{1,3})\s+)?(months?|years?)$/iu;
/** At most ten years back: further is no "recent" a server asks for, and a typo's 999年 no range. */
const MAX_MONTHS_BACK = 120;

/** No year is the default: the year is always said (今天：2026年12月3日). */
const YEAR = Number.NaN;

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
/** `today` moved by `days`, at local midnight (a day, not 24 hours: the clock may change in between). */
const shifted = (today: Date, days: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
/** Monday of the week `today` is in, moved by `weeks`. */
const mondayOf = (today: Date, weeks: number) => shifted(today, -fromMonday(today.getDay()) + 7 * weeks);

/** The word as an English sentence opens with it (Yesterday:). */
const english = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function told(query: DateQuery, word: string, said: string, saidEn: string): RelativeDays {
  return { query, word, said, saidEn, note: `${word}：${said}。`, noteEn: `${english(word)}: ${saidEn}. ` };
}

function day(date: Date, word: string): RelativeDays {
  const at = iso(date);
  return told({ kind: 'day', date: at }, word, formatDateZh(at, YEAR), formatDateEn(at, YEAR));
}

function range(from: Date, to: Date, word: string): RelativeDays {
  const [a, b] = [iso(from), iso(to)];
  const query: DateQuery = { kind: 'range', from: a, to: b };
  return told(query, word, formatDateRangeZh(a, b, YEAR), `${formatDateEn(a, YEAR)} – ${formatDateEn(b, YEAR)}`);
}

/** A count written in digits or Chinese (7, 十五); null when it is neither. */
const countOf = (written: string): number | null => (/^\d+$/u.test(written) ? Number(written) : chineseNumeralNumber(written));

/** The days `typed` names relative to `today`, or null when it names none so. */
export function relativeDays(typed: string, today: Date): RelativeDays | null {
  // Said back with one space between its words (last week, whatever ran between them).
  const word = typed
    .trim()
    .replace(/[\s\p{P}]+$/u, '')
    .replace(/\s+/gu, ' ');
  const text = toSimplified(word).toLowerCase();
  const offset = DAY_OFFSETS[text];
  if (offset !== undefined) return day(shifted(today, offset), word);
  const week = CHINESE_WEEK.exec(text) ?? ENGLISH_WEEK.exec(text);
  if (week) {
    const monday = mondayOf(today, WEEK_SHIFT[week[1]!.toLowerCase()]!);
    const weekday = week[2] === undefined ? undefined : CHINESE_DAYS[week[2]];
    return weekday === undefined ? range(monday, shifted(monday, 6), word) : day(shifted(monday, fromMonday(weekday)), word);
  }
  const englishDay = ENGLISH_WEEKDAY.exec(text);
  if (englishDay) {
    // As English says it: last Friday the latest before today, next Friday the first after it.
    const weekday = fromMonday(ENGLISH_DAYS.indexOf(englishDay[2]!.slice(0, 3)));
    const todayIndex = fromMonday(today.getDay());
    const which = englishDay[1]!.toLowerCase();
    const days =
      which === 'this'
        ? weekday - todayIndex
        : which === 'last'
          ? -(((todayIndex - weekday + 6) % 7) + 1)
          : ((weekday - todayIndex + 6) % 7) + 1;
    return day(shifted(today, days), word);
  }
  const month = CHINESE_MONTH.exec(text) ?? ENGLISH_MONTH.exec(text);
  if (month) {
    const first = new Date(today.getFullYear(), today.getMonth() + WEEK_SHIFT[month[1]!.toLowerCase()]!, 1);
    const [y, m] = [first.getFullYear(), first.getMonth() + 1];
    return told({ kind: 'month', year: y, month: m }, word, `${y}年${m}月`, `${MONTHS_EN[m - 1]} ${y}`);
  }
  const years = YEARS[text];
  if (years !== undefined) {
    const y = today.getFullYear() + years;
    return told({ kind: 'range', from: `${y}-01-01`, to: `${y}-12-31` }, word, `${y}年`, String(y));
  }
  const last = CHINESE_LAST_DAYS.exec(text) ?? ENGLISH_LAST_DAYS.exec(text);
  if (last) {
    const n = countOf(last[1]!);
    if (n === null) return null;
    const days = n * (/^(?:周|个?星期|weeks?)$/u.test(last[2]!) ? 7 : 1);
    if (days < 1 || days > 366) return null;
    return range(shifted(today, 1 - days), today, word);
  }
  const months = CHINESE_LAST_MONTHS.exec(text) ?? ENGLISH_LAST_MONTHS.exec(text);
  if (months) {
    const n = months[1] === undefined ? 1 : countOf(months[1]);
    const count = n === null ? 0 : n * (/^(?:年|years?)$/u.test(months[2]!) ? 12 : 1);
    if (count < 1 || count > MAX_MONTHS_BACK) return null;
    // From the day after the same date `count` months back (最近一个月 on 12月3日: 11月4日 to 12月3日).
    const from = new Date(today.getFullYear(), today.getMonth() - count, today.getDate() + 1);
    return range(from, today, word);
  }
  return null;
}
