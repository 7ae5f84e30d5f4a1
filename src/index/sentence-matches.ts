import type { Passage } from '../core/types.js';
import type { TermPostings } from './minisearch-postings.js';
import type { Sums } from './scored-lists.js';
import { indexInSorted } from './sorted-search.js';
import type { FieldSums } from './term-accumulator.js';
import type { MergedRows } from './term-merge.js';

// The sentences a query matched, as columns (SentenceMatches): their numbers,
// their words' and bigrams' BM25 sums, and which query terms each holds, looked up on demand.

/** A query's sums of single sentences, by passage number. */
export interface SentenceScores {
  /** Sets `into` to a passage's sums (0 and 0 when it holds none of the query's terms). */
  sumsOf(doc: number, into: Sums): void;
}

/**
 * Sentences sharing distinctive terms with a query, as columns: row r is passage number docs[r]
 * (index order, ascending). Columns rather than an object per sentence: at 100× the corpus a
 * long question matches tens of thousands of sentences.
 */
export interface SentenceMatches extends SentenceScores {
  count: number;
  docs: Uint32Array;
  /** BM25 of the sentence's words (MiniSearch's score). */
  words: Float64Array;
  /** BM25 of its character bigrams. */
  bigrams: Float64Array;
  /**
   * Per row, the set of query terms its sentence contains as a bit mask (bit i: the i-th term
   * `terms` can list), when the query has few enough terms (term-merge.ts); else null.
   */
  termSets: Uint32Array | null;
  /** The query terms a row's sentence contains (its words, then its bigrams). */
  terms(row: number): string[];
  /** The passage id of a row. */
  id(row: number): string;
  /** The row of a passage id, or -1 when that sentence did not match. */
  rowOf(id: string): number;
  /** The row of a passage by number (`numbers`), or -1 when that sentence did not match. */
  rowOfNumber(doc: number): number;
}

export interface Searched {
  term: string;
  postings: TermPostings;
}

/** The rows of both fields' sums, merged by passage number (no term sets: they are looked up). */
export function mergedRows(w: FieldSums, p: FieldSums): MatchedRows {
  const rows = w.docs.length + p.docs.length;
  const docs = new Uint32Array(rows);
  const words = new Float64Array(rows);
  const bigrams = new Float64Array(rows);
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < w.docs.length || j < p.docs.length) {
    const wordDoc = i < w.docs.length ? w.docs[i]! : Number.POSITIVE_INFINITY;
    const pairDoc = j < p.docs.length ? p.docs[j]! : Number.POSITIVE_INFINITY;
    const doc = Math.min(wordDoc, pairDoc);
    docs[count] = doc;
    if (wordDoc === doc) words[count] = w.scores[i++]!;
    if (pairDoc === doc) bigrams[count] = p.scores[j++]!;
    count++;
  }
  return { count, docs, words, bigrams };
}

export type MatchedRows = Omit<MergedRows, 'termSets'> & { termSets?: Uint32Array };

export function sentenceMatches(
  rows: MatchedRows,
  searched: Searched[],
  passages: Passage[],
  documentNumber: (id: string) => number,
): SentenceMatches {
  const { count, termSets } = rows;
  const found = rows.docs.subarray(0, count);
  return {
    count,
    docs: found,
    words: rows.words,
    bigrams: rows.bigrams,
    termSets: termSets ?? null,
    // Which terms a sentence holds is looked up only for the few sentences that need it.
    terms(row) {
      if (termSets) return searched.filter((_, i) => (termSets[row]! >>> i) & 1).map((s) => s.term);
      const doc = found[row]!;
      return searched.filter((s) => indexInSorted(s.postings.docs, doc, s.postings.from, s.postings.to) >= 0).map((s) => s.term);
    },
    id: (row) => passages[found[row]!]!.id,
    rowOf: (id) => indexInSorted(found, documentNumber(id)),
    rowOfNumber: (doc) => indexInSorted(found, doc),
    sumsOf(doc, into) {
      const row = indexInSorted(found, doc);
      into.words = row < 0 ? 0 : rows.words[row]!;
      into.bigrams = row < 0 ? 0 : rows.bigrams[row]!;
    },
  };
}
