import type { Lists } from './scored-lists.js';
import { bitCount, type TermBits } from './term-bits.js';

// How many documents hold a set of a query's lists that passes a test: the "共N条" of a /search
// that lists only its best matches (top-sentences.ts). No document is scored, but every word of
// the bitsets is read once per table a passing set needs, and at 100× the corpus a bitset is
// ~2,400 words. Lists holding the same documents are counted as one: a two-character word and
// the bigram written the same (视频 and 视频) nearly always are, and merging them both drops a
// table and lets the minimal sets collapse (视频会议: 13 tables a word to 4, 核酸检测 13 to 1).

/** Groups up to which countPassing finds the minimal passing sets (at most 2^8 sets are looked at). */
const MINIMAL_SETS_MAX_GROUPS = 8;

/**
 * How many documents hold a set of lists that `passes`, which must be upward closed (a set
 * holding one that passes passes too, as a share of the query's terms does).
 */
export function countPassing(lists: Lists, passes: (set: number) => boolean): number {
  const all = 2 ** lists.count - 1;
  if (lists.count === 0 || !passes(all)) return 0;
  const groups = sameDocumentGroups(lists);
  return groups.length <= MINIMAL_SETS_MAX_GROUPS ? countByMinimalSets(lists, minimalSets(groups, passes)) : countByDocument(lists, passes);
}

/**
 * The lists as groups holding the same documents, each a mask of its lists (bit i: list i), in
 * the order of their first list. A document's set is then always a union of groups.
 */
function sameDocumentGroups(lists: Lists): number[] {
  const groups: number[] = [];
  const firsts: number[] = [];
  for (let i = 0; i < lists.count; i++) {
    const g = firsts.findIndex((first) => sameDocuments(lists, first, i));
    if (g >= 0) groups[g]! |= 1 << i;
    else {
      firsts.push(i);
      groups.push(1 << i);
    }
  }
  return groups;
}

/**
 * Verdicts of sameBits per pair of tables. A table is a term's for as long as it lives (kept with
 * its scores, term-scores.ts), so the verdict never changes: comparing two whole tables (19 KB
 * each at 100× the corpus) at every query was a quarter of counting.
 */
const sameBitsKnown = new WeakMap<TermBits, WeakMap<TermBits, boolean>>();

/** Whether two lists hold the same documents: as many postings, and the same bits. */
function sameDocuments(lists: Lists, a: number, b: number): boolean {
  if (lists.to[a]! - lists.from[a]! !== lists.to[b]! - lists.from[b]!) return false;
  const x = lists.bits[a]!;
  const y = lists.bits[b]!;
  const known = sameBitsKnown.get(x) ?? new WeakMap<TermBits, boolean>();
  sameBitsKnown.set(x, known);
  const same = known.get(y) ?? sameBits(x, y);
  known.set(y, same);
  return same;
}

/** A loop of its own with nothing after it (see holdingAll in scored-lists.ts). */
function sameBits(x: TermBits, y: TermBits): boolean {
  for (let w = 0; w < x.length; w += 2) if (x[w] !== y[w]) return false;
  return true;
}

/**
 * The sets of groups that pass and hold no smaller one that does, smallest first, each as the
 * mask of its groups' first lists (the one table a group needs).
 */
function minimalSets(groups: readonly number[], passes: (set: number) => boolean): number[] {
  const g = groups.length;
  const bySize: number[][] = Array.from({ length: g + 1 }, () => []);
  for (let set = 1; set < 2 ** g; set++) bySize[bitCount(set)]!.push(set);
  const listsOf = (set: number, pick: (group: number) => number) => {
    let mask = 0;
    for (let j = 0; j < g; j++) if ((set >>> j) & 1) mask |= pick(groups[j]!);
    return mask;
  };
  const minimal: number[] = [];
  for (const sets of bySize)
    for (const set of sets) if (!minimal.some((m) => (set & m) === m) && passes(listsOf(set, (group) => group))) minimal.push(set);
  // A group's lowest bit is its first list.
  return minimal.map((set) => listsOf(set, (group) => group & -group));
}

/** 32 documents at a time: those holding every list of some minimal set. */
function countByMinimalSets(lists: Lists, minimal: readonly number[]): number {
  // One list alone (a keyword whose pairs all hold the same documents: 核酸检测) is counted by its
  // postings, without reading a table that other commands have pushed out of the CPU's caches.
  const [only] = minimal;
  if (minimal.length === 1 && only !== undefined && bitCount(only) === 1) {
    const list = 31 - Math.clz32(only);
    return lists.to[list]! - lists.from[list]!;
  }
  // The sets' tables one after another, and where each set ends: flat arrays keep the loop tight.
  const tables: TermBits[] = [];
  const ends: number[] = [];
  for (const set of minimal) {
    for (let i = 0; i < lists.count; i++) if ((set >>> i) & 1) tables.push(lists.bits[i]!);
    ends.push(tables.length);
  }
  let count = 0;
  for (let w = 0, words = tables[0]!.length; w < words; w += 2) {
    let any = 0;
    for (let s = 0, j = 0; s < ends.length; s++) {
      let every = tables[j++]![w]!;
      for (const end = ends[s]!; j < end; j++) every &= tables[j]![w]!;
      any |= every;
    }
    if (any !== 0) count += bitCount(any);
  }
  return count;
}

/** Document by document over the union: each document's set read off its word, each set judged once. */
function countByDocument(lists: Lists, passes: (set: number) => boolean): number {
  const verdicts = new Int8Array(2 ** lists.count);
  const { bits, count: k } = lists;
  let count = 0;
  for (let w = 0, words = bits[0]!.length; w < words; w += 2) {
    let any = 0;
    for (let i = 0; i < k; i++) any |= bits[i]![w]!;
    while (any !== 0) {
      const low = any & -any;
      let set = 0;
      for (let i = 0; i < k; i++) if ((bits[i]![w]! & low) !== 0) set |= 1 << i;
      let verdict = verdicts[set]!;
      if (verdict === 0) {
        verdict = passes(set) ? 1 : -1;
        verdicts[set] = verdict;
      }
      if (verdict > 0) count++;
      any ^= low;
    }
  }
  return count;
}
