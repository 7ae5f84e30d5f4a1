// BM25 sums over the postings of a query's terms, in dense typed arrays reused from one query to
// the next. A long question at 100× the corpus walks tens of thousands of postings; a Map entry
// and a result object per matched passage (what MiniSearch's search and a Map-based sum build)
// made garbage collection and hashing most of its time. Here a posting costs a few array writes.
// Scores follow MiniSearch's BM25+ (bm25.ts) and its OR rule, in its order of addition, so they
// equal its own to the last bit (test/index/minisearch-postings.test.ts).

import { postingScore, termIdf } from './bm25.js';

/**
 * Touched documents are sorted while k·log2(k) stays below this share of the corpus, and found by
 * reading every document's mark above it. Measured on the 100× corpus (76,072 documents, Node 20):
 * sorting 4,000 touched documents 0.05 ms, 6,000 0.43 ms, 8,000 0.51 ms; reading the marks 0.12–0.17 ms.
 */
const SORT_SHARE = 0.8;

/** One field's scoring inputs: its documents' lengths and their mean as the index keeps it. */
export interface FieldStatistics {
  documentCount: number;
  lengths: ArrayLike<number>;
  averageLength: number;
}

/** A field's sums for every document that matched, compacted and in ascending document order. */
export interface FieldSums {
  docs: Uint32Array;
  /** BM25+ summed over matched terms, times their number (MiniSearch's OR). */
  scores: Float64Array;
}

export class TermAccumulator {
  private score: Float64Array;
  private matched: Uint16Array;
  private touched: Uint32Array;
  private count = 0;

  constructor(private readonly stats: FieldStatistics) {
    const n = stats.documentCount;
    this.score = new Float64Array(n);
    this.matched = new Uint16Array(n);
    this.touched = new Uint32Array(Math.max(1, Math.min(n, 1024)));
  }

  /** Adds one term's postings (each document once, `frequencies` its term counts). */
  addTerm(docs: ArrayLike<number>, frequencies: ArrayLike<number>, from: number, to: number): void {
    const { documentCount, lengths, averageLength } = this.stats;
    const matching = to - from;
    if (matching <= 0) return;
    const idf = termIdf(documentCount, matching);
    for (let i = from; i < to; i++) {
      const doc = docs[i]!;
      const score = postingScore(idf, frequencies[i]!, lengths[doc]!, averageLength);
      if (this.matched[doc] === 0) {
        if (this.count === this.touched.length) {
          const bigger = new Uint32Array(Math.min(documentCount, this.touched.length * 2));
          bigger.set(this.touched);
          this.touched = bigger;
        }
        this.touched[this.count++] = doc;
        this.score[doc] = score;
      } else this.score[doc] = this.score[doc]! + score;
      this.matched[doc] = this.matched[doc]! + 1;
    }
  }

  /** The sums so far, compacted; the accumulator is cleared for the next query. */
  finish(): FieldSums {
    const docs = this.touchedInOrder();
    const sums: FieldSums = { docs, scores: new Float64Array(docs.length) };
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      sums.scores[i] = this.score[doc]! * this.matched[doc]!;
      this.score[doc] = 0;
      this.matched[doc] = 0;
    }
    this.count = 0;
    return sums;
  }

  /**
   * The touched documents, ascending. Sorting k of them costs about k·log k; reading the marks of
   * every document costs the corpus size, far less once a common term touched a large share.
   */
  private touchedInOrder(): Uint32Array {
    const n = this.count;
    if (n * Math.log2(n + 1) < this.matched.length * SORT_SHARE) return this.touched.slice(0, n).sort();
    const docs = new Uint32Array(n);
    for (let doc = 0, k = 0; k < n; doc++) if (this.matched[doc] !== 0) docs[k++] = doc;
    return docs;
  }
}
