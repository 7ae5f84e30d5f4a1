import { kthLargest } from './kth-largest.js';
import { ScoredDocuments } from './scored-documents.js';
import { firstAtLeast, indexInSorted } from './sorted-search.js';
import { MERGE_MAX_TERMS, type MergeField } from './term-merge.js';
import type { TermScores } from './term-scores.js';

// The best few sentences of a few-term query without summing every sentence that shares a term
// with it. Keyword searches at 100× the corpus match thousands of sentences, yet the best 150
// nearly always hold every term. So: (1) the sentences holding every term are found by leaping
// along the rarest term's postings and galloping the others, and scored; when enough of them
// pass, the score of the k-th best is a floor no answer falls below; (2) a term is required when
// every set of terms lacking it scores below that floor at best (its terms' bounds,
// term-scores.ts), and only sentences holding all required terms can still compete: they are
// walked the same way. When nothing can be proven (too few sentences hold every term, or no term
// is required) the caller sums every sentence instead (term-merge.ts). Sums add each posting's
// score (term-scores.ts, postingScore's) as mergeTerms adds them, so scores and ties are the
// same to the bit.

/** A field's terms with, per term, its postings' scores and their maximum (term-scores.ts). */
export interface ScoredField extends MergeField {
  scores: readonly TermScores[];
}

export interface Sums {
  words: number;
  bigrams: number;
}

export interface TopSentences {
  /** The chosen passages' numbers, best sum (words + bigrams) first, ties by number. */
  docs: number[];
  /** Sets `into` to a passage's sums for this query (0 and 0 when it holds none of the terms). */
  sumsOf(doc: number, into: Sums): void;
  /** sumsOf of many passages at once (`docs` ascending), into `words` and `bigrams`. */
  sumsOfSorted(docs: ArrayLike<number>, words: Float64Array, bigrams: Float64Array): void;
}

/** Bounds are raised by this share, so that an order of additions unlike the sums' can never make a bound too low. */
const BOUND_MARGIN = 1 + 1e-9;

interface Lists {
  count: number;
  firstBigram: number;
  docs: ArrayLike<number>[];
  /** Each list's posting scores, from its `from` on. */
  scores: Float64Array[];
  from: Int32Array;
  to: Int32Array;
  bounds: Float64Array;
}

function listsOf(words: ScoredField, bigrams: ScoredField): Lists {
  const count = words.postings.length + bigrams.postings.length;
  const lists: Lists = {
    count,
    firstBigram: words.postings.length,
    docs: [],
    scores: [],
    from: new Int32Array(count),
    to: new Int32Array(count),
    bounds: new Float64Array(count),
  };
  let i = 0;
  for (const field of [words, bigrams]) {
    field.postings.forEach((postings, t) => {
      const scored = field.scores[t]!;
      lists.docs.push(postings.docs);
      lists.scores.push(scored.scores);
      lists.from[i] = postings.from;
      lists.to[i] = postings.to;
      lists.bounds[i] = scored.bound;
      i++;
    });
  }
  return lists;
}

/** A document's sums given its position in each list (-1: not there), added as mergeTerms adds them. */
function sumsAt(lists: Lists, at: Int32Array, into: Sums): void {
  let wordSum = 0;
  let wordsFound = 0;
  let bigramSum = 0;
  let bigramsFound = 0;
  for (let i = 0; i < lists.count; i++) {
    const p = at[i]!;
    if (p < 0) continue;
    const score = lists.scores[i]![p - lists.from[i]!]!;
    if (i < lists.firstBigram) wordSum = wordsFound++ === 0 ? score : wordSum + score;
    else bigramSum = bigramsFound++ === 0 ? score : bigramSum + score;
  }
  into.words = wordSum * wordsFound;
  into.bigrams = bigramSum * bigramsFound;
}

/** The most a document holding exactly the terms of `set` can score (BM25+ with MiniSearch's OR). */
function boundOf(lists: Lists, set: number): number {
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

/**
 * Calls `visit` with every document in all lists of `required` (a set of list indices, not empty),
 * ascending, `at` holding each required list's position of it; other lists' positions untouched.
 */
function eachInAll(lists: Lists, required: number[], at: Int32Array, visit: (doc: number) => void): void {
  const [lead, ...rest] = required;
  const { docs, to } = lists;
  let p = lists.from[lead!]!;
  const end = to[lead!]!;
  for (const i of rest) at[i] = lists.from[i]!;
  while (p < end) {
    let doc = docs[lead!]![p]!;
    let agreed = true;
    for (const i of rest) {
      const q = firstAtLeast(docs[i]!, doc, at[i]!, to[i]!);
      at[i] = q;
      if (q >= to[i]!) return;
      const found = docs[i]![q]!;
      if (found !== doc) {
        doc = found;
        agreed = false;
        break;
      }
    }
    if (!agreed) {
      p = firstAtLeast(docs[lead!]!, doc, p, end);
      continue;
    }
    at[lead!] = p;
    visit(doc);
    p++;
  }
}

/** The sets' list indices, rarest list first (it leads the walk). */
function rarestFirst(lists: Lists, set: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < lists.count; i++) if ((set >>> i) & 1) members.push(i);
  return members.sort((a, b) => lists.to[a]! - lists.from[a]! - (lists.to[b]! - lists.from[b]!) || a - b);
}

/**
 * The `enough` best documents (by words + bigrams, ties by number) whose term set (bit i: list i,
 * words' lists first) `passes`, or null when that cannot be told without summing every document.
 */
export function topSentences(
  words: ScoredField,
  bigrams: ScoredField,
  enough: number,
  passes: (set: number) => boolean,
): TopSentences | null {
  const lists = listsOf(words, bigrams);
  const k = lists.count;
  if (k === 0 || k > MERGE_MAX_TERMS || enough < 1) return null;
  const all = k === 32 ? 0xffffffff : (1 << k) - 1;
  if (!passes(all)) return null;
  const at = new Int32Array(k);
  const sums: Sums = { words: 0, bigrams: 0 };
  // (1) Every document holding every term: at most as many as the rarest term has.
  const lead = rarestFirst(lists, all);
  const capacity = lists.to[lead[0]!]! - lists.from[lead[0]!]!;
  const docs = new Uint32Array(capacity);
  const wordSums = new Float64Array(capacity);
  const bigramSums = new Float64Array(capacity);
  const scores = new Float64Array(capacity);
  let count = 0;
  eachInAll(lists, lead, at, (doc) => {
    sumsAt(lists, at, sums);
    docs[count] = doc;
    wordSums[count] = sums.words;
    bigramSums[count] = sums.bigrams;
    scores[count++] = sums.words + sums.bigrams;
  });
  if (count < enough) return null;
  const floor = kthLargest(scores.subarray(0, count), enough);
  let required = 0;
  for (let i = 0; i < k; i++) if (boundOf(lists, all & ~(1 << i)) < floor) required |= 1 << i;
  if (required === 0) return null;
  // Documents that may be among the best: their number and sums, in columns (no object each).
  const best = new ScoredDocuments();
  for (let j = 0; j < count; j++) if (scores[j]! >= floor) best.add(docs[j]!, scores[j]!, wordSums[j]!, bigramSums[j]!);
  // (2) Documents lacking some term but holding every required one.
  if (required !== all) {
    const verdicts = new Map<number, boolean>();
    const others = rarestFirst(lists, all & ~required);
    const positions = new Int32Array(k);
    for (const i of others) at[i] = lists.from[i]!;
    eachInAll(lists, rarestFirst(lists, required), at, (doc) => {
      let set = required;
      for (const i of others) {
        const q = firstAtLeast(lists.docs[i]!, doc, at[i]!, lists.to[i]!);
        at[i] = q;
        if (q < lists.to[i]! && lists.docs[i]![q] === doc) set |= 1 << i;
      }
      if (set === all || boundOf(lists, set) < floor) return;
      let verdict = verdicts.get(set);
      if (verdict === undefined) {
        verdict = passes(set);
        verdicts.set(set, verdict);
      }
      if (!verdict) return;
      for (let i = 0; i < k; i++) positions[i] = (set >>> i) & 1 ? at[i]! : -1;
      sumsAt(lists, positions, sums);
      const score = sums.words + sums.bigrams;
      if (score >= floor) best.add(doc, score, sums.words, sums.bigrams);
    });
  }
  const chosen = best.best(enough);
  // The chosen documents' sums are kept: every candidate's features read them.
  const known = new Map(chosen.map((c) => [best.docs[c]!, c]));
  const positions = new Int32Array(k);
  return {
    docs: chosen.map((c) => best.docs[c]!),
    sumsOf(doc, into) {
      const own = known.get(doc);
      if (own !== undefined) {
        into.words = best.words[own]!;
        into.bigrams = best.bigrams[own]!;
        return;
      }
      for (let i = 0; i < k; i++) positions[i] = indexInSorted(lists.docs[i]!, doc, lists.from[i]!, lists.to[i]!);
      sumsAt(lists, positions, into);
    },
    sumsOfSorted(docs, words, bigrams) {
      // One galloping walk per list, since the documents ascend.
      const cursors = Int32Array.from(lists.from);
      for (let d = 0; d < docs.length; d++) {
        const doc = docs[d]!;
        for (let i = 0; i < k; i++) {
          const q = firstAtLeast(lists.docs[i]!, doc, cursors[i]!, lists.to[i]!);
          cursors[i] = q;
          positions[i] = q < lists.to[i]! && lists.docs[i]![q] === doc ? q : -1;
        }
        sumsAt(lists, positions, sums);
        words[d] = sums.words;
        bigrams[d] = sums.bigrams;
      }
    },
  };
}
