import type { Entry } from '../core/types.js';
import { dayNumber, toIso } from '../query/date-calendar.js';
import { type DateMention, findDatesInText } from '../query/date-find.js';
import { entryId } from './stable-id.js';

// A plain document's headings that are days (a changelog's `## 2024年5月3日 v1.3.0`, minutes'
// `# 2023-04-12 例会`, `## v2.0（2024-10-01）`): each such section, its sub-sections included, is
// an entry of that day, as a chronicle's ◆ entries are. /date lists it whole, a question naming the
// day finds it, and its sentences carry the day. Without this, a server's changelog or
// announcements answered no /date at all ("语料中没有带日期的条目"). Cited by its heading, which
// names the day (the entry's `section`), not as a chronicle's 第N条.

/** A written year: four digits, or four Chinese digits (二〇二四). */
const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d)|[〇零一二三四五六七八九]{4}/u;
/** A heading opening with what is written as a day (2024年2月30日, 2024-02-30), whether or not the calendar has it. */
const WRITTEN_AS_DAY =
  /^[^\p{L}\p{N}]*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|^[^\p{L}\p{N}]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/u;
/** What may stand between a heading's day and its start or end: marks, brackets, spaces; no word. */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

/** A heading's day: `opens` when the day opens the heading (2024年5月3日 v1.3), not closes it (v2.0（2024-10-01）); `ownYear` when it writes its year; `until`, the last day of a range it opens with. */
export type HeadingDay = { date: string; opens: boolean; ownYear: boolean; until?: string } | { yearless: true } | null;

/**
 * Between a range's first day and its last: the first's weekday in brackets, then 至, 到 or a dash
 * (`2026年5月1日（周五）至5月5日（周二）`); the last day may be written by its number alone (至5日).
 */
const RANGE_LINK = /^\s*(?:[（(]\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[）)])?\s*(?:至|到|~|～|—|–|-)\s*/u;
const BARE_LAST_DAY = /^(\d{1,2})\s*[日号號]/u;
/** A longer span is a season (活动期间), not days each worth an entry. */
const MAX_RANGE_DAYS = 31;

/** `day` when it comes after `first`, else `later` (the same day a month or a year on). */
const after = (first: string, day: string, later: string): string => (day > first ? day : later);

/** The last day of the range a heading opens with, after `first` (its mention), or undefined. */
function rangeEnd(heading: string, first: DateMention, mentions: readonly DateMention[]): string | undefined {
  const link = RANGE_LINK.exec(heading.slice(first.end));
  if (!link) return undefined;
  const at = first.end + link[0].length;
  const bare = BARE_LAST_DAY.exec(heading.slice(at))?.[1];
  const written = mentions.find((m) => m.start === at);
  // A last day without its year is the first one after the first day (2026年5月1日至5月5日,
  // 2026年12月30日至1月2日: 2027's), not the document's year's; one without its month likewise (5月30日至2日: June's).
  const [year, month] = [Number(first.date.slice(0, 4)), Number(first.date.slice(5, 7))];
  const last = written
    ? WRITTEN_YEAR.test(heading.slice(written.start, written.end))
      ? written.date
      : after(first.date, `${year}${written.date.slice(4)}`, `${year + 1}${written.date.slice(4)}`)
    : bare && after(first.date, toIso(year, month, Number(bare)), toIso(month === 12 ? year + 1 : year, (month % 12) + 1, Number(bare)));
  const days = last ? dayNumber(last) - dayNumber(first.date) : Number.NaN;
  return last && days > 0 && days < MAX_RANGE_DAYS ? last : undefined;
}

/**
 * The day a heading is dated by: one opening it or closing it (`v2.0（2024-10-01）`); a day in its
 * middle is what the heading talks about, not when. A day written without a year needs `year`
 * (the document's, heading-year.ts): without it, the heading is `yearless`.
 */
export function headingDay(heading: string, year: number | null): HeadingDay {
  const mentions = findDatesInText(heading, year ?? 2000);
  const first = mentions[0];
  const last = mentions[mentions.length - 1];
  const opens = first !== undefined && NO_WORDS.test(heading.slice(0, first.start));
  const day = opens ? first : last && NO_WORDS.test(heading.slice(last.end)) ? last : null;
  if (!day) return null;
  const ownYear = WRITTEN_YEAR.test(heading.slice(day.start, day.end));
  if (year === null && !ownYear) return { yearless: true };
  const until = opens ? rangeEnd(heading, day, mentions) : undefined;
  return until ? { date: day.date, opens, ownYear, until } : { date: day.date, opens, ownYear };
}

/** `from` and each day after it to `until`, as ISO dates. */
function daysFrom(from: string, until: string | undefined): string[] {
  const days = [from];
  if (!until) return days;
  const day = new Date(`${from}T00:00:00Z`);
  for (;;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    if (iso > until) return days;
    days.push(iso);
  }
}

interface OpenSection {
  level: number;
  date: string;
  /** Every day the section is of: its day, or each of a range's (one entry, at one place, on each day). */
  days: string[];
  ordinal: number;
  path: string[];
  ids: string[];
  held: Set<string>;
  paragraphs: string[];
  /** Sub-headings read since its last paragraph, as written: they go into its text before the next paragraph (none dangles at its end). */
  headings: string[];
}

/** Builds the entries of a plain document's dated sections, as its headings and paragraphs are read in order. */
export class DatedSections {
  readonly entries: Entry[] = [];
  /** Headings whose day has no year the document gives (said once, in a warning). */
  yearless = 0;
  /** Headings opening with a day no calendar has (2月30日), said once in a warning: left undated. */
  impossible = 0;
  /** Whether a heading's day took the document's year (so the note on where that year came from is worth saying). */
  yearUsed = false;
  /**
   * The dated sections being read, outermost first: a dated sub-heading (### 5月4日 热修复 under
   * ## 5月3日) is an entry of its own, and when it ends its parent's text goes on under the parent's day.
   */
  private readonly open: OpenSection[] = [];
  private count = 0;
  private readonly byId = new Map<string, Entry>();

  constructor(
    private readonly docId: string,
    private readonly year: number | null,
  ) {}

  /** The day of what is read now, or null outside a dated section. */
  get date(): string | null {
    return this.open[this.open.length - 1]?.date ?? null;
  }

  /**
   * A heading at `level` (its section's `path`; `written` as the document writes it): ends the
   * dated sections it does not stand under, and opens one when it names a day. Undated, it is a
   * sub-heading of the dated section it stands under, kept in that entry's text: without them
   * /date listed a meeting's lines as one run, its ### 议题 gone.
   */
  heading(level: number, path: string[], text: string, written = text, date?: string | null): void {
    while ((this.open[this.open.length - 1]?.level ?? 0) >= level) this.closeInnermost();
    // A day given (a post's, written in its header) dates the section whatever its heading says.
    const day: HeadingDay = date ? { date, opens: true, ownYear: true } : headingDay(text, this.year);
    if (day && 'yearless' in day) this.yearless++;
    if (!day && WRITTEN_AS_DAY.test(text)) this.impossible++;
    if (!day || !('date' in day)) {
      this.open[this.open.length - 1]?.headings.push(written);
      return;
    }
    if (!day.ownYear) this.yearUsed = true;
    // Numbered as the document reads them: a parent before the dated sub-sections it holds.
    this.open.push({
      level,
      date: day.date,
      days: daysFrom(day.date, day.until),
      path,
      ordinal: ++this.count,
      ids: [],
      held: new Set(),
      paragraphs: [],
      headings: [],
    });
  }

  /** A paragraph's sentences (their ids, and the sentences as the passages write them), the innermost dated section's. */
  paragraph(ids: readonly string[], sentences: readonly string[]): void {
    const open = this.open[this.open.length - 1];
    if (!open || !sentences.length) return;
    for (const id of ids)
      if (!open.held.has(id)) {
        open.held.add(id);
        open.ids.push(id);
      }
    open.paragraphs.push(...open.headings, sentences.join(''));
    open.headings = [];
  }

  /** Ends every dated section being read (a footer follows, or the document ends); the entries then stand in the document's order. */
  close(): void {
    while (this.open.length) this.closeInnermost();
    // A parent closes after the dated sub-sections it holds, yet reads before them.
    this.entries.sort((a, b) => a.ordinal - b.ordinal);
  }

  /**
   * Ends the innermost dated section: an entry when it holds a sentence. Each heading's is an
   * entry of its own, a release written again word for word under another heading too (cited by
   * its own heading and day); the same heading and text written twice (a section pasted twice)
   * is one entry at two places.
   */
  private closeInnermost(): void {
    const open = this.open.pop();
    if (!open?.ids.length) return;
    const text = open.paragraphs.join('\n');
    const id = entryId(this.docId, `${open.path.join('\u0000')}\u0000${text}`);
    const seen = this.byId.get(id);
    if (seen) {
      seen.dates.push(...open.days);
      seen.ordinals.push(...open.days.map(() => open.ordinal));
      return;
    }
    const entry: Entry = {
      id,
      docId: this.docId,
      ordinal: open.ordinal,
      dates: open.days,
      ordinals: open.days.map(() => open.ordinal),
      passageIds: open.ids,
      text,
      section: open.path,
    };
    this.byId.set(id, entry);
    this.entries.push(entry);
  }
}
