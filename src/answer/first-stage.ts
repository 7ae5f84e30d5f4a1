import type { Services } from '../core/services.js';
import type { QueryTerms } from '../index/passage-index.js';
import type { SentenceMatches, SentenceScores } from '../index/sentence-matches.js';
import { bestRows, bestRowsBySet, countRows } from './best-rows.js';
import type { RankMode } from './rank-mode.js';

// Ranking's first stage (ranked-search.ts): the sentences matched by the index that go on to be
// ranked, best BM25 first, and how many matched in all.

/** Which sentences (by passage number) may be listed at all: /search's operators (search-syntax.ts), or null for any. */
export type Admits = ((n: number) => boolean) | null;

export interface FirstStage {
  /** The chosen sentences' passage numbers, best BM25 first. */
  docs: number[];
  /** The query's sums of any sentence. */
  scores: SentenceScores;
  /** Every matched sentence; null when /search found its best ones without summing them all. */
  sentences: SentenceMatches | null;
  /** How many sentences pass `keep`, counted when asked. */
  matched: () => number;
}

/** Stage 1: the best `enough` sentences whose terms `keep`, among those `admits`. */
export function firstStage(
  services: Services,
  terms: QueryTerms,
  mode: RankMode,
  keep: (terms: string[]) => boolean,
  admits: Admits,
  enough: number,
): FirstStage {
  // /search needs only its best sentences (it sums no units over every match): found without
  // summing every match when it has at most 16 terms and no operator reads the sentences.
  const top = mode === 'search' && !admits ? services.index.bestSentences(terms, enough, keep) : null;
  if (top) return { docs: top.docs, scores: top, sentences: null, matched: top.matched };
  const sentences = services.index.sentences(terms);
  if (admits) {
    const admitted = (row: number) => admits(sentences.docs[row]!) && keep(sentences.terms(row));
    const rows = bestRows(sentences, enough, admitted);
    return {
      docs: rows.map((row) => sentences.docs[row]!),
      scores: sentences,
      sentences,
      matched: () => countRows(sentences, admitted, null),
    };
  }
  const keepRow = (row: number) => keep(sentences.terms(row));
  // Whether a sentence is kept depends only on which terms it contains.
  const rows = sentences.termSets ? bestRowsBySet(sentences, sentences.termSets, enough, keepRow) : bestRows(sentences, enough, keepRow);
  return {
    docs: rows.map((row) => sentences.docs[row]!),
    scores: sentences,
    sentences,
    matched: () => countRows(sentences, keepRow, sentences.termSets),
  };
}
