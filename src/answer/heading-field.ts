import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import { dayHeadingRemarks } from '../ingest/diary-days.js';
import { toSimplified } from '../text/normalize.js';
import { type Locale, listed, say } from './locale.js';
import type { RankMode } from './ranked-search.js';
import { speakersNamed } from './speaker-field.js';

// What a diary's day heading says of the day (`10月3日 星期五 晴 27℃`: 晴, 27℃), as a field of the
// day's sentences: a heading is no sentence, so /search 晴 found nothing (the weather was only in
// the citation), while the sentences under it are what that day was. A /search keyword a heading's
// remark writes (晴 of 晴 and 晴转多云, 小雨 of 多云转小雨) makes that day's sentences results, as a
// speaker's name makes their own sentences results (speaker-field.ts, whose weight they share);
// they are never sentences of their own. /ask is left as it was: a question naming such a day
// names its date, which /ask reads.

interface DayHeading {
  /** The heading as written, which citations show. */
  heading: string;
  remarks: string[];
  /** Passage numbers of the day's sentences. */
  numbers: number[];
}

/** Every diary day heading with remarks, and its sentences (once per library). */
const dayHeadingsOf = memoized((services: Services): DayHeading[] => {
  const { numberOf } = services.index.numbers;
  const headings: DayHeading[] = [];
  for (const doc of services.library.documents)
    for (const section of doc.sections) {
      const heading = section.path.at(-1) ?? '';
      const remarks = dayHeadingRemarks(heading)?.map((remark) => toSimplified(remark.normalize('NFKC')));
      if (!remarks?.length) continue;
      const numbers = section.passageIds.map(numberOf).filter((n) => n >= 0);
      if (numbers.length) headings.push({ heading, remarks, numbers });
    }
  return headings;
});

/** The day headings whose remarks write a keyword of the query, with the keywords so held; null when none does. */
function headingsIn(services: Services, query: string): { headings: DayHeading[]; keywords: string[] } | null {
  const all = dayHeadingsOf(services);
  if (!all.length) return null;
  // Compared folded (27℃ is 27°C in NFKC), said as typed.
  const writes = (remarks: readonly string[], keyword: string) => {
    const folded = toSimplified(keyword.normalize('NFKC'));
    return remarks.some((remark) => remark.includes(folded));
  };
  const held = query.split(/\s+/u).filter((keyword) => keyword && all.some(({ remarks }) => writes(remarks, keyword)));
  if (!held.length) return null;
  const headings = all.filter(({ remarks }) => held.some((keyword) => writes(remarks, keyword)));
  return { headings, keywords: held };
}

/** The passage numbers of the days whose headings write a keyword of the /search query, or null. */
export function headingDaysNamed(services: Services, query: string): ReadonlySet<number> | null {
  const found = headingsIn(services, query);
  return found ? new Set(found.headings.flatMap(({ numbers }) => numbers)) : null;
}

/** The query without the keywords day headings hold: their days' sentences hold them without writing them. */
export function headingWordsOut(services: Services, query: string): string {
  const found = headingsIn(services, query);
  if (!found) return query;
  const fold = (keyword: string) => toSimplified(keyword.normalize('NFKC'));
  const held = new Set(found.keywords.map(fold));
  return query
    .split(/\s+/u)
    .filter((keyword) => keyword && !held.has(fold(keyword)))
    .join(' ');
}

/** For /search: that the results hold the days whose headings write a keyword, which their sentences do not (nothing lit). */
export function headingDaysNote(services: Services, query: string, locale: Locale): string | null {
  const found = headingsIn(services, query);
  if (!found) return null;
  const keywords = listed(
    locale,
    found.keywords.map((keyword) => `“${keyword}”`),
  );
  const days = listed(
    locale,
    found.headings.map(({ heading }) => `「${heading}」`),
  );
  return say(
    locale,
    `结果也包括标题写着${keywords}的日子的句子：${days}（标题不是句子，不标亮）。`,
    `Results include the sentences of the days whose headings write ${keywords}: ${days} (a heading is no sentence, so nothing is lit).`,
  );
}

/**
 * The sentences holding what a query names as a field of theirs, not written in them: a speaker's
 * own (speaker-field.ts) and, in /search, a day's under a heading writing it. Null when it names none.
 */
export function fieldsNamed(services: Services, query: string, mode: RankMode): ReadonlySet<number> | null {
  const spoken = speakersNamed(services, query);
  const days = mode === 'search' ? headingDaysNamed(services, query) : null;
  if (!days) return spoken;
  return spoken ? new Set([...spoken, ...days]) : days;
}
