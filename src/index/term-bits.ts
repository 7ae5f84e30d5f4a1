// A term's documents as a bitset with, per 32 documents, the number of its postings before them:
// whether a document holds the term, and where its posting is, in a few operations with no
// search. /search (top-sentences.ts) intersects its terms' postings and reads the sums of each
// candidate's neighbours; at 100× the corpus that was a galloping search per document and list
// (a few thousand per query) over postings other commands had pushed out of the CPU's caches.
// The table takes a quarter of a byte per document of the corpus (19 KB at 100×) and is kept
// with the term's scores (term-scores.ts), so only terms a query uses have one.

/** Interleaved per 32 documents: the bits of documents holding the term, then the postings before them. */
export type TermBits = Uint32Array;

/** The table of documents `docs[from..to)` (ascending, each below `documentCount`). */
export function termBits(docs: ArrayLike<number>, from: number, to: number, documentCount: number): TermBits {
  const table = new Uint32Array(2 * Math.ceil(documentCount / 32));
  for (let p = from; p < to; p++) {
    const doc = docs[p]!;
    table[2 * (doc >>> 5)]! |= 1 << (doc & 31);
  }
  let before = 0;
  for (let w = 0; w < table.length; w += 2) {
    table[w + 1] = before;
    before += bitCount(table[w]!);
  }
  return table;
}

/** Set bits of a 32-bit word. */
export function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Whether `doc` holds the term (false for a number outside the corpus). */
export function hasDoc(table: TermBits, doc: number): boolean {
  const at = 2 * (doc >>> 5);
  return at < table.length && (table[at]! & (1 << (doc & 31))) !== 0;
}

/** The index of `doc`'s posting among the term's (0 for its first), or -1 when it does not hold the term. */
export function postingIndex(table: TermBits, doc: number): number {
  const at = 2 * (doc >>> 5);
  if (at >= table.length) return -1;
  const bits = table[at]!;
  const bit = 1 << (doc & 31);
  if ((bits & bit) === 0) return -1;
  return table[at + 1]! + bitCount(bits & (bit - 1));
}
