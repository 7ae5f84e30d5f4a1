import { postingScore, termIdf } from './bm25.js';
import type { TermPostings } from './minisearch-postings.js';
import type { FieldStatistics } from './term-accumulator.js';

// BM25 sums of a query with few terms, document by document: the terms' postings (each ascending)
// are walked together, so matched sentences come out in ascending order with both fields' sums
// and the set of terms each contains. Summing term by term (term-accumulator.ts) scatters into
// corpus-sized arrays, then sorts the touched documents and merges the two fields: at 100× the
// corpus a two-word /search walked ~27,000 postings that way and spent as long sorting and
// merging as summing. Here a posting costs a comparison and an addition, in the order the
// accumulator adds (each field's terms in query order, the sum times the number matched:
// MiniSearch's OR), so the sums are the same to the last bit.

/** More terms than this are summed term by term: a row's term set is a 32-bit mask, and each document scans every term's head. */
export const MERGE_MAX_TERMS = 16;

/** One field's terms (their postings, in query order) and its BM25 statistics. */
export interface MergeField {
  postings: readonly TermPostings[];
  statistics: FieldStatistics;
}

/** Matched documents, ascending, with each field's sum and the terms found (bit i: term i, words' terms first). */
export interface MergedRows {
  count: number;
  docs: Uint32Array;
  words: Float64Array;
  bigrams: Float64Array;
  termSets: Uint32Array;
}

const DONE = 0xffffffff;

/** Sums `words` and `bigrams` document by document (together at most MERGE_MAX_TERMS terms). */
export function mergeTerms(words: MergeField, bigrams: MergeField): MergedRows {
  const lists = [...words.postings, ...bigrams.postings];
  const k = lists.length;
  if (k > MERGE_MAX_TERMS) throw new Error(`mergeTerms takes at most ${MERGE_MAX_TERMS} terms`);
  const firstBigram = words.postings.length;
  // Each list's arrays and bounds hoisted into arrays of their own: the loop below reads them per posting.
  const docsOf: ArrayLike<number>[] = [];
  const frequenciesOf: ArrayLike<number>[] = [];
  const at = new Int32Array(k);
  const ends = new Int32Array(k);
  const heads = new Uint32Array(k);
  const idfs = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < k; i++) {
    const { from, to, docs, frequencies } = lists[i]!;
    const field = i < firstBigram ? words : bigrams;
    docsOf.push(docs);
    frequenciesOf.push(frequencies);
    at[i] = from;
    ends[i] = to;
    heads[i] = from < to ? docs[from]! : DONE;
    idfs[i] = termIdf(field.statistics.documentCount, to - from);
    size += Math.max(0, to - from);
  }
  const { lengths: wordLengths, averageLength: wordAverage } = words.statistics;
  const { lengths: bigramLengths, averageLength: bigramAverage } = bigrams.statistics;
  size = Math.min(size, Math.max(words.statistics.documentCount, bigrams.statistics.documentCount));
  const docs = new Uint32Array(size);
  const wordSums = new Float64Array(size);
  const bigramSums = new Float64Array(size);
  const termSets = new Uint32Array(size);
  let count = 0;
  for (;;) {
    let doc = DONE;
    for (let i = 0; i < k; i++) if (heads[i]! < doc) doc = heads[i]!;
    if (doc === DONE) break;
    let wordSum = 0;
    let wordsFound = 0;
    let bigramSum = 0;
    let bigramsFound = 0;
    let set = 0;
    for (let i = 0; i < k; i++) {
      if (heads[i] !== doc) continue;
      const p = at[i]!;
      const tf = frequenciesOf[i]![p]!;
      if (i < firstBigram) {
        const score = postingScore(idfs[i]!, tf, wordLengths[doc]!, wordAverage);
        wordSum = wordsFound++ === 0 ? score : wordSum + score;
      } else {
        const score = postingScore(idfs[i]!, tf, bigramLengths[doc]!, bigramAverage);
        bigramSum = bigramsFound++ === 0 ? score : bigramSum + score;
      }
      set |= 1 << i;
      at[i] = p + 1;
      heads[i] = p + 1 < ends[i]! ? docsOf[i]![p + 1]! : DONE;
    }
    docs[count] = doc;
    wordSums[count] = wordSum * wordsFound;
    bigramSums[count] = bigramSum * bigramsFound;
    termSets[count] = set >>> 0;
    count++;
  }
  return { count, docs, words: wordSums, bigrams: bigramSums, termSets };
}
