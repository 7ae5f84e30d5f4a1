import type { Entry } from '../core/types.js';
import { findDatesInText } from '../query/date-find.js';
import { comparisonKey } from './normalize-raw.js';
import { entryId } from './stable-id.js';

// A plain document's headings that are days (a changelog's `## 2024年5月3日 v1.3.0`, minutes'
// `# 2023-04-12 例会`, `## v2.0（2024-10-01）`): each such section, its sub-sections included, is
// an entry of that day, as a chronicle's ◆ entries are. /date lists it whole, a question naming the
// day finds it, and its sentences carry the day. Without this, a server's changelog or
// announcements answered no /date at all ("语料中没有带日期的条目"). Cited by its heading, which
// names the day (the entry's `section`), not as a chronicle's 第N条.

/** A written year: four digits, or four Chinese digits (二〇二四). */
const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d)|[〇零一二三四五六七八九]{4}/u;
/** What may stand between a heading's day and its start or end: marks, brackets, spaces; no word. */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

export type HeadingDay = { date: string } | { yearless: true } | null;

/**
 * The day a heading is dated by: one opening it or closing it (`v2.0（2024-10-01）`); a day in its
 * middle is what the heading talks about, not when. A day written without a year needs `year`
 * (the document's, heading-year.ts): without it, the heading is `yearless`.
 */
export function headingDay(heading: string, year: number | null): HeadingDay {
  const mentions = findDatesInText(heading, year ?? 2000);
  const first = mentions[0];
  const last = mentions[mentions.length - 1];
  const day = first && NO_WORDS.test(heading.slice(0, first.start)) ? first : last && NO_WORDS.test(heading.slice(last.end)) ? last : null;
  if (!day) return null;
  return year !== null || WRITTEN_YEAR.test(heading.slice(day.start, day.end)) ? { date: day.date } : { yearless: true };
}

interface OpenSection {
  level: number;
  date: string;
  path: string[];
  ids: string[];
  held: Set<string>;
  paragraphs: string[];
}

/** Builds the entries of a plain document's dated sections, as its headings and paragraphs are read in order. */
export class DatedSections {
  readonly entries: Entry[] = [];
  /** Headings whose day has no year the document gives (said once, in a warning). */
  yearless = 0;
  private open: OpenSection | null = null;
  private readonly byKey = new Map<string, Entry>();
  private count = 0;

  constructor(
    private readonly docId: string,
    private readonly year: number | null,
  ) {}

  /** The day of what is read now, or null outside a dated section. */
  get date(): string | null {
    return this.open?.date ?? null;
  }

  /** A heading at `level` (its section's `path`): ends the dated section it does not stand under, and opens one when it names a day. */
  heading(level: number, path: string[], text: string): void {
    if (this.open && level <= this.open.level) this.close();
    const day = headingDay(text, this.year);
    if (day && 'yearless' in day) this.yearless++;
    if (!day || !('date' in day)) return;
    this.close();
    this.open = { level, date: day.date, path, ids: [], held: new Set(), paragraphs: [] };
  }

  /** A paragraph's sentences (their ids, and the sentences as the passages write them). */
  paragraph(ids: readonly string[], sentences: readonly string[]): void {
    const open = this.open;
    if (!open || !sentences.length) return;
    for (const id of ids)
      if (!open.held.has(id)) {
        open.held.add(id);
        open.ids.push(id);
      }
    open.paragraphs.push(sentences.join(''));
  }

  /** Ends the dated section being read: an entry when it holds a sentence; a verbatim repeat adds a place to the first. */
  close(): void {
    const open = this.open;
    this.open = null;
    if (!open?.ids.length) return;
    const ordinal = ++this.count;
    const text = open.paragraphs.join('\n');
    const key = comparisonKey(text);
    const seen = this.byKey.get(key);
    if (seen) {
      seen.dates.push(open.date);
      seen.ordinals.push(ordinal);
      return;
    }
    const entry: Entry = {
      id: entryId(this.docId, text),
      docId: this.docId,
      ordinal,
      dates: [open.date],
      ordinals: [ordinal],
      passageIds: open.ids,
      text,
      section: open.path,
    };
    this.byKey.set(key, entry);
    this.entries.push(entry);
  }
}
