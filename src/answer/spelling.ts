import type { Services } from '../core/services.js';
import { hasHan } from '../text/character-classes.js';
import { toSimplified } from '../text/normalize.js';
import { type Locale, say } from './locale.js';

// "Did you mean": a Chinese keyword the documents never write, one character away from a word
// they do (古特雷丝 → 古特雷斯, 方仓医院 → 方舱医院: a homophone typed by pinyin input). Only a
// substitution: a keyword cut short or run on is still found through its bigrams.

/** Suggested at most, most written first. */
const MAX_SUGGESTED = 2;

/** Words the index holds that differ from `keyword` in exactly one of its characters, most written first. */
export function writtenNear(services: Services, keyword: string): string[] {
  const typed = [...keyword];
  const near = services.index.vocabulary().filter((word) => {
    if (word.length !== keyword.length || word === keyword) return false;
    const written = [...word];
    if (written.length !== typed.length) return false;
    let differences = 0;
    for (let i = 0; i < typed.length && differences < 2; i++) if (written[i] !== typed[i]) differences++;
    return differences === 1 && hasHan(word);
  });
  return near.sort((a, b) => services.index.frequency(b) - services.index.frequency(a) || (a < b ? -1 : 1)).slice(0, MAX_SUGGESTED);
}

export interface Correction {
  /** The line for the message: 你要找的是不是“古特雷斯”？试试 /search 古特雷斯 */
  line: string;
  /** The corrected /search, for the suggestions. */
  search: string;
}

/**
 * For a search whose Chinese keywords (3 characters or more) some document does not write as
 * typed: the same search with each such keyword replaced by the written word nearest to it.
 * Null when every keyword is written, or none has a near word. `written` says whether some
 * sentence holds a keyword (asked only of keywords the index does not know as a word).
 */
export function didYouMean(services: Services, query: string, written: (keyword: string) => boolean, locale: Locale): Correction | null {
  const keywords = query.trim().split(/\s+/u);
  const corrected = keywords.map((keyword) => {
    const simplified = toSimplified(keyword);
    if ([...simplified].length < 3 || !/^\p{Script=Han}+$/u.test(simplified)) return null;
    if (services.index.frequency(simplified) > 0 || written(simplified)) return null;
    return writtenNear(services, simplified)[0] ?? null;
  });
  if (!corrected.some(Boolean)) return null;
  const words = corrected.filter((c): c is string => c !== null);
  const quoted = words.map((w) => `“${w}”`).join(say(locale, '、', ', '));
  const search = `/search ${keywords.map((k, i) => corrected[i] ?? k).join(' ')}`;
  return { line: say(locale, `你要找的是不是${quoted}？试试 ${search}`, `Did you mean ${quoted}? Try ${search}`), search };
}
