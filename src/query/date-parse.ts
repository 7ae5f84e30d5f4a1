// Reads the date a user typed for /date: one day, a range of days, a whole month or a whole year.
// Never throws: anything else comes back as a typed error with a message in Chinese and English.

import { cutGraphemes } from '../text/graphemes.js';
import { dayNumber, type ImpossibleDay, impossibleDay, toIso, YEAR_TURN_MONTHS } from './date-calendar.js';
import { formatDateEn, formatDateZh, MONTHS_EN } from './date-format.js';
import { dateForms, type ShownForms } from './date-forms.js';
import { RANGE_SEPARATOR, readDay, readMonth, readRangeEnd, type WrittenDay } from './date-grammar.js';
import { normalizeDateInput } from './date-normalize.js';
import { takeWeekday, WEEKDAY_NAMES, weekdayOf } from './date-weekday.js';

export type DateQuery =
  | { kind: 'day'; date: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'month'; year: number; month: number }
  /** Days named rather than written (/date 周六, a holiday over several years): answer/named-days.ts. */
  | { kind: 'days'; days: string[]; label: string; labelEn: string };

export type DateParseErrorCode = 'empty' | 'invalid-date' | 'unrecognized';

export type DateParse =
  | {
      ok: true;
      query: DateQuery;
      /** A weekday written beside the date that contradicts it (and the same in English). */
      note?: string;
      noteEn?: string;
      /** The weekday written beside a day (0 = Sunday), whether or not it agrees. */
      weekday?: number;
    }
  | { ok: false; error: { code: DateParseErrorCode; message: string; messageEn: string } };

/** Longest range accepted, in days (a leap year). */
export const MAX_RANGE_DAYS = 366;
/** Longer inputs are not dates; refusing them early keeps the range search cheap. */
export const MAX_DATE_INPUT_LENGTH = 80;

/** The forms a refusal shows when its caller names none: 3月18日 of the default year (an answer passes a day its documents have entries on). */
const standardForms = (defaultYear: number): ShownForms => dateForms(toIso(defaultYear, 3, 18), defaultYear)!;

/** A refusal's reason in both languages: which one is shown is the answer's choice. */
interface Reason {
  zh: string;
  en: string;
}

type Checked = { ok: true; iso: string } | { ok: false; reason: Reason };

function fail(code: DateParseErrorCode, reason: Reason): DateParse {
  return { ok: false, error: { code, message: reason.zh, messageEn: reason.en } };
}

/** The years a date may have: four digits. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

function checkYear(year: number): Reason | null {
  if (year >= MIN_YEAR) return null;
  return {
    zh: `年份${year}不合理，请写四位数的年份，例如2020年。`,
    en: `The year ${year} is not plausible: write it with four digits, as in 2020.`,
  };
}

/** Why a day does not exist, in both languages; its year is named only when the user wrote one (or it decides: 29 February). */
function impossibleDayReason(impossible: ImpossibleDay, yearExplicit: boolean): Reason {
  if (impossible.kind === 'no-month')
    return { zh: `没有${impossible.month}月：月份应在1到12之间。`, en: `There is no month ${impossible.month}: months run from 1 to 12.` };
  if (impossible.kind === 'not-leap')
    return { zh: `${impossible.year}年不是闰年，2月没有29日。`, en: `${impossible.year} is not a leap year: February has no 29th.` };
  const { year, month, day, last } = impossible;
  const zh = `${yearExplicit ? `${year}年` : ''}${month}月没有${day}日：`;
  const en = `${MONTHS_EN[month - 1]}${yearExplicit ? ` ${year}` : ''} has no day ${day}: `;
  return impossible.kind === 'before-first'
    ? { zh: `${zh}日期应从1日开始。`, en: `${en}days start from 1.` }
    : { zh: `${zh}${month}月只有${last}天。`, en: `${en}it has ${last} days.` };
}

/** Why year/month/day cannot be looked up (an implausible year, a day that does not exist), or null. */
function dayReason(year: number, month: number, day: number, yearExplicit: boolean): Reason | null {
  const checkedYear = checkYear(year);
  if (checkedYear) return checkedYear;
  const impossible = impossibleDay(year, month, day);
  return impossible ? impossibleDayReason(impossible, yearExplicit) : null;
}

/** Fills the missing year with defaultYear and checks that the day exists. */
function checkDay(day: WrittenDay & { month: number }, defaultYear: number): Checked {
  const yearExplicit = day.year !== null;
  const year = day.year ?? defaultYear;
  const reason = dayReason(year, day.month, day.day, yearExplicit);
  return reason ? { ok: false, reason } : { ok: true, iso: toIso(year, day.month, day.day) };
}

/** Completes both ends of a range from each other: `3月18日-20日`, `18-20 March`. */
function completeRange(left: WrittenDay, right: WrittenDay): [WrittenDay & { month: number }, WrittenDay & { month: number }] | null {
  const month = left.month ?? right.month;
  if (month === null) return null;
  const from = { ...left, month, year: left.year ?? right.year };
  const to = { ...right, month: right.month ?? from.month, year: right.year ?? from.year };
  return [from, to];
}

function rangeQuery(from: string, to: string, defaultYear: number): DateParse {
  if (from === to) return { ok: true, query: { kind: 'day', date: from } };
  const length = dayNumber(to) - dayNumber(from) + 1;
  if (length < 1) {
    return fail('invalid-date', {
      zh: `日期范围的起点（${formatDateZh(from, defaultYear)}）晚于终点（${formatDateZh(to, defaultYear)}），请把较早的日期写在前面。`,
      en: `The range starts (${formatDateEn(from, defaultYear)}) after it ends (${formatDateEn(to, defaultYear)}): write the earlier date first.`,
    });
  }
  if (length > MAX_RANGE_DAYS)
    return fail('invalid-date', {
      zh: `日期范围太长（${length}天），最多${MAX_RANGE_DAYS}天。`,
      en: `The range is too long (${length} days): at most ${MAX_RANGE_DAYS} days.`,
    });
  return { ok: true, query: { kind: 'range', from, to } };
}

function parseRange(text: string, defaultYear: number): DateParse | null {
  let firstError: Reason | null = null;
  for (const separator of text.matchAll(RANGE_SEPARATOR)) {
    const cut = separator.index;
    const left = readRangeEnd(text.slice(0, cut).trim());
    const right = readRangeEnd(text.slice(cut + separator[0].length).trim());
    if (!left || !right) continue;
    const ends = completeRange(left, right);
    if (!ends) continue;
    // 12月30日至1月2日 runs over the new year, as a chronicle's headings do (5月至3月 is reversed):
    // the end without a year is in the next one, or the start without one in the year before.
    // Not past the years a date may have (9999年12月30日至1月2日 stays a reversed range).
    const turnsYear = ends[1].month < ends[0].month - YEAR_TURN_MONTHS;
    const yearBefore = right.year === null ? null : right.year - 1;
    const fromEnd =
      turnsYear && left.year === null && yearBefore !== null && yearBefore >= MIN_YEAR ? { ...ends[0], year: yearBefore } : ends[0];
    const yearAfter = (fromEnd.year ?? defaultYear) + 1;
    const toEnd = turnsYear && right.year === null && yearAfter <= MAX_YEAR ? { ...ends[1], year: yearAfter } : ends[1];
    const from = checkDay(fromEnd, defaultYear);
    const to = checkDay(toEnd, defaultYear);
    if (from.ok && to.ok) return rangeQuery(from.iso, to.iso, defaultYear);
    firstError ??= !from.ok ? from.reason : !to.ok ? to.reason : null;
  }
  return firstError ? fail('invalid-date', firstError) : null;
}

/**
 * Parses a day (`3月18日`, `3.18`, `March 18`…), a range (`3月18日至20日`) or a month (`3月`).
 * Without a year the day is in defaultYear; an explicit year is kept as written.
 */
const WEEKDAY_NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function parseDateQuery(input: string, defaultYear: number, forms?: ShownForms): DateParse {
  const typed = typeof input === 'string' ? input : '';
  const { rest, weekday } = takeWeekday(typed);
  const parsed = parseWithoutWeekday(rest === '' ? typed : rest, typed, defaultYear, forms);
  if (!parsed.ok || weekday === null || parsed.query.kind !== 'day') return parsed;
  const actual = weekdayOf(parsed.query.date);
  if (actual === weekday) return { ...parsed, weekday };
  const day = formatDateZh(parsed.query.date, defaultYear);
  const note = `注意：${day}是${WEEKDAY_NAMES[actual]}，不是${WEEKDAY_NAMES[weekday]}；以下按${day}回答。`;
  const dayEn = formatDateEn(parsed.query.date, defaultYear);
  const noteEn = `Note: ${dayEn} was a ${WEEKDAY_NAMES_EN[actual]}, not a ${WEEKDAY_NAMES_EN[weekday]}; the answer is for ${dayEn}.`;
  return { ...parsed, note, noteEn, weekday };
}

function parseWithoutWeekday(input: string, typed: string, defaultYear: number, forms?: ShownForms): DateParse {
  const text = normalizeDateInput(input);
  // Written only for a refusal: most inputs are dates.
  const shownForms = () => forms ?? standardForms(defaultYear);
  if (text === '') return fail('empty', { zh: `请输入日期，例如${shownForms().zh}。`, en: `Please type a date: ${shownForms().en}.` });
  if (text.length > MAX_DATE_INPUT_LENGTH)
    return fail('unrecognized', {
      zh: `日期太长，无法识别。请按${shownForms().zh}这样的格式输入。`,
      en: `This is too long to be a date. Write it like ${shownForms().en}.`,
    });

  const day = readDay(text);
  if (day && day.month !== null) {
    const checked = checkDay({ ...day, month: day.month }, defaultYear);
    return checked.ok ? { ok: true, query: { kind: 'day', date: checked.iso } } : fail('invalid-date', checked.reason);
  }

  // A whole year (2024年, 2024): its days as a range, as a changelog's year is asked for. Four
  // digits alone are a year only as years are written now (0318 and 1231 may be a month and day).
  const year = /^(\d{4}) ?年$/u.exec(text) ?? /^((?:19|20)\d\d)$/u.exec(text);
  if (year) {
    const reason = checkYear(Number(year[1]));
    return reason ? fail('invalid-date', reason) : { ok: true, query: { kind: 'range', from: `${year[1]}-01-01`, to: `${year[1]}-12-31` } };
  }

  const month = readMonth(text);
  if (month) {
    const year = month.year ?? defaultYear;
    const reason = dayReason(year, month.month, 1, false);
    return reason ? fail('invalid-date', reason) : { ok: true, query: { kind: 'month', year, month: month.month } };
  }

  const shown = cutGraphemes(typed.trim(), 40, '…');
  return (
    parseRange(text, defaultYear) ??
    fail('unrecognized', {
      zh: `无法识别日期“${shown}”。请按${shownForms().zh}这样的格式输入。`,
      en: `Could not read “${shown}” as a date. Write it like ${shownForms().en}.`,
    })
  );
}
