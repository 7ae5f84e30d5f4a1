import { memoized } from '../core/lazy.js';
import type { Searched } from './sentence-matches.js';
import type { FieldStatistics } from './term-accumulator.js';
import { MERGE_MAX_TERMS } from './term-merge.js';
import type { TermScoreCache } from './term-scores.js';
import { type TopSentences, topSentences } from './top-sentences.js';

// The best sentences of a query found without summing them all (passage-index.ts bestSentences):
// each field's searched terms weighed by their cached posting scores, and the sets of terms a
// sentence may hold judged by the caller's `keep`, once per query.

/** One field's searched terms, with its statistics and the cache of its terms' posting scores. */
export interface ScoredField {
  searched: readonly Searched[];
  statistics: FieldStatistics;
  scores: TermScoreCache;
}

/**
 * A term set's verdict (bit i: the i-th of `searched`), judged once per query: the pruned search
 * asks it of each set it meets, and counting the matches (passing-count.ts) asks it again of every
 * set of groups; each judgement lists the set's terms and weighs their share of the query.
 */
function setVerdicts(searched: readonly Searched[], keep: (terms: string[]) => boolean): (set: number) => boolean {
  // Every set a query's terms can make is kept (at most MERGE_MAX_TERMS terms): none is judged twice.
  return memoized((set: number) => keep(searched.filter((_, i) => (set >>> i) & 1).map((s) => s.term)), 2 ** MERGE_MAX_TERMS);
}

/**
 * The `enough` best sentences holding the words' and bigrams' terms (words first in a set's bits)
 * whose term sets `keep`; null as topSentences says (no term, too many, nothing wanted).
 */
export function bestSentences(
  words: ScoredField,
  bigrams: ScoredField,
  enough: number,
  keep: (terms: string[]) => boolean,
): TopSentences | null {
  const field = ({ searched, statistics, scores }: ScoredField) => ({
    postings: searched.map((s) => s.postings),
    statistics,
    scores: searched.map((s) => scores.of(s.term, s.postings)),
  });
  return topSentences(field(words), field(bigrams), enough, setVerdicts([...words.searched, ...bigrams.searched], keep));
}
