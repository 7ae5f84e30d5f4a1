import type { ScoredField } from '../../src/index/scored-lists.js';
import type { FieldStatistics } from '../../src/index/term-accumulator.js';
import { termScores } from '../../src/index/term-scores.js';
import { postingsOf } from './term-postings.js';

/** A field of `lengths.length` documents, each term given by its frequency per document (0: absent), with its terms' scores; empty terms left out. */
export function scoredField(f: { lengths: number[]; terms: number[][] }): ScoredField {
  const statistics: FieldStatistics = {
    documentCount: f.lengths.length,
    lengths: Uint32Array.from(f.lengths),
    averageLength: f.lengths.reduce((a, b) => a + b, 0) / f.lengths.length,
  };
  const postings = f.terms.map(postingsOf).filter((p) => p.to > p.from);
  return { postings, statistics, scores: postings.map((p) => termScores(p, statistics)) };
}
