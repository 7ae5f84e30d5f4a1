import { memoized } from '../core/memo.js';
import { readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';
import type { PassageIndex } from '../index/passage-index.js';
import { chineseNumeralValue } from '../query/date-normalize.js';
import { withDigitDays } from '../text/numeral-dates.js';
import { type Locale, say } from './locale.js';
import type { RankedPassage } from './ranked-passage.js';

// A month typed as a search (/search 10月, /search 2025年10月): the tokenizer keeps a day whole
// (10月3日 is one word), so the month's word alone found only a sentence writing the bare month
// (今年10月底), none of the days written in it. The month is found as written, in its days too
// (not inside 110月 or 2024年10月 when 2025年 was typed), in the documents' order, as a day is
// (day-search.ts).

const MONTH_ALONE = /^(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?$/u;

/** A month as a word writes it (10月 of 10月3日, 2025年10月), not inside a number (110月, 03月). */
const MONTH_IN_WORD = /(?<!\d)(\d{1,2})月/gu;

/**
 * The index's words writing each month, by the month's digits as written (10, 3), in the
 * vocabulary's order: read once per index, not on every /search of a month (~0.5 ms a search).
 */
const monthWords = memoized((index: PassageIndex): ReadonlyMap<string, readonly string[]> => {
  const byMonth = new Map<string, string[]>();
  for (const term of index.vocabulary())
    for (const month of new Set([...term.matchAll(MONTH_IN_WORD)].map((m) => m[1]!))) {
      const words = byMonth.get(month);
      if (words) words.push(term);
      else byMonth.set(month, [term]);
    }
  return byMonth;
});

/** The month a query is whole, as digits (10), with the year typed or null; null when it is more or less. */
function monthTyped(query: string): { month: number; year: string | null } | null {
  const written = MONTH_ALONE.exec(query.normalize('NFKC').trim());
  if (!written) return null;
  const month = /^\d+$/u.test(written[2]!) ? Number(written[2]) : chineseNumeralValue(written[2]!);
  return month !== null && month >= 1 && month <= 12 ? { month, year: written[1] ?? null } : null;
}

/** The sentences a search of a month alone finds, in the documents' order; null when the query is no month alone or none writes it. */
export function monthSearched(services: Services, query: string): RankedPassage[] | null {
  const typed = monthTyped(query);
  if (!typed) return null;
  const { library, index } = services;
  const form = `${typed.month}月`;
  const pattern = `(?<!\\d)(?:(\\d{4})年)?${form}`;
  const standing = new RegExp(pattern, 'gu');
  const writes = (text: string) =>
    [...withDigitDays(text).matchAll(standing)].some((m) => typed.year === null || m[1] === undefined || m[1] === typed.year);
  // Only sentences holding a word with the month in it are read (every sentence's text is not).
  const terms = [...(monthWords(index).get(String(typed.month)) ?? [])];
  if (!terms.length) return null;
  const holding = index.sentences({ words: terms, bigrams: [] });
  const ids = new Set<string>();
  for (let row = 0; row < holding.count; row++) {
    const n = holding.docs[row]!;
    if (writes(library.matchTextAt(n))) ids.add(index.numbers.passages[n]!.id);
  }
  if (!ids.size) return null;
  const found: Passage[] = [];
  for (const doc of library.documents) for (const { passage } of readingOrder(doc)) if (ids.delete(passage.id)) found.push(passage);
  return found.map((passage) => ({ passage, score: 1, terms: [form] }));
}

/** A month alone searched whose days have dated entries: /date lists them (their headings are no sentences), said and offered. */
export function monthEntriesOffer(services: Services, query: string, locale: Locale): { line: string; run: string } | null {
  const typed = monthTyped(query);
  if (!typed) return null;
  const key = `-${String(typed.month).padStart(2, '0')}-`;
  const dated = services.library.datesWithEntries.some((d) => d.date.slice(4, 8) === key && (!typed.year || d.date.startsWith(typed.year)));
  if (!dated) return null;
  const month = `${typed.year ? `${typed.year}年` : ''}${typed.month}月`;
  const run = `/date ${month}`;
  return { line: say(locale, `${month}的条目请用 ${run} 查看。`, `To list ${month}’s dated entries, use ${run}.`), run };
}
