import { postingIndex, type TermBits } from './term-bits.js';
import type { MergeField } from './term-merge.js';
import type { TermScores } from './term-scores.js';

// A few-term query's postings as the pruned search (top-sentences.ts) reads them: per term its
// posting scores, its bitset and its highest score (term-scores.ts); and what that search asks of
// them: a document's sums and the most a set of terms can score (list-walks.ts walks them). Sums
// add each posting's score as mergeTerms adds them (each field's terms in order, times their
// number: MiniSearch's OR), so they are the same to the bit whichever way a document is reached.

/** A field's terms with, per term, its postings' scores, their maximum and its bitset (term-scores.ts). */
export interface ScoredField extends MergeField {
  scores: readonly TermScores[];
}

export interface Sums {
  words: number;
  bigrams: number;
}

/** Bounds are raised by this share, so that an order of additions unlike the sums' can never make a bound too low. */
const BOUND_MARGIN = 1 + 1e-9;

/** A query's lists, words' first: list i is bit i of a term set. */
export interface Lists {
  count: number;
  firstBigram: number;
  docs: ArrayLike<number>[];
  from: Int32Array;
  to: Int32Array;
  /** Each list's posting scores, from its `from` on. */
  scores: Float64Array[];
  bits: TermBits[];
  bounds: Float64Array;
}

export function listsOf(words: ScoredField, bigrams: ScoredField): Lists {
  const count = words.postings.length + bigrams.postings.length;
  const lists: Lists = {
    count,
    firstBigram: words.postings.length,
    docs: [],
    from: new Int32Array(count),
    to: new Int32Array(count),
    scores: [],
    bits: [],
    bounds: new Float64Array(count),
  };
  let i = 0;
  for (const field of [words, bigrams]) {
    field.postings.forEach((postings, t) => {
      const scored = field.scores[t]!;
      lists.docs.push(postings.docs);
      lists.from[i] = postings.from;
      lists.to[i] = postings.to;
      lists.scores.push(scored.scores);
      lists.bits.push(scored.bits);
      lists.bounds[i] = scored.bound;
      i++;
    });
  }
  return lists;
}

/** A document's sums, added as mergeTerms adds them (each field's terms in order, times their number). */
export function sumsOf(lists: Lists, doc: number, into: Sums): void {
  let wordSum = 0;
  let wordsFound = 0;
  let bigramSum = 0;
  let bigramsFound = 0;
  const { count, bits, scores, firstBigram } = lists;
  for (let i = 0; i < count; i++) {
    const p = postingIndex(bits[i]!, doc);
    if (p < 0) continue;
    const score = scores[i]![p]!;
    if (i < firstBigram) wordSum = wordsFound++ === 0 ? score : wordSum + score;
    else bigramSum = bigramsFound++ === 0 ? score : bigramSum + score;
  }
  into.words = wordSum * wordsFound;
  into.bigrams = bigramSum * bigramsFound;
}

/** The most a document holding exactly the terms of `set` can score (BM25+ with MiniSearch's OR). */
export function boundOf(lists: Lists, set: number): number {
  let words = 0;
  let wordsFound = 0;
  let bigrams = 0;
  let bigramsFound = 0;
  for (let i = 0; i < lists.count; i++) {
    if (!((set >>> i) & 1)) continue;
    if (i < lists.firstBigram) {
      words += lists.bounds[i]!;
      wordsFound++;
    } else {
      bigrams += lists.bounds[i]!;
      bigramsFound++;
    }
  }
  return (words * wordsFound + bigrams * bigramsFound) * BOUND_MARGIN;
}
