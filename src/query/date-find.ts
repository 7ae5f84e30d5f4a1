// Finds the days a free-text question mentions (`3月15日那次通报…`), so /ask can favour that day's passages.
// Only mentions with a month and a day are taken: a bare `19日` could be any month.

import { daysInMonth, toIso } from './date-calendar.js';
import { CHINESE_NUMERAL_RUN, chineseNumeralValue, ENGLISH_MONTH_SOURCE, englishMonth, toHalfWidth } from './date-normalize.js';

export interface DateMention {
  date: string;
  /** Span [start, end) of the mention in the original text. */
  start: number;
  end: number;
}

const CN_NUM = `(?:\\d{1,2}|${CHINESE_NUMERAL_RUN.source.replace('+', '{1,3}')})`;
const CN_YEAR = `(?:\\d{4}|[〇零一二三四五六七八九]{4})`;

const CHINESE_DAY = new RegExp(
  `(?<![\\d〇零一二三四五六七八九十])(?:(${CN_YEAR})\\s*年\\s*)?(${CN_NUM})\\s*月\\s*(${CN_NUM})\\s*(?:日|号|號)`,
  'g',
);
const ISO_DAY = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g;
const ENGLISH_MONTH_DAY = new RegExp(
  `\\b(${ENGLISH_MONTH_SOURCE})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4})(?![-/.]\\d))?(?![\\d:])`,
  'gi',
);
const ENGLISH_DAY_MONTH = new RegExp(
  `\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${ENGLISH_MONTH_SOURCE})(?:,?\\s+(\\d{4})(?![-/.]\\d))?\\b`,
  'gi',
);

/**
 * What every pattern above needs: a digit (ISO and English days), or 月 (Chinese days, whose
 * numbers may be written 三月十五日). A text with neither, as most keywords, mentions no day.
 */
const MAY_MENTION_A_DAY = /[0-9月]/;

function numberOf(written: string | undefined): number | null {
  if (written === undefined) return null;
  return /^\d+$/.test(written) ? Number(written) : chineseNumeralValue(written);
}

function realDay(year: number, month: number | null, day: number | null): string | null {
  if (month === null || day === null || month < 1 || month > 12 || day < 1) return null;
  return day > daysInMonth(year, month) ? null : toIso(year, month, day);
}

/** Every real day mentioned in the text, in text order; impossible days (2月30日) are skipped. */
export function findDatesInText(text: string, defaultYear: number): DateMention[] {
  if (typeof text !== 'string' || text === '') return [];
  // One character for one, so spans found here are spans in the original text.
  const plain = toHalfWidth(text);
  if (!MAY_MENTION_A_DAY.test(plain)) return [];
  const mentions: DateMention[] = [];
  const add = (match: RegExpMatchArray, year: number | null, month: number | null, day: number | null): void => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (mentions.some((m) => start < m.end && m.start < end)) return;
    const date = realDay(year ?? defaultYear, month, day);
    if (date) mentions.push({ date, start, end });
  };
  for (const m of plain.matchAll(CHINESE_DAY)) add(m, numberOf(m[1]), numberOf(m[2]), numberOf(m[3]));
  for (const m of plain.matchAll(ISO_DAY)) add(m, Number(m[1]), Number(m[3]), Number(m[4]));
  for (const m of plain.matchAll(ENGLISH_MONTH_DAY)) add(m, numberOf(m[3]), englishMonth(m[1] ?? ''), numberOf(m[2]));
  for (const m of plain.matchAll(ENGLISH_DAY_MONTH)) add(m, numberOf(m[3]), englishMonth(m[2] ?? ''), numberOf(m[1]));
  mentions.sort((a, b) => a.start - b.start);
  return withFollowingDays(plain, mentions);
}

/**
 * Days written after a mention with only their number, in its month: 3月18日和19日, March 18 and
 * 19, March 18, 19 and 20. A Chinese one needs its 日 (3月18日和19个国家 names no day); an English
 * one must end the phrase (March 18 and 19 countries names none).
 */
const FOLLOWING_DAY = new RegExp(
  `^\\s*(?:和|与|及|、|,|，|and|&)\\s*(?:(${CN_NUM})\\s*(?:日|号|號)|(\\d{1,2})(?:st|nd|rd|th)?(?=\\s*(?:[?.!,;:)？。，、]|and\\b|or\\b|$)))`,
  'i',
);

function withFollowingDays(plain: string, mentions: DateMention[]): DateMention[] {
  const all = [...mentions];
  for (const mention of mentions) {
    let end = mention.end;
    for (;;) {
      const next = FOLLOWING_DAY.exec(plain.slice(end));
      if (!next) break;
      const start = end;
      end += next[0].length;
      if (all.some((m) => m !== mention && start < m.end && m.start < end)) break;
      const [year, month] = mention.date.split('-').map(Number) as [number, number];
      const date = realDay(year, month, numberOf(next[1] ?? next[2]));
      if (!date) break;
      all.push({ date, start, end });
    }
  }
  return all.sort((a, b) => a.start - b.start);
}
