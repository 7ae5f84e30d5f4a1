import type { ScoredDocuments } from './scored-documents.js';
import type { Lists } from './scored-lists.js';
import { bitCount, postingIndex } from './term-bits.js';

// The walks of the pruned search (top-sentences.ts): documents holding every list of a set (the
// rarest one's postings, tested against the others' bitsets) or any list (the union of the
// bitsets), each scored as it is reached and offered to the best kept. One pass reads each
// document's word of every bitset once: where it stands in each list, hence its term set and its
// sum together. Finding the documents first, then their sums list by list in a second pass, read
// every bitset twice and kept arrays as long as the rarest list for a few hundred kept.

/** Which term sets (bit i: list i) may still compete against the best kept: those a document's set is judged by. */
export interface SetJudge {
  /** Whether a document holding exactly the lists of `set` may reach `floor`. */
  competes(set: number, floor: number): boolean;
}

/**
 * A document's sum from where it stands in each list (-1: not in it), added as sumsOf adds
 * (scored-lists.ts): each field's lists in order, its first score set, then times their number.
 */
function scoreAt(lists: Lists, at: Int32Array): number {
  let wordSum = 0;
  let wordsFound = 0;
  let bigramSum = 0;
  let bigramsFound = 0;
  const { count, scores, firstBigram } = lists;
  for (let i = 0; i < count; i++) {
    const p = at[i]!;
    if (p < 0) continue;
    const score = scores[i]![p]!;
    if (i < firstBigram) wordSum = wordsFound++ === 0 ? score : wordSum + score;
    else bigramSum = bigramsFound++ === 0 ? score : bigramSum + score;
  }
  return wordSum * wordsFound + bigramSum * bigramsFound;
}

/** The set's list indices, rarest list first. */
function rarestFirst(lists: Lists, set: number): Int32Array {
  const members: number[] = [];
  for (let i = 0; i < lists.count; i++) if ((set >>> i) & 1) members.push(i);
  members.sort((a, b) => lists.to[a]! - lists.from[a]! - (lists.to[b]! - lists.from[b]!) || a - b);
  return Int32Array.from(members);
}

/**
 * Offers to `best` each document holding every list of `set` (not empty) whose own set of lists
 * `judge` lets compete (every one when null), ascending.
 */
export function offerHoldingAll(lists: Lists, set: number, judge: SetJudge | null, best: ScoredDocuments): void {
  const order = rarestFirst(lists, set);
  const lead = order[0]!;
  const others: number[] = [];
  for (let i = 0; i < lists.count; i++) if (!((set >>> i) & 1)) others.push(i);
  walkLead(lists, set, lead, order, Int32Array.from(others), judge, best);
}

/** offerHoldingAll's loop, with nothing after it (see walkUnion). */
function walkLead(
  lists: Lists,
  set: number,
  lead: number,
  required: Int32Array,
  others: Int32Array,
  judge: SetJudge | null,
  best: ScoredDocuments,
): void {
  const { bits } = lists;
  const at = new Int32Array(lists.count);
  const docs = lists.docs[lead]!;
  const from = lists.from[lead]!;
  outer: for (let p = from, end = lists.to[lead]!; p < end; p++) {
    const doc = docs[p]!;
    // The rarest list first, then the others required, each rejecting the document as soon as it lacks one.
    at[lead] = p - from;
    for (let r = 1; r < required.length; r++) {
      const list = required[r]!;
      const q = postingIndex(bits[list]!, doc);
      if (q < 0) continue outer;
      at[list] = q;
    }
    let holds = set;
    for (let o = 0; o < others.length; o++) {
      const list = others[o]!;
      const q = postingIndex(bits[list]!, doc);
      at[list] = q;
      if (q >= 0) holds |= 1 << list;
    }
    if (judge !== null && !judge.competes(holds >>> 0, best.floor())) continue;
    best.add(doc, scoreAt(lists, at));
  }
}

/** Offers to `best` each document holding some list whose set of lists `judge` lets compete, ascending: the union of the bitsets. */
export function offerHoldingAny(lists: Lists, judge: SetJudge, best: ScoredDocuments): void {
  const k = lists.count;
  walkUnion(lists, new Int32Array(k), new Int32Array(k), new Int32Array(k), judge, best);
}

/**
 * offerHoldingAny's loop: a function of its own with nothing after it, as a loop is compiled
 * while it runs (on-stack replacement) before the code after it has run, and code left without
 * feedback that way was thrown away at the end of every query.
 */
function walkUnion(lists: Lists, block: Int32Array, before: Int32Array, at: Int32Array, judge: SetJudge, best: ScoredDocuments): void {
  const { bits, count: k } = lists;
  for (let w = 0, words = bits[0]!.length; w < words; w += 2) {
    let any = 0;
    for (let i = 0; i < k; i++) {
      const word = bits[i]![w]!;
      block[i] = word;
      any |= word;
    }
    if (any === 0) continue;
    for (let i = 0; i < k; i++) before[i] = bits[i]![w + 1]!;
    // Lowest set bit first: documents come out ascending.
    while (any !== 0) {
      const low = any & -any;
      any ^= low;
      let holds = 0;
      for (let i = 0; i < k; i++) {
        const word = block[i]!;
        if ((word & low) === 0) at[i] = -1;
        else {
          // Where the document stands in list i: its postings before the block, then those of the block below it.
          at[i] = before[i]! + bitCount(word & (low - 1));
          holds |= 1 << i;
        }
      }
      if (!judge.competes(holds >>> 0, best.floor())) continue;
      best.add(w * 16 + 31 - Math.clz32(low), scoreAt(lists, at));
    }
  }
}
