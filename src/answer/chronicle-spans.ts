import { docLabel, type Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import { bookTitle } from '../text/book-title.js';
import { dayIn, type Locale, say, spanIn, titlesSaid } from './locale.js';

// What /date says when the asked days have no entry: the span of days each chronicle has entries
// on, so that the user knows what to ask instead. Chronicles with the same span are said once,
// and only the first few of many are named: at 100 chronicles of one month, the sentence named
// each of them with the same span (8 KB, far past what a Discord reply holds).

interface Span {
  /** Titles of the chronicles whose entries run over exactly these days. */
  titles: string[];
  first: string;
  last: string;
}

/** Distinct spans said; the chronicles of the others are counted. */
const SPANS_SAID = 5;

/** Each chronicle's first and last day with an entry, chronicles of one span together, in folder order (once per library). */
const spansOf = memoized((library: Library): Span[] => {
  const byDays = new Map<string, Span>();
  for (const doc of library.documents) {
    let first: string | null = null;
    let last: string | null = null;
    for (const entry of doc.entries)
      for (const day of entry.dates) {
        if (day === null) continue;
        if (first === null || day < first) first = day;
        if (last === null || day > last) last = day;
      }
    if (first === null || last === null) continue;
    const key = `${first}/${last}`;
    const span = byDays.get(key) ?? { titles: [], first, last };
    span.titles.push(docLabel(doc.meta));
    byDays.set(key, span);
  }
  return [...byDays.values()];
});

const CHRONICLES = { zh: '份文档', en: 'documents' };

/** 《A》、《B》, or 《A》等12份文档 (A and 11 other documents). */
const titlesOf = (locale: Locale, titles: readonly string[]) =>
  titlesSaid(
    locale,
    titles.map((t) => say(locale, bookTitle(t), t)),
    CHRONICLES,
  );

/**
 * The span of days each chronicle has entries on (one span when there is one chronicle), years
 * written when the user asked about another year; asked days inside a span are said to be gaps in
 * it ("3月24日" lies between 3月8日 and 3月27日). Spans are each chronicle's own: one span over a
 * 2020 and a 2021 chronicle read as if entries ran through the year between.
 */
export function chronicleSpans(library: Library, askedYear: number, asked: readonly string[], locale: Locale, yearTyped = true): string {
  const spans = spansOf(library);
  if (!spans.length) return say(locale, '语料中没有带日期的条目', 'the documents have no dated entries');
  const span = ({ first, last }: Span) => spanIn(locale, first, last, askedYear);
  // A day typed without its year lies in a span of any year (5月3日 in a chronicle of 2021年5月1日至9日).
  const lies = (day: string, first: string, last: string) =>
    yearTyped
      ? day >= first && day <= last
      : [first.slice(0, 4), last.slice(0, 4)].some((year) => `${year}${day.slice(4)}` >= first && `${year}${day.slice(4)}` <= last);
  const inside = spans.filter(({ first, last }) => asked.length > 0 && asked.every((day) => lies(day, first, last)));
  const these = asked.length > 1;
  const [only] = spans;
  if (spans.length === 1 && only && only.titles.length === 1) {
    if (inside.length) {
      const [from, to] = [dayIn(locale, only.first, askedYear), dayIn(locale, only.last, askedYear)];
      return say(
        locale,
        `条目从${from}至${to}，但${these ? '这几天' : '这一天'}没有记录`,
        `the entries run from ${from} to ${to}, but ${these ? 'these days have' : 'this day has'} none`,
      );
    }
    return say(locale, `条目覆盖${span(only)}`, `the entries cover ${span(only)}`);
  }
  const each = spans
    .slice(0, SPANS_SAID)
    .map((s) => say(locale, `${titlesOf(locale, s.titles)}${span(s)}`, `${titlesOf(locale, s.titles)}: ${span(s)}`));
  const unsaid = spans.slice(SPANS_SAID).reduce((sum, s) => sum + s.titles.length, 0);
  if (unsaid) each.push(say(locale, `另有${unsaid}份文档`, `${unsaid} more documents`));
  const within = inside.flatMap((s) => s.titles);
  const gap = within.length
    ? say(
        locale,
        `，${these ? '这几天' : '这一天'}在${titlesOf(locale, within)}的期间内，但没有记录`,
        `; ${these ? 'these days are' : 'this day is'} within the span of ${titlesOf(locale, within)}, but ${these ? 'have' : 'has'} none`,
      )
    : '';
  return say(locale, `各文档的条目：${each.join('；')}${gap}`, `the documents' entries: ${each.join('; ')}${gap}`);
}
