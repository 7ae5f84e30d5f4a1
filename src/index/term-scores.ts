import { postingScore, termIdf } from './bm25.js';
import type { TermPostings } from './minisearch-postings.js';
import type { FieldStatistics } from './term-accumulator.js';
import { type TermBits, termBits } from './term-bits.js';

// Each posting's BM25+ score (bm25.ts), per term, and the highest of them: what a sentence can
// gain from that term at best, for skipping sentences that cannot reach the best few
// (top-sentences.ts). Scores depend only on the index, so a term's are computed the first time a
// query uses it and kept. Reading them in postings order replaces reading each matched
// sentence's length: at 100× the corpus those lengths are scattered over 300 KB per field, and
// between queries of other kinds (a /country, an /ask) they fall out of the CPU's caches, which
// made a cold /search several times slower than a warm one. Same operations as the sums, so the
// same bits. The term's documents are kept beside them as a bitset (term-bits.ts), which finds a
// document's score without searching the postings.

/** A term's posting scores (index p - from of its postings), their maximum, and its documents. */
export interface TermScores {
  scores: Float64Array;
  bound: number;
  /** Which documents hold the term, and the index of each one's score (term-bits.ts). */
  bits: TermBits;
}

/** Bytes of scores and bitsets kept, at most: the least recently used terms go first. */
const KEPT_BYTES = 16 * 2 ** 20;

const bytesOf = (found: TermScores) => found.scores.byteLength + found.bits.byteLength;

/** Scores of each posting of `postings` in a field with these statistics. */
export function termScores(postings: TermPostings, statistics: FieldStatistics): TermScores {
  const { docs, frequencies, from, to } = postings;
  const { documentCount, lengths, averageLength } = statistics;
  const idf = termIdf(documentCount, to - from);
  const scores = new Float64Array(Math.max(0, to - from));
  let bound = 0;
  for (let p = from; p < to; p++) {
    const score = postingScore(idf, frequencies[p]!, lengths[docs[p]!]!, averageLength);
    scores[p - from] = score;
    if (score > bound) bound = score;
  }
  return { scores, bound, bits: termBits(docs, from, to, documentCount) };
}

/** One field's term scores, each computed on first use and kept while within KEPT_BYTES. */
export class TermScoreCache {
  private readonly known = new Map<string, TermScores>();
  private kept = 0;

  constructor(
    private readonly statistics: FieldStatistics,
    private readonly budget = KEPT_BYTES,
  ) {}

  of(term: string, postings: TermPostings): TermScores {
    let found = this.known.get(term);
    // A Map iterates in insertion order: re-inserting marks the term as recently used.
    if (found) this.known.delete(term);
    else {
      found = termScores(postings, this.statistics);
      this.kept += bytesOf(found);
    }
    this.known.set(term, found);
    for (const [oldest, scores] of this.known) {
      if (this.kept <= this.budget || oldest === term) break;
      this.known.delete(oldest);
      this.kept -= bytesOf(scores);
    }
    return found;
  }
}
