import { hasDoc, postingIndex, type TermBits } from './term-bits.js';
import type { MergeField } from './term-merge.js';
import type { TermScores } from './term-scores.js';

// A few-term query's postings as the pruned search (top-sentences.ts) reads them: per term its
// posting scores, its bitset and its highest score (term-scores.ts); and what that search asks of
// them: a document's sums and term set, the most a set of terms can score, and the documents
// holding every term of a set or any term. Sums add each posting's score as mergeTerms adds them
// (each field's terms in order, times their number: MiniSearch's OR), so they are the same to the
// bit whichever way a document is reached.

/** A field's terms with, per term, its postings' scores, their maximum and its bitset (term-scores.ts). */
export interface ScoredField extends MergeField {
  scores: readonly TermScores[];
}

export interface Sums {
  words: number;
  bigrams: number;
}

/** Bounds are raised by this share, so that an order of additions unlike the sums' can never make a bound too low. */
const BOUND_MARGIN = 1 + 1e-9;

/** A query's lists, words' first: list i is bit i of a term set. */
export interface Lists {
  count: number;
  firstBigram: number;
  docs: ArrayLike<number>[];
  from: Int32Array;
  to: Int32Array;
  /** Each list's posting scores, from its `from` on. */
  scores: Float64Array[];
  bits: TermBits[];
  bounds: Float64Array;
}

export function listsOf(words: ScoredField, bigrams: ScoredField): Lists {
  const count = words.postings.length + bigrams.postings.length;
  const lists: Lists = {
    count,
    firstBigram: words.postings.length,
    docs: [],
    from: new Int32Array(count),
    to: new Int32Array(count),
    scores: [],
    bits: [],
    bounds: new Float64Array(count),
  };
  let i = 0;
  for (const field of [words, bigrams]) {
    field.postings.forEach((postings, t) => {
      const scored = field.scores[t]!;
      lists.docs.push(postings.docs);
      lists.from[i] = postings.from;
      lists.to[i] = postings.to;
      lists.scores.push(scored.scores);
      lists.bits.push(scored.bits);
      lists.bounds[i] = scored.bound;
      i++;
    });
  }
  return lists;
}

/** A document's sums, added as mergeTerms adds them (each field's terms in order, times their number). */
export function sumsOf(lists: Lists, doc: number, into: Sums): void {
  let wordSum = 0;
  let wordsFound = 0;
  let bigramSum = 0;
  let bigramsFound = 0;
  const { count, bits, scores, firstBigram } = lists;
  for (let i = 0; i < count; i++) {
    const p = postingIndex(bits[i]!, doc);
    if (p < 0) continue;
    const score = scores[i]![p]!;
    if (i < firstBigram) wordSum = wordsFound++ === 0 ? score : wordSum + score;
    else bigramSum = bigramsFound++ === 0 ? score : bigramSum + score;
  }
  into.words = wordSum * wordsFound;
  into.bigrams = bigramSum * bigramsFound;
}

/** The set of lists (bit i: list i) holding a document. */
export function setOf(lists: Lists, doc: number): number {
  let set = 0;
  for (let i = 0; i < lists.count; i++) if (hasDoc(lists.bits[i]!, doc)) set |= 1 << i;
  return set >>> 0;
}

/** The most a document holding exactly the terms of `set` can score (BM25+ with MiniSearch's OR). */
export function boundOf(lists: Lists, set: number): number {
  let words = 0;
  let wordsFound = 0;
  let bigrams = 0;
  let bigramsFound = 0;
  for (let i = 0; i < lists.count; i++) {
    if (!((set >>> i) & 1)) continue;
    if (i < lists.firstBigram) {
      words += lists.bounds[i]!;
      wordsFound++;
    } else {
      bigrams += lists.bounds[i]!;
      bigramsFound++;
    }
  }
  return (words * wordsFound + bigrams * bigramsFound) * BOUND_MARGIN;
}

/** The sets' list indices, rarest list first. */
function rarestFirst(lists: Lists, set: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < lists.count; i++) if ((set >>> i) & 1) members.push(i);
  return members.sort((a, b) => lists.to[a]! - lists.from[a]! - (lists.to[b]! - lists.from[b]!) || a - b);
}

/** Postings of the shortest list of `set`: the most documents holding every list of it. */
export function shortest(lists: Lists, set: number): number {
  let size = Number.POSITIVE_INFINITY;
  for (let i = 0; i < lists.count; i++) if ((set >>> i) & 1) size = Math.min(size, lists.to[i]! - lists.from[i]!);
  return size;
}

/**
 * Documents holding every list of `set` (not empty), ascending, written to `into` (shortest()
 * long): the rarest list's, tested against the others' bitsets. Returns how many.
 */
export function holdingAll(lists: Lists, set: number, into: Uint32Array): number {
  const [lead, ...rest] = rarestFirst(lists, set);
  const docs = lists.docs[lead!]!;
  const others = rest.map((i) => lists.bits[i]!);
  let count = 0;
  for (let p = lists.from[lead!]!, end = lists.to[lead!]!; p < end; p++) {
    const doc = docs[p]!;
    let all = true;
    for (let j = 0; j < others.length; j++) {
      if (!hasDoc(others[j]!, doc)) {
        all = false;
        break;
      }
    }
    if (all) into[count++] = doc;
  }
  // Nothing but the count after the loop: a loop is compiled while it runs (on-stack
  // replacement) before the code after it has run, and code after it left without feedback
  // that way was thrown away at the end of every query.
  return count;
}

/**
 * Words + bigrams of the first `count` of `docs`, each holding every list: sumsOf's additions in
 * its order, made list by list, so that one list's bitset and scores are read at a time.
 */
export function sumsOfAll(lists: Lists, docs: Uint32Array, count: number): Float64Array {
  const words = new Float64Array(count);
  const bigrams = new Float64Array(count);
  const { bits, scores, firstBigram } = lists;
  for (let i = 0; i < lists.count; i++) {
    const sums = i < firstBigram ? words : bigrams;
    addList(bits[i]!, scores[i]!, docs, count, sums, i === 0 || i === firstBigram);
  }
  const wordsFound = firstBigram;
  const bigramsFound = lists.count - firstBigram;
  for (let j = 0; j < count; j++) words[j] = words[j]! * wordsFound + bigrams[j]! * bigramsFound;
  return words;
}

/** Adds (or, for a field's first list, sets) each document's score in one list. */
function addList(bits: TermBits, scores: Float64Array, docs: Uint32Array, count: number, sums: Float64Array, first: boolean): void {
  for (let j = 0; j < count; j++) {
    const score = scores[postingIndex(bits, docs[j]!)]!;
    sums[j] = first ? score : sums[j]! + score;
  }
}

/** Documents holding some list, ascending, written to `into` (as long as all lists together): the union of the bitsets. Returns how many. */
export function holdingAny(lists: Lists, into: Uint32Array): number {
  let count = 0;
  const words = lists.bits[0]!.length;
  for (let w = 0; w < words; w += 2) {
    let any = 0;
    for (let i = 0; i < lists.count; i++) any |= lists.bits[i]![w]!;
    // Lowest set bit first: documents come out ascending.
    while (any !== 0) {
      const low = any & -any;
      into[count++] = w * 16 + 31 - Math.clz32(low);
      any ^= low;
    }
  }
  return count;
}
