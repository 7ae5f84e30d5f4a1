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
// A posting's score is kept as the index of its value among the term's distinct scores: BM25 of
// a posting depends only on its frequency and its sentence's length, so a term of thousands of
// postings has a few hundred values. Two bytes a posting instead of eight: a /search at 100× the
// corpus reads its terms' scores at a few thousand scattered postings, and between other
// commands every eighth of those reads missed the CPU's caches again. The values are the scores
// themselves, so sums are the same to the bit.

/** A term's posting scores (index p - from of its postings: values[codes[p - from]]), their maximum, and its documents. */
export interface TermScores {
  /** Per posting, the index of its score in `values` (Uint32Array only for a term of more than 65,536 distinct scores). */
  codes: Uint16Array | Uint32Array;
  /** The term's distinct scores. */
  values: Float64Array;
  bound: number;
  /** Which documents hold the term, and the index of each one's score (term-bits.ts). */
  bits: TermBits;
}

/** Bytes of scores and bitsets kept, at most: the least recently used terms go first. */
const KEPT_BYTES = 16 * 2 ** 20;

const bytesOf = (found: TermScores) => found.codes.byteLength + found.values.byteLength + found.bits.byteLength;

/** A posting's score (p: its index from the term's `from`). */
export const scoreAt = (scored: TermScores, p: number): number => scored.values[scored.codes[p]!]!;

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
  return { ...distinctScores(scores), bound, bits: termBits(docs, from, to, documentCount) };
}

/** Scores as codes into their distinct values, in order of first appearance. */
function distinctScores(scores: Float64Array): { codes: Uint16Array | Uint32Array; values: Float64Array } {
  const index = new Map<number, number>();
  const codes = new Uint32Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    let code = index.get(score);
    if (code === undefined) {
      code = index.size;
      index.set(score, code);
    }
    codes[i] = code;
  }
  const values = Float64Array.from(index.keys());
  return { codes: values.length <= 2 ** 16 ? Uint16Array.from(codes) : codes, values };
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
