import { postingScore, termIdf } from './bm25.js';
import type { TermPostings } from './minisearch-postings.js';
import type { FieldStatistics } from './term-accumulator.js';

// The most a term's postings score (BM25+, bm25.ts): what a sentence can gain from that term at
// best, for skipping sentences that cannot reach the best few (top-sentences.ts). Computed with
// the very operations the sums use, so no posting scores above it, not even by rounding. A term's
// bound depends only on the index, so it is computed the first time a query uses the term and
// kept: it costs one pass over that term's postings once.

/** The highest score of one posting of `postings` in a field with these statistics. */
export function maxPostingScore(postings: TermPostings, statistics: FieldStatistics): number {
  const { docs, frequencies, from, to } = postings;
  const { documentCount, lengths, averageLength } = statistics;
  const idf = termIdf(documentCount, to - from);
  let max = 0;
  for (let p = from; p < to; p++) {
    const score = postingScore(idf, frequencies[p]!, lengths[docs[p]!]!, averageLength);
    if (score > max) max = score;
  }
  return max;
}

/** Bounds of one field's terms, each computed on first use. */
export class TermBounds {
  private readonly known = new Map<string, number>();

  constructor(private readonly statistics: FieldStatistics) {}

  of(term: string, postings: TermPostings): number {
    let bound = this.known.get(term);
    if (bound === undefined) {
      bound = maxPostingScore(postings, this.statistics);
      this.known.set(term, bound);
    }
    return bound;
  }
}
