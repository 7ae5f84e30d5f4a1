// Reads a chronicle's lines into dated ◆ entries, repairing what the source broke.

import { YEAR_TURN_MONTHS } from '../query/date-calendar.js';
import { readDay } from '../query/date-grammar.js';
import { normalizeDateInput } from '../query/date-normalize.js';
import { takeWeekday } from '../query/date-weekday.js';
import { cutGraphemes, graphemes } from '../text/graphemes.js';
import { comparisonKey, recognitionForm } from './normalize-raw.js';
import { endsSentence } from './sentences.js';

/**
 * What opens an entry line: the chronicle's ◆, or a bullet a user's chronicle uses instead (●, •,
 * ■…); a hyphen or an asterisk, half or full width, only as a list item ("- …", "－　…"), not as a
 * minus sign ("-5℃"). Matched on the line as written (invisible marks before it skipped), so the
 * body is cut where the mark really ends.
 */
const OPENS_ENTRY = /^[\u200b-\u200d\u2060\ufeff]*(?:[◆◇●○■□▪•]|[-*－＊](?=[\s\u3000]))/u;

const RULE = /^[-*_＊－—=\s\u3000]+$/u;

/** The text of an entry line after its mark, or null when the line opens no entry. */
function entryBody(line: string): string | null {
  const mark = OPENS_ENTRY.exec(line);
  return mark ? line.slice(mark[0].length).trim() : null;
}
/** Days on lines of their own and entry lines a text needs to be taken for a chronicle without being told. */
const CHRONICLE_EVIDENCE = 2;
/** Entry marks that say "chronicle" (◆ and its kin), not a Markdown list's - or *. */
const CHRONICLE_MARK = /^[\u200b-\u200d\u2060\ufeff]*[◆◇●○■□▪•]/u;
/** A day heading written as one (3月18日, 2020-03-18, March 18), not a figure /date would read as a day (1.1, 3/4). */
const WRITTEN_AS_DAY = /月|\d{4}-\d{1,2}-\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/iu;
const A_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

/**
 * Whether a text is laid out as a chronicle (the README's layout: a day alone on a line, entries
 * opening with ◆ under it) and nothing else: a server dropping such a file in without a sidecar
 * gets its days read, not glued into the text. Strict, as the chronicle reader keeps only entries:
 * two days and two ◆ entries at least, nothing but a title before the first day, every other line
 * an entry's or its continuation, and a year (in a heading or the title) to date the days by.
 */
export function looksLikeChronicle(text: string): boolean {
  let days = 0;
  let entries = 0;
  let year = false;
  /** Lines before the first day: a title, a subtitle, a source line (the chronicle reader sets them aside). */
  let before = 0;
  /** The line before was an entry's (or went on with one), with no blank line between. */
  let inEntry = false;
  /** The entry's last line ends a sentence: a line after a blank line is then no part of it. */
  let ended = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      inEntry = false;
      continue;
    }
    const heading = WRITTEN_AS_DAY.test(line) ? parseDateHeading(line) : null;
    if (heading) {
      days++;
      year ||= heading.year !== null;
      inEntry = false;
    } else if (CHRONICLE_MARK.test(line) && entryBody(line) !== null) {
      if (days === 0) return false;
      entries++;
      inEntry = true;
    } else if (days === 0) {
      if (++before > FRONT_LINES || endsSentence(line)) return false;
      year ||= A_YEAR.test(line);
      continue;
    } else if (!inEntry && (ended || entries === 0) && !END_MARK.test(line)) return false;
    else inEntry = true; // a wrapped line, or a sentence broken across a blank line (the reader mends it)
    ended = endsSentence(line);
  }
  return days >= CHRONICLE_EVIDENCE && entries >= CHRONICLE_EVIDENCE && year;
}

/** Lines a chronicle may open with before its first day (title, subtitle, 来源：…). */
const FRONT_LINES = 3;
/** A closing mark a newspaper piece ends with: （完）. */
const END_MARK = /^[（(【[]?[完终][）)】\]]?$/u;

/** A line shorter than this (in comparison form) is too short to call a repeat with confidence. */
const MIN_REPEAT_LENGTH = 6;

export interface RawEntry {
  /** 1-based position among all ◆ entries of the document. */
  ordinal: number;
  date: string | null;
  /** Entry text without the marker; continuation lines are joined in. */
  text: string;
}

/**
 * A day alone on a line → month, day and optional year: `3月18日`, `３月１８日`, `3月18号`,
 * `2020年3月18日`, and every other way /date reads one day (`2023-03-03`, `3/4`, `三月五日`,
 * `March 7`, `3月6日（星期一）`, `March 31, 2024 (Sunday)`): a user's own chronicle writes its headings as it likes, and an
 * unread heading glued its day's entries onto the day before.
 */
export function parseDateHeading(line: string): { year: number | null; month: number; day: number } | null {
  const m = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]$/u.exec(recognitionForm(line));
  if (m) return { year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
  // Only short lines: a sentence that merely starts with a date is an entry's text.
  if ([...line].length > 24 || OPENS_ENTRY.test(line)) return null;
  const { rest } = takeWeekday(normalizeDateInput(line).replace(TIME_OF_DAY, ''));
  // The weekday's opening bracket stays behind it ("March 31, 2024 (Sunday)" → "march 31, 2024 (").
  const day = readDay(rest.replace(/[\s(（[【,，]+$/u, '').trim());
  return day && day.month !== null ? { year: day.year, month: day.month, day: day.day } : null;
}

/** A part of the day after a heading's date ("7月27日 上午"): still that day's heading. */
const TIME_OF_DAY = /[\s，,]*(?:上午|下午|中午|晚上|晚间|凌晨|早上|早晨|清晨|傍晚|夜间|夜里|深夜|全天)$/u;

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function preview(text: string): string {
  return cutGraphemes(text, 16, '…');
}

interface ScanState {
  entries: RawEntry[];
  date: string | null;
  /** A date heading came after the last entry (so a following bare line cannot continue it). */
  headingSinceEntry: boolean;
  warnings: string[];
  problems: string[];
}

/**
 * Entries' comparison keys, kept: recomputing every entry's key for every bare line made a user's
 * chronicle of 800 unpunctuated continuation lines take ~8 s to read (quadratic and worse).
 */
const keys = new WeakMap<RawEntry, Kept>();

/**
 * An entry's comparison key's end (what a repeat is looked for in) and its text's end (whether it
 * ends a sentence), kept as lines are joined on: reading them off the joined text made the engine
 * copy the whole text at every line (a string built by += is flattened when sliced), and 20,000
 * unpunctuated lines took 6 s.
 */
interface Kept {
  text: string;
  key: string;
  tail: string;
}

/** Characters of an entry's end kept for endsSentence. */
const TAIL = 64;

function keptOf(entry: RawEntry): Kept {
  const kept = keys.get(entry);
  if (kept && kept.text === entry.text) return kept;
  const fresh = { text: entry.text, key: comparisonKey(entry.text).slice(-REPEAT_STRETCH), tail: entry.text.slice(-TAIL) };
  keys.set(entry, fresh);
  return fresh;
}

const keyOf = (entry: RawEntry): string => keptOf(entry).key;

/**
 * Entries a repeated fragment is looked for in, counted back from the last: a newspaper's repeat
 * stands near what it repeats, and every entry read so far made a 16,000-entry file quadratic.
 */
const REPEAT_WINDOW = 300;
/** Characters at the end of an entry a repeat is looked for in, at least (up to twice this between trims): a repeat stands near what it repeats. */
const REPEAT_STRETCH = 2_000;

/** True when the line's text already stands in an entry read recently: a repeated fragment. */
function repeatsEarlierText(line: string, entries: RawEntry[]): boolean {
  const key = comparisonKey(line);
  if (key.length < MIN_REPEAT_LENGTH) return false;
  for (let i = entries.length - 1; i >= Math.max(0, entries.length - REPEAT_WINDOW); i--) {
    // Within an entry too, only its last stretch: an entry of 10,000 joined lines was searched whole at each line.
    if (keyOf(entries[i]!).includes(key)) return true;
  }
  return false;
}

/** The last few characters of a text (for a warning), read from its end only. */
function tail(text: string, count: number): string {
  return graphemes(text.slice(-4 * count))
    .slice(-count)
    .join('');
}

/** A line without ◆: continuation of the open entry, a repeated fragment, or front matter. */
function handleBareLine(line: string, state: ScanState, title: string): void {
  const { entries, warnings } = state;
  const open = entries[entries.length - 1];
  const where = state.date ?? '无日期';
  if (!open && !state.headingSinceEntry) {
    if (comparisonKey(line) !== comparisonKey(title)) warnings.push(`首个条目前的行不作为正文：「${preview(line)}」`);
    return;
  }
  // A line right after a date heading opens that day's entry, marked or not (a user's chronicle
  // may have no ◆ at all: its first line under the first heading was dropped as front matter).
  if (!open) {
    startUnmarkedEntry(line, state, where);
    return;
  }
  const repeated = repeatsEarlierText(line, entries);
  // Its end is enough (trimming a 90 KB entry at every joined line was quadratic).
  const openEndsSentence = endsSentence(keptOf(open).tail);
  if (repeated && (openEndsSentence || state.headingSinceEntry)) {
    warnings.push(`${where}：删去一行重复前文的片段（不是新条目，也不是续行）：「${preview(line)}」`);
    return;
  }
  if (state.headingSinceEntry) {
    startUnmarkedEntry(line, state, where);
    return;
  }
  if (openEndsSentence) {
    warnings.push(`${where}：第${open.ordinal}条后一行缺少◆，按该条的续段处理：「${preview(line)}」`);
  } else {
    warnings.push(`${where}：第${open.ordinal}条的句子被空行断开，已接合：「…${tail(keptOf(open).tail, 4)}」+「${preview(line)}」`);
  }
  appendLine(open, line);
}

function startUnmarkedEntry(line: string, state: ScanState, where: string): void {
  state.entries.push({ ordinal: state.entries.length + 1, date: state.date, text: line });
  state.headingSinceEntry = false;
  state.warnings.push(`${where}：日期标题后一行缺少◆，按新条目处理：「${preview(line)}」`);
}

/** Joins a line to an entry, its kept comparison key growing with it (not recomputed over the whole entry). */
function appendLine(entry: RawEntry, line: string): void {
  const kept = keptOf(entry);
  // Kept at most twice their length between trims: trimming at every line copied them each time.
  const key = kept.key + comparisonKey(line);
  const tail = kept.tail + line;
  entry.text += line;
  keys.set(entry, {
    text: entry.text,
    key: key.length > 2 * REPEAT_STRETCH ? key.slice(-REPEAT_STRETCH) : key,
    tail: tail.length > 2 * TAIL ? tail.slice(-TAIL) : tail,
  });
}

/** Scans the chronicle's lines (already LF-normalised) into entries with their dates. */
export function scanChronicle(
  text: string,
  year: number | null,
  title: string,
): { entries: RawEntry[]; warnings: string[]; problems: string[]; yearUsed: boolean } {
  const state: ScanState = { entries: [], date: null, headingSinceEntry: false, warnings: [], problems: [] };
  let warnedNoYear = false;
  // Whether a heading without a year took `year` (not one a heading before it wrote).
  let yearUsed = false;
  let fromGivenYear = year !== null;
  // Headings without a year take the document's, and the next one after the year turns
  // (12月31日 then 1月1日): a chronicle runs forward in time.
  let runningYear = year;
  let lastMonth: number | null = null;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    // A blank line, or a rule drawn with dashes or stars (* * *, ———), holds no text.
    if (line === '' || RULE.test(line)) continue;
    const heading = parseDateHeading(line);
    if (heading) {
      if (heading.year !== null) {
        runningYear = heading.year;
        fromGivenYear = false;
      } else {
        if (fromGivenYear) yearUsed = true;
        if (runningYear !== null && lastMonth !== null && heading.month < lastMonth - YEAR_TURN_MONTHS) {
          runningYear++;
          state.warnings.push(`「${cutGraphemes(line, 20, '…')}」在${lastMonth}月之后，按${runningYear}年处理。`);
        }
      }
      lastMonth = heading.month;
      const y = runningYear;
      const iso = y === null ? null : isoDate(y, heading.month, heading.day);
      if (y === null && !warnedNoYear) {
        state.problems.push('元数据缺少 year（例如 "year": 2020），没写年份的日期标题无法换算为完整日期，其下条目标为“日期不详”。');
        warnedNoYear = true;
      } else if (iso === null && y !== null) {
        state.problems.push(`不存在的日期「${cutGraphemes(line, 20, '…')}」，其后条目不标日期。`);
      }
      state.date = iso;
      state.headingSinceEntry = true;
      continue;
    }
    const body = entryBody(line);
    if (body !== null) {
      state.entries.push({ ordinal: state.entries.length + 1, date: state.date, text: body });
      state.headingSinceEntry = false;
      continue;
    }
    handleBareLine(line, state, title);
  }
  return { entries: state.entries, warnings: state.warnings, problems: state.problems, yearUsed };
}
