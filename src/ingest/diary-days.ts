// A diary's day headings: a line that is a day and nothing but remarks on it (`10月3日 星期五 晴 27℃`,
// `10月6日 周一 农历八月十五 中秋`, `2025-10-11`), over that day's text. Read as text, such a line was
// a sentence like any other (sometimes glued to the first one below it), and the diary had no
// entries: /date listed nothing and a question naming a day found only its mentions. plain.ts
// reads each as a heading, so that its day is an entry as a dated `##` heading's is
// (dated-sections.ts). A line naming only a weekday (`星期四 雨`) after a dated one is the first
// such day after it.

import { findDatesInText } from '../query/date-find.js';
import type { PartWriter } from './part-writer.js';
import type { ShownLine } from './shown-line.js';

/** A weekday as diaries write it: 星期四, 周四, 礼拜天. */
const WEEKDAY = /^(?:星期|周|礼拜)([一二三四五六日天])$/u;
const WEEKDAY_NUMBER: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/**
 * A remark beside the day: a word or two without punctuation (晴, 多云转小雨, 杭州, 农历八月十五, 中秋),
 * a temperature (27℃, 18~25°C) or a weekday in brackets. A clause of a sentence runs longer or holds
 * punctuation, so a line starting with a day and going on as a sentence is never a heading.
 */
const REMARK =
  /^(?:[\p{Script=Han}\p{L}]{1,6}|[（(](?:星期|周|礼拜)[一二三四五六日天][）)]|-?\d{1,2}(?:\s*[~～\-–/]\s*-?\d{1,2})?\s*(?:℃|°C?))$/u;
/** At most this many remarks: more is a line of text. */
const MAX_REMARKS = 4;
/** A diary has days: one line alone of this form is a date line (a letter's, a notice's), no diary. */
const MIN_DAY_LINES = 2;

/** The remarks after a line's opening (a day or a weekday) when every one is a remark, else null. */
function remarks(rest: string): string[] | null {
  if (rest !== '' && !/^[\s\u3000]/u.test(rest) && !/^[（(]/u.test(rest)) return null;
  const words = rest.split(/[\s\u3000]+/u).filter((word) => word !== '');
  return words.length <= MAX_REMARKS && words.every((word) => REMARK.test(word)) ? words : null;
}

/** The day a line opening with a day and followed only by remarks heads, or undefined. */
function dayOfLine(line: string, year: number): string | undefined {
  const first = findDatesInText(line, year)[0];
  if (first?.start !== 0) return undefined;
  return remarks(line.slice(first.end)) ? first.date : undefined;
}

/**
 * The remarks a diary day heading writes beside its day (晴, 27℃, 杭州, 中秋 of `10月3日 星期五 晴 27℃`),
 * weekdays aside (the day says them), or null when `line` is no such heading: answer/heading-field.ts
 * makes them a field of the day's sentences. Any year reads the day's form.
 */
export function dayHeadingRemarks(line: string): string[] | null {
  const text = line.trim();
  const first = findDatesInText(text, 2000)[0];
  const [opening = '', ...rest] = text.split(/[\s\u3000]+/u);
  const after = first?.start === 0 ? text.slice(first.end) : WEEKDAY.test(opening) ? (rest.length ? ` ${rest.join(' ')}` : '') : null;
  const words = after === null ? null : remarks(after);
  return words?.filter((word) => !WEEKDAY.test(word.replace(/[（()）]/gu, ''))) ?? null;
}

/** The first day after `after` that is the weekday a weekday-only line names, or undefined. */
function weekdayAfter(line: string, after: string): string | undefined {
  const [opening = '', ...rest] = line.split(/[\s\u3000]+/u);
  const weekday = WEEKDAY.exec(opening)?.[1];
  if (weekday === undefined || !remarks(rest.length ? ` ${rest.join(' ')}` : '')) return undefined;
  const day = new Date(`${after}T00:00:00Z`);
  const ahead = (WEEKDAY_NUMBER[weekday]! - day.getUTCDay() + 7) % 7 || 7;
  day.setUTCDate(day.getUTCDate() + ahead);
  return day.toISOString().slice(0, 10);
}

/**
 * The lines of a diary's day headings (their index → the day each heads), when the document has
 * two or more lines that are a day with remarks; empty otherwise. `year` dates days written
 * without one (the document's, heading-year.ts); without it, no line is read as a diary day.
 */
export function diaryDayLines(lines: readonly string[], year: number | null): Map<number, string> {
  const days = new Map<number, string>();
  if (year === null) return days;
  let dated = 0;
  let last: string | undefined;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const written = dayOfLine(line, year);
    const day = written ?? (last ? weekdayAfter(line, last) : undefined);
    if (day === undefined) continue;
    if (written) dated++;
    days.set(i, day);
    last = day;
  }
  return dated >= MIN_DAY_LINES ? days : new Map();
}

/** What of plain.ts's builder a day heading needs: a heading, and the depth it stands below. */
type DayWriter = Pick<PartWriter, 'heading'> & { readonly depth: number };

/** A diary's day headings, read line by line into a plain document's parts (plain.ts): each heads its day's text until the next, or a heading over them. */
export class DiaryDays {
  private readonly days: Map<number, string>;
  /** The level of the day headings, once one is read: each day ends the one before. */
  private level: number | null = null;

  constructor(lines: readonly ShownLine[], year: number | null) {
    this.days = diaryDayLines(
      lines.map((line) => (line.alone ? '' : line.text)),
      year,
    );
  }

  /** The day line `at` heads, or undefined. */
  dayAt(at: number): string | undefined {
    return this.days.get(at);
  }

  /** A heading over the days (a `#` one, a chapter) ends them: the next day stands at the depth read then. */
  end(): void {
    this.level = null;
  }

  /** Opens the day `day` headed by `line`, as a dated `##` heading: it names the day's entry, never glued to the text below it. */
  open(line: string, day: string, builder: DayWriter): void {
    this.level ??= builder.depth + 1;
    builder.heading(this.level, line, line, day);
  }
}
