import { isEnglishQuery } from '../query/english/translate.js';
import type { Candidate } from './candidate.js';
import { reranks, type Scored, withHeadReordered } from './reranker.js';

// An English question is searched through its words' translations, and the words naming the
// event (Xi, phone call, epidemic: 习近平, 通电话, 疫情) are the ones its paragraph writes again and
// again, so the unit signal (unit-scores.ts: the sum over an entry or sentence window) runs high
// for every sentence of the paragraph announcing the event, while the sentence answering often
// stands in another. Of the open sets' 120 English questions answered 2nd…10th, the sentence
// ranked first has the higher unit signal in 94 (of the 325 answered first, the answer over the
// runner-up in 205). The trees (reranker.ts) see whether a question is English but were fitted on
// questions three quarters Chinese. After them and the asked part's near words
// (asked-part-near-words.ts), each of an English question's first few candidates gives part of
// its unit signal back (weighed 2 in ranking-weights.ts). Chinese questions are not touched.
// Measured too, none helping on both halves: counting a sentence's words by English word (the
// first holds more of them than the answer in 54 of the 120, as many in 45, fewer in 21), weighed
// by information or by their translations' ambiguity, the asked clause's words, near words per
// English word, and translated neighbour words held together.

/**
 * Share of the unit signal given back, on the reranked score's scale. Chosen on a grid (0.25 … 3)
 * on each half of the open sets' English questions apart: dev … blind-v20 (338) and blind-v21 …
 * v30 (160) both chose 1. Scored on the half it was not chosen on: Hit@1 239 → 242 and 86 → 87,
 * Hit@3 301 and 114 unchanged, MRR@10 0.793 → 0.799 and 0.635 → 0.639; 1.5 and above lose.
 */
export const ENGLISH_UNIT_DISCOUNT = 1;

/** A script no English question is written in: Chinese, or Japanese or Korean with English words in it. */
const NOT_ENGLISH_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Candidates it reorders: the first page, as asked-part-near-words.ts. */
const ENGLISH_HEAD = 10;

/**
 * `ranked` with an English question's first ENGLISH_HEAD reordered by their score less
 * ENGLISH_UNIT_DISCOUNT × their unit signal; the head is kept above the rest. Unchanged for a
 * question with a Chinese, Japanese or Korean character, or one the trees do not look at (reranker.ts).
 */
export function withEnglishUnitDiscount<T extends Scored & { candidate: Candidate }>(question: string, ranked: T[]): T[] {
  if (ranked.length < 2 || NOT_ENGLISH_SCRIPT.test(question) || !isEnglishQuery(question) || !reranks(ranked)) return ranked;
  // Lowered scores may fall below the tail's best: the head is lifted back above it (withHeadReordered).
  return withHeadReordered(ranked, ENGLISH_HEAD, (r) => -ENGLISH_UNIT_DISCOUNT * r.candidate.features.unit);
}
