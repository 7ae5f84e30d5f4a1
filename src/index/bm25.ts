// MiniSearch's BM25+ (k 1.2, b 0.7, d 0.5), in one place so that every way of summing postings
// (term-accumulator.ts term by term, term-merge.ts document by document) computes each posting's
// score with the same operations, and so to the same bit.

const K = 1.2;
const B = 0.7;
const D = 0.5;

/** A term's IDF in a field of `documentCount` documents, `matching` of which contain it. */
export function termIdf(documentCount: number, matching: number): number {
  return Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
}

/** One posting's score: term frequency `tf` in a document of `length` terms. */
export function postingScore(idf: number, tf: number, length: number, averageLength: number): number {
  return idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / averageLength)));
}
