// The shapes of a single day or month, read from a normalised string (see date-normalize.ts).
// Readers only recognise shapes; whether the numbers make a real day is checked by the caller.

import { englishMonth, ENGLISH_MONTH_SOURCE as M } from './date-normalize.js';

/** A day as written: year and month may be missing (`20日` at the end of a range). */
export interface WrittenDay {
  year: number | null;
  month: number | null;
  day: number;
}

export interface WrittenMonth {
  year: number | null;
  month: number;
}

type Reader<T> = readonly [RegExp, (m: RegExpExecArray) => T | null];

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));
const nameMonth = (s: string | undefined): number | null => (s === undefined ? null : englishMonth(s));
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY_MARK = '(?:日|号|號)';

function fullDay(year: number | null, month: number | null, day: number | null): WrittenDay | null {
  return month === null || day === null ? null : { year, month, day };
}

/** Numeric month-first forms, read day-first only when nothing else is possible (18/3 is 18 March). */
function numericDay(year: number | null, first: number | null, second: number | null): WrittenDay | null {
  if (first !== null && second !== null && first > 12 && second <= 12) return fullDay(year, second, first);
  return fullDay(year, first, second);
}

const DAY_READERS: readonly Reader<WrittenDay>[] = [
  // 3月18日, 3月18号, 3月18, 2020年3月18日 (Chinese numerals already converted)
  [new RegExp(`^(?:(\\d{4}) ?年 ?)?(\\d{1,2}) ?月 ?(\\d{1,2}) ?${DAY_MARK}?$`), (m) => fullDay(num(m[1]), num(m[2]), num(m[3]))],
  // 2020-03-18, 2020/3/18, 2020.3.18
  [/^(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})$/, (m) => fullDay(num(m[1]), num(m[3]), num(m[4]))],
  // 20200318
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => fullDay(num(m[1]), num(m[2]), num(m[3]))],
  // 3/18/2020 (US order), or 18/3/2020 when the first number cannot be a month
  [/^(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{4})$/, (m) => numericDay(num(m[4]), num(m[1]), num(m[3]))],
  // 3.18, 3/18, 03-18 (month first, as Chinese and US writers do); 18.3 only as 18 March
  [/^(\d{1,2}) ?[-/.] ?(\d{1,2})$/, (m) => numericDay(null, num(m[1]), num(m[2]))],
  // March 18, Mar 18th, March 18, 2020
  [new RegExp(`^(${M}) ?,? ?(?:the )?(\\d{1,2})${ORDINAL}(?: ?,? ?(\\d{4}))?$`), (m) => fullDay(num(m[3]), nameMonth(m[1]), num(m[2]))],
  // 18 March, 18 Mar 2020, the 18th of March
  [new RegExp(`^(?:the )?(\\d{1,2})${ORDINAL} ?(?:of )?(${M}) ?,? ?(\\d{4})?$`), (m) => fullDay(num(m[3]), nameMonth(m[2]), num(m[1]))],
];

/** Reads a complete day (with at least a month), or null when the text has another shape. */
export function readDay(text: string): WrittenDay | null {
  for (const [pattern, build] of DAY_READERS) {
    const match = pattern.exec(text);
    if (match) return build(match);
  }
  return null;
}

const BARE_DAY = new RegExp(`^(?:the )?(\\d{1,2}) ?(?:${DAY_MARK}|${ORDINAL})$`);

/** Reads a day that may lack its month (`20日`, `20`, `20th`): only valid as one end of a range. */
export function readRangeEnd(text: string): WrittenDay | null {
  const full = readDay(text);
  if (full) return full;
  const bare = BARE_DAY.exec(text);
  return bare ? { year: null, month: null, day: Number(bare[1]) } : null;
}

const MONTH_READERS: readonly Reader<WrittenMonth>[] = [
  // 3月, 3月份, 2020年3月
  [/^(?:(\d{4}) ?年 ?)?(\d{1,2}) ?月份?$/, (m) => ({ year: num(m[1]), month: Number(m[2]) })],
  // 2020-03, 2020/3
  [/^(\d{4}) ?[-/.] ?(\d{1,2})$/, (m) => ({ year: num(m[1]), month: Number(m[2]) })],
  // March, Mar 2020, March, 2020
  [
    new RegExp(`^(${M}) ?,? ?(\\d{4})?$`),
    (m) => {
      const month = nameMonth(m[1]);
      return month === null ? null : { year: num(m[2]), month };
    },
  ],
  // 2020 March
  [
    new RegExp(`^(\\d{4}) ?(${M})$`),
    (m) => {
      const month = nameMonth(m[2]);
      return month === null ? null : { year: num(m[1]), month };
    },
  ],
];

/** Reads a whole month (`3月`, `March`, `2020年3月`), or null. */
export function readMonth(text: string): WrittenMonth | null {
  for (const [pattern, build] of MONTH_READERS) {
    const match = pattern.exec(text);
    if (match) return build(match);
  }
  return null;
}

/** Where a range may be split in two: 至, 到, ~, -, to, through, until, and. */
export const RANGE_SEPARATOR = / ?(?:至|到|~|-|to|through|thru|until|till|and) ?/g;
