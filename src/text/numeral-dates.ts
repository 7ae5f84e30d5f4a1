import { chineseNumeralValue } from '../query/date-normalize.js';

// A day written in Chinese numerals (二〇二五年十二月二十九日, as judgments, contracts and official
// letters date themselves; 十一月三日 in running text) is the day its digits write, 2025年12月29日:
// the tokenizer indexes it as that word, a search of 12月29日 finds and lights it, and a day asked
// for counts it as written. Only a month with its day: 三月 alone is as often a count as a month.

const YEAR = '[〇零一二三四五六七八九]{4}';
const NUMBER = '[一二三四五六七八九十廿卅]{1,3}';
const NUMERAL_DAY = new RegExp(`(?<![〇零一二两三四五六七八九十廿卅])(?:(${YEAR})年)?(${NUMBER})月(${NUMBER})[日号]`, 'gu');

export interface NumeralDay {
  /** Span [start, end) in the text read. */
  start: number;
  end: number;
  /** As digits write it: 2025年12月29日, or 11月3日 without a year. */
  digits: string;
}

/** The days a folded text writes in Chinese numerals, in text order (impossible ones, 十三月, skipped). */
export function numeralDays(text: string): NumeralDay[] {
  if (!text.includes('月')) return [];
  const days: NumeralDay[] = [];
  for (const m of text.matchAll(NUMERAL_DAY)) {
    const month = chineseNumeralValue(m[2]!);
    const day = chineseNumeralValue(m[3]!);
    if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) continue;
    const year = m[1] === undefined ? '' : `${chineseNumeralValue(m[1])}年`;
    days.push({ start: m.index, end: m.index + m[0].length, digits: `${year}${month}月${day}日` });
  }
  return days;
}

/** The words of those days, as digits write them (2025年12月29日), for the index. */
export const numeralDayWords = (text: string): string[] => numeralDays(text).map((day) => day.digits);

/** The text with its numeral days written in digits (for tests of a day's form, not for offsets). */
export function withDigitDays(text: string): string {
  const days = numeralDays(text);
  if (!days.length) return text;
  let out = '';
  let last = 0;
  for (const day of days) {
    out += text.slice(last, day.start) + day.digits;
    last = day.end;
  }
  return out + text.slice(last);
}

const DIGIT_DAY = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/u;

/**
 * Spans of a folded text where a day typed in digits (12月29日, 2025年12月29日) is written in
 * numerals: the whole mention, its year too; under another year, not at all.
 */
export function numeralDaySpans(text: string, term: string): [number, number][] {
  const typed = DIGIT_DAY.exec(term);
  if (!typed) return [];
  const form = `${Number(typed[2])}月${Number(typed[3])}日`;
  const year = typed[1];
  const under = (digits: string) => year === undefined || !digits.includes('年') || digits.startsWith(`${year}年`);
  return numeralDays(text)
    .filter(({ digits }) => (digits === form || digits.endsWith(`年${form}`)) && under(digits))
    .map((day) => [day.start, day.end]);
}
