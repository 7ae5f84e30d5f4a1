import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import { dayHeadingRemarks } from '../ingest/diary-days.js';
import { toSimplified } from '../text/normalize.js';
import { type Locale, listed, say } from './locale.js';

// What a diary's day heading says of the day (`10月3日 星期五 晴 27℃`: 晴, 27℃), as a field of the
// day's sentences: a heading is no sentence, so /search 晴 found nothing (the weather was only in
// the citation), while the sentences under it are what that day was. A /search keyword a heading's
// remark writes (晴 of 晴 and 晴转多云, 小雨 of 多云转小雨) makes that day's sentences results, as a
// speaker's name makes their own sentences results (speaker-field.ts, whose weight they share);
// they are never sentences of their own. /ask is left as it was: a question naming such a day
// names its date, which /ask reads.

export interface DayHeading {
  /** The heading as written, which citations show. */
  heading: string;
  /** Passage numbers of the day's sentences. */
  numbers: number[];
}

/** A keyword or remark as compared: 27℃ is 27°C in NFKC, Traditional is Simplified. */
const folded = (text: string): string => toSimplified(text.normalize('NFKC'));

interface DayHeadings {
  headings: DayHeading[];
  /** Each distinct remark (晴, 27°C), folded, and the headings writing it (indices into `headings`): a keyword is compared with each once. */
  byRemark: Map<string, number[]>;
}

/** Every diary day heading with remarks, and its sentences (once per library, at warm-up). */
const dayHeadingsOf = memoized((services: Services): DayHeadings => {
  const { numberOf } = services.index.numbers;
  const headings: DayHeading[] = [];
  const byRemark = new Map<string, number[]>();
  for (const doc of services.library.documents)
    for (const section of doc.sections) {
      const heading = section.path.at(-1) ?? '';
      const remarks = dayHeadingRemarks(heading)?.map(folded);
      if (!remarks?.length) continue;
      const numbers = section.passageIds.map(numberOf).filter((n) => n >= 0);
      if (!numbers.length) continue;
      for (const remark of new Set(remarks)) {
        const holding = byRemark.get(remark);
        if (holding) holding.push(headings.length);
        else byRemark.set(remark, [headings.length]);
      }
      headings.push({ heading, numbers });
    }
  return { headings, byRemark };
});

const DIGIT = /\d/u;

/** Day headings a /search's note names at most. */
const DAYS_NAMED = 5;

/** Whether a remark writes a folded keyword; a number only whole (2 is not in 27°C, nor ², folded to 2). */
function remarkWrites(remark: string, keyword: string): boolean {
  const opensWithDigit = DIGIT.test(keyword[0] ?? '');
  const closesWithDigit = DIGIT.test(keyword.at(-1) ?? '');
  for (let at = keyword ? remark.indexOf(keyword) : -1; at >= 0; at = remark.indexOf(keyword, at + 1)) {
    const cutsBefore = opensWithDigit && DIGIT.test(remark[at - 1] ?? '');
    const cutsAfter = closesWithDigit && DIGIT.test(remark[at + keyword.length] ?? '');
    if (!cutsBefore && !cutsAfter) return true;
  }
  return false;
}

/** The day headings whose remarks write a keyword of a query, and the keywords so held (each once, as typed). */
export interface HeadingDaysNamed {
  headings: DayHeading[];
  keywords: string[];
}

/** The day headings whose remarks write a keyword of the query; null when none does. */
export function headingsIn(services: Services, query: string): HeadingDaysNamed | null {
  const { headings, byRemark } = dayHeadingsOf(services);
  if (!headings.length) return null;
  const held: string[] = [];
  const holding = new Set<number>();
  for (const keyword of new Set(query.split(/\s+/u).filter(Boolean))) {
    const form = folded(keyword);
    let holds = false;
    for (const [remark, indices] of byRemark) {
      if (!remarkWrites(remark, form)) continue;
      holds = true;
      for (const i of indices) holding.add(i);
    }
    if (holds) held.push(keyword);
  }
  if (!held.length) return null;
  // Said as typed, in the documents' order.
  return { headings: [...holding].sort((a, b) => a - b).map((i) => headings[i]!), keywords: held };
}

/** The query without the keywords day headings hold (`found`, headingsIn's): their days' sentences hold them without writing them. */
export function headingWordsOut(query: string, found: HeadingDaysNamed): string {
  const held = new Set(found.keywords.map(folded));
  return query
    .split(/\s+/u)
    .filter((keyword) => keyword && !held.has(folded(keyword)))
    .join(' ');
}

/** For /search: that the results hold the days whose headings write a keyword, which their sentences do not (nothing lit). */
export function headingDaysNote(found: HeadingDaysNamed, locale: Locale): string {
  const keywords = listed(
    locale,
    found.keywords.map((keyword) => `“${keyword}”`),
  );
  // A few days named, the rest counted: a diary of months would fill the note (and Discord's
  // 4,096 characters, pushing the notes after it out) with its headings.
  const all = found.headings.length;
  const days =
    listed(
      locale,
      found.headings.slice(0, DAYS_NAMED).map(({ heading }) => `「${heading}」`),
    ) + (all > DAYS_NAMED ? say(locale, `等${all}天`, ` and ${all - DAYS_NAMED} more`) : '');
  return say(
    locale,
    `结果也包括标题写着${keywords}的日子的句子：${days}（标题不是句子，不标亮）。`,
    `Results include the sentences of the days whose headings write ${keywords}: ${days} (a heading is no sentence, so nothing is lit).`,
  );
}
