import type { Services } from '../core/services.js';
import { toSimplified } from '../text/normalize.js';
import { type Locale, say } from './locale.js';

// "Did you mean": a Chinese keyword the documents never write, one character away from a word
// they do (古特雷丝 → 古特雷斯, 方仓医院 → 方舱医院, 冯德来恩 → 冯德莱恩: a homophone typed by pinyin
// input). Only a substitution: a keyword cut short or run on is still found through its bigrams.
// The two characters must sound alike (CC-CEDICT's readings): pinyin input swaps homophones, and
// a word one character off in sound is another word (南京市 is no typo of 北京市).

/** Suggested at most, most written first. */
const MAX_SUGGESTED = 2;

/** Written at least this often to be suggested from running text (a name is written more than once). */
const MIN_WRITTEN = 2;
/**
 * Characters a keyword needs before running text is read for near runs: a shorter one meets runs
 * that are no word (世界杯 met 世界卫, of 世界卫生组织); a longer one is mostly a name.
 */
const RUNS_FROM_LENGTH = 4;

/** The position where `candidate` (code points) differs from `typed` in exactly one Chinese character, else -1. */
function oneAway(typed: readonly string[], candidate: readonly string[]): number {
  let at = -1;
  for (let i = 0; i < typed.length; i++) {
    if (candidate[i] === typed[i]) continue;
    if (at >= 0 || !/\p{Script=Han}/u.test(candidate[i] ?? '')) return -1;
    at = i;
  }
  return at;
}

/** Whether a word one character away may be what `typed` meant: its character sounds the same. */
export function soundsAlike(services: Services, typed: readonly string[], candidate: readonly string[]): boolean {
  const at = oneAway(typed, candidate);
  if (at < 0) return false;
  const heard = services.readings(typed[at] ?? '');
  const written = services.readings(candidate[at] ?? '');
  // The typed character's sound is unknown when the documents never use it (稠 for 绸): a keyword
  // of 3 characters or more is still corrected. Without the lexicon no sound is known, and nothing
  // is corrected rather than any one-character change (南京市 → 北京市).
  if (!heard.length) return written.length > 0 && typed.length >= 3;
  return heard.some((reading) => written.includes(reading));
}

/**
 * Words one character away from `keyword`, most written first: the index's own words, else (for
 * 4 characters or more) runs of the documents' text written twice or more (a name jieba cuts
 * apart, 冯德莱恩, is in no word list). Asked only for a keyword no sentence writes.
 */
export function writtenNear(services: Services, keyword: string): string[] {
  const typed = [...keyword];
  // Lengths in characters: a character beyond the BMP (𠮷) counts one, as in `typed`.
  const words = services.index.vocabulary().filter((word) => {
    const written = [...word];
    if (written.length !== typed.length) return false;
    // A two-character word written once is too slight a reason to read another as it (出省 is no 出生).
    return (typed.length > 2 || services.index.frequency(word) >= MIN_WRITTEN) && soundsAlike(services, typed, written);
  });
  if (words.length)
    return words.sort((a, b) => services.index.frequency(b) - services.index.frequency(a) || (a < b ? -1 : 1)).slice(0, MAX_SUGGESTED);
  if (typed.length < RUNS_FROM_LENGTH) return [];
  // A run one character off keeps at least one of the keyword's bigrams whole (it has 4 or more
  // characters): only the sentences holding one are read, not the corpus.
  const bigrams = typed.slice(1).map((ch, i) => `${typed[i]}${ch}`);
  const holding = services.index.sentences({ words: [], bigrams });
  const counts = new Map<string, number>();
  for (let row = 0; row < holding.count; row++) {
    const text = [...services.library.matchTextAt(holding.docs[row]!)];
    for (let at = 0; at + typed.length <= text.length; at++) {
      const run = text.slice(at, at + typed.length);
      if (soundsAlike(services, typed, run)) counts.set(run.join(''), (counts.get(run.join('')) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= MIN_WRITTEN)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_SUGGESTED)
    .map(([run]) => run);
}

/**
 * A word of the language, which the documents happen not to write, is no typo (数字, 当时, 心里 are
 * one sound off 数自, 当事, 心理, which they do write): the word vectors' 125,000 words of Chinese
 * Wikipedia tell. Without them, only keywords of 3 characters or more are corrected.
 */
function isWord(services: Services, keyword: string): boolean {
  const vectors = services.wordVectors();
  return vectors ? vectors.rowOf(keyword) >= 0 : [...keyword].length < 3;
}

export interface Correction {
  /** The line for the message: 你要找的是不是“古特雷斯”？试试 /search 古特雷斯 */
  line: string;
  /** The corrected /search, for the suggestions. */
  search: string;
  /** The corrected keywords, as a query. */
  query: string;
  /** The keywords corrected, as typed, and what each became. */
  typos: string[];
  words: string[];
}

/**
 * For a search whose Chinese keywords (2 characters or more) some document does not write as
 * typed: the same search with each such keyword replaced by the written word nearest to it.
 * Null when every keyword is written, or none has a near word. `written` says whether some
 * sentence holds a keyword (asked only of keywords the index does not know as a word).
 */
export function didYouMean(services: Services, query: string, written: (keyword: string) => boolean, locale: Locale): Correction | null {
  const keywords = query.trim().split(/\s+/u);
  const corrected = keywords.map((keyword) => {
    const simplified = toSimplified(keyword);
    if ([...simplified].length < 2 || !/^\p{Script=Han}+$/u.test(simplified)) return null;
    if (services.index.frequency(simplified) > 0 || written(simplified) || isWord(services, simplified)) return null;
    return writtenNear(services, simplified)[0] ?? null;
  });
  if (!corrected.some(Boolean)) return null;
  // Each named once: 武汗 胡北 武汗 胡北 asked whether 武汉、湖北、武汉、湖北 was meant.
  const words = [...new Set(corrected.filter((c): c is string => c !== null))];
  const quoted = words.map((w) => `“${w}”`).join(say(locale, '、', ', '));
  const correctedQuery = keywords.map((k, i) => corrected[i] ?? k).join(' ');
  const search = `/search ${correctedQuery}`;
  return {
    line: say(locale, `你要找的是不是${quoted}？试试 ${search}`, `Did you mean ${quoted}? Try ${search}`),
    search,
    query: correctedQuery,
    typos: [...new Set(keywords.filter((_, i) => corrected[i]))],
    words,
  };
}

/** The line above a corrected search's results: what no sentence writes, and whose results these are. */
export function correctedLine(correction: Correction, locale: Locale): string {
  const list = (words: string[]) => words.map((w) => `“${w}”`).join(say(locale, '、', ', '));
  return say(
    locale,
    `没有句子写${list(correction.typos)}，以下是${list(correction.words)}的结果。`,
    `No sentence writes ${list(correction.typos)}: showing results for ${list(correction.words)}.`,
  );
}

/** The search as typed, its corrected keywords quoted: a quoted keyword is searched as written, never corrected. */
export function searchAsTyped(query: string, correction: Correction): string {
  const typos = new Set(correction.typos);
  return `/search ${query
    .trim()
    .split(/\s+/u)
    .map((k) => (typos.has(k) ? `"${k}"` : k))
    .join(' ')}`;
}
