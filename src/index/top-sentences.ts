import { kthLargest } from './kth-largest.js';
import { countPassing } from './passing-count.js';
import { ScoredDocuments } from './scored-documents.js';
import {
  boundOf,
  holdingAll,
  holdingAny,
  listsOf,
  type ScoredField,
  type Sums,
  setOf,
  shortest,
  sumsOf,
  sumsOfAll,
} from './scored-lists.js';
import { MERGE_MAX_TERMS } from './term-merge.js';

// The best few sentences of a few-term query without summing every sentence that shares a term
// with it. Keyword searches at 100× the corpus match thousands of sentences, yet the best 150
// nearly always hold every term. So: (1) the sentences holding every term are found by walking
// the rarest term's postings and testing the others' bitsets (term-bits.ts), and scored; when
// enough of them pass, the score of the k-th best is a floor no answer falls below; (2) a term is
// required when every set of terms lacking it scores below that floor at best (its terms'
// bounds, term-scores.ts), and only sentences holding all required terms can still compete: they
// are walked the same way. When no term is required (too few sentences hold every term, or the
// floor is low), every sentence holding some term is walked, by the union of the bitsets.
// A sentence's sums add each posting's score (term-scores.ts, postingScore's) as mergeTerms adds
// them, found through the bitsets (scored-lists.ts), so scores and ties are the same to the bit,
// and any sentence's sums can be asked for afterwards at the same small cost.

export interface TopSentences {
  /** The chosen passages' numbers, best sum (words + bigrams) first, ties by number. */
  docs: number[];
  /** Sets `into` to a passage's sums for this query (0 and 0 when it holds none of the terms). */
  sumsOf(doc: number, into: Sums): void;
  /** How many documents hold terms that pass, `docs` among them (counted when asked: it walks every match). */
  matched(): number;
}

/**
 * The `enough` best documents (by words + bigrams, ties by number) whose term set (bit i: list i,
 * words' lists first) `passes`; null only when there is no term, more than MERGE_MAX_TERMS, or
 * nothing is wanted (the caller then sums every document).
 */
export function topSentences(
  words: ScoredField,
  bigrams: ScoredField,
  enough: number,
  passes: (set: number) => boolean,
): TopSentences | null {
  const lists = listsOf(words, bigrams);
  const k = lists.count;
  if (k === 0 || k > MERGE_MAX_TERMS || enough < 1) return null;
  const all = (1 << k) - 1;
  const sums: Sums = { words: 0, bigrams: 0 };
  const best = new ScoredDocuments();
  // (1) Every document holding every term: at most as many as the rarest term has.
  let floor = Number.NEGATIVE_INFINITY;
  if (passes(all)) {
    const docs = new Uint32Array(shortest(lists, all));
    const count = holdingAll(lists, all, docs);
    const scores = sumsOfAll(lists, docs, count);
    if (count >= enough) floor = kthLargest(scores, enough);
    for (let j = 0; j < count; j++) if (scores[j]! >= floor) best.add(docs[j]!, scores[j]!);
  }
  // (2) Documents lacking some term: those holding every required one, or else those holding any.
  let required = 0;
  for (let i = 0; i < k; i++) if (boundOf(lists, all & ~(1 << i)) < floor) required |= 1 << i;
  if (required !== all) {
    // Per term set: 0 not yet judged, 1 may compete (its bound reaches the floor and it passes), -1 cannot.
    const verdicts = new Int8Array(all + 1);
    let size = 0;
    for (let i = 0; i < k; i++) size += lists.to[i]! - lists.from[i]!;
    const others = new Uint32Array(required === 0 ? size : shortest(lists, required));
    const count = required === 0 ? holdingAny(lists, others) : holdingAll(lists, required, others);
    for (let j = 0; j < count; j++) {
      const doc = others[j]!;
      const set = setOf(lists, doc);
      if (set === all) continue;
      let verdict = verdicts[set]!;
      if (verdict === 0) {
        verdict = boundOf(lists, set) >= floor && passes(set) ? 1 : -1;
        verdicts[set] = verdict;
      }
      if (verdict < 0) continue;
      sumsOf(lists, doc, sums);
      const score = sums.words + sums.bigrams;
      if (score >= floor) best.add(doc, score);
    }
  }
  return {
    docs: best.best(enough),
    sumsOf: (doc, into) => sumsOf(lists, doc, into),
    matched: () => countPassing(lists, passes),
  };
}
