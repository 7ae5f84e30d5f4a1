// Character-bigram postings in typed arrays. Bigrams are most of the index's postings (every
// pair of adjacent characters of every sentence), and MiniSearch keeps each posting as a Map
// entry (about 60 bytes, and a JSON object to parse at start-up). A bigram is two code points,
// so it packs into one number: the postings become a sorted key array with offsets into doc and
// frequency arrays (about 5 bytes a posting), saved and loaded as raw bytes.
// Queries sum these postings with MiniSearch's own BM25+ (term-accumulator.ts; field length =
// distinct terms) and its OR rule, so the bigram signal is the one MiniSearch computed when
// bigrams were in it (ranking weights were fitted on it).

import type { TermPostings } from './minisearch-postings.js';
import { PairNumbers } from './pair-numbers.js';
import { indexInSorted } from './sorted-search.js';
import type { FieldStatistics } from './term-accumulator.js';
import { checkPostings, concatTyped, typedReader } from './typed-bytes.js';

const CODE_POINTS = 0x110000;
const MAGIC = 0x42475031; // "BGP1"
const HEADER_WORDS = 4;
const MAX_FREQUENCY = 255;

/** The number a two-code-point term packs into, or -1 for any other term. */
export function bigramKey(term: string): number {
  const first = term.codePointAt(0);
  if (first === undefined) return -1;
  const width = first > 0xffff ? 2 : 1;
  const second = term.codePointAt(width);
  if (second === undefined || term.length !== width + (second > 0xffff ? 2 : 1)) return -1;
  return first * CODE_POINTS + second;
}

export interface BigramPostings {
  documentCount: number;
  /** Documents containing the term (0 for a term that is not a bigram or not in the corpus). */
  frequency(term: string): number;
  /** What BM25 needs of the field, for summing postings elsewhere (term-accumulator.ts). */
  statistics: FieldStatistics;
  /** A term's postings (documents ascending), or null when no document has it. */
  postings(term: string): TermPostings | null;
  /** The postings as bytes (see fromBytes). */
  toBytes(): Uint8Array;
}

interface Arrays {
  keys: Float64Array;
  /** offsets[t]..offsets[t+1] index term t's postings. */
  offsets: Uint32Array;
  docs: Uint32Array;
  frequencies: Uint8Array;
  /** Distinct bigrams per document (BM25's field length). */
  lengths: Uint32Array;
}

function grow<T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** grow() with the new room set to -1. */
function growFilled(array: Int32Array, size: number): Int32Array {
  const bigger = grow(array, size);
  if (bigger !== array) bigger.fill(-1, array.length);
  return bigger;
}

/**
 * Collects each document's bigrams (documents numbered 0, 1, 2… in the order added). Each
 * distinct bigram gets a number when first met (pair-numbers.ts), so a document's repeats are
 * found by a stamp per number, and finish() places postings by a counting sort over the numbers
 * in key order: no sort of every posting's key and no search per posting, which at 100× the
 * corpus (5 million postings) took a tenth of the build.
 */
export class BigramPostingsBuilder {
  private readonly numbers = new PairNumbers();
  private terms = new Uint32Array(1024);
  private docs = new Uint32Array(1024);
  private frequencies = new Uint8Array(1024);
  private count = 0;
  private lengths: number[] = [];
  /** Per pair number: the last document that had it, and where its posting there is. */
  private lastDoc: Int32Array = new Int32Array(1024).fill(-1);
  private lastAt = new Uint32Array(1024);

  /** Adds the next document's bigrams (repeats count as term frequency). */
  add(bigrams: readonly string[]): void {
    const doc = this.lengths.length;
    const start = this.count;
    // Postings of one document are at most its bigrams; room is made once.
    const size = this.count + bigrams.length;
    this.terms = grow(this.terms, size);
    this.docs = grow(this.docs, size);
    this.frequencies = grow(this.frequencies, size);
    for (const term of bigrams) {
      const key = bigramKey(term);
      if (key < 0) continue;
      const t = this.numbers.numberOf(key);
      if (t >= this.lastDoc.length) {
        this.lastDoc = growFilled(this.lastDoc, t + 1);
        this.lastAt = grow(this.lastAt, t + 1);
      }
      if (this.lastDoc[t] === doc) {
        const at = this.lastAt[t]!;
        if (this.frequencies[at]! < MAX_FREQUENCY) this.frequencies[at]!++;
        continue;
      }
      this.lastDoc[t] = doc;
      this.lastAt[t] = this.count;
      this.terms[this.count] = t;
      this.docs[this.count] = doc;
      this.frequencies[this.count] = 1;
      this.count++;
    }
    this.lengths.push(this.count - start);
  }

  finish(): BigramPostings {
    const pairKeys = this.numbers.keys();
    const terms = pairKeys.length;
    // rank[t]: pair t's place in key order.
    const byKey = Uint32Array.from({ length: terms }, (_, t) => t).sort((a, b) => pairKeys[a]! - pairKeys[b]!);
    const keys = new Float64Array(terms);
    const rank = new Uint32Array(terms);
    byKey.forEach((t, r) => {
      keys[r] = pairKeys[t]!;
      rank[t] = r;
    });
    const offsets = new Uint32Array(terms + 1);
    for (let i = 0; i < this.count; i++) offsets[rank[this.terms[i]!]! + 1]!++;
    for (let r = 0; r < terms; r++) offsets[r + 1]! += offsets[r]!;
    // Postings were added document by document, so a stable placement keeps each term's docs sorted.
    const next = offsets.slice(0, terms);
    const docs = new Uint32Array(this.count);
    const frequencies = new Uint8Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const at = next[rank[this.terms[i]!]!]!++;
      docs[at] = this.docs[i]!;
      frequencies[at] = this.frequencies[i]!;
    }
    return postingsOf({ keys, offsets, docs, frequencies, lengths: Uint32Array.from(this.lengths) });
  }
}

function postingsOf(arrays: Arrays): BigramPostings {
  const { keys, offsets, docs, frequencies, lengths } = arrays;
  const documentCount = lengths.length;
  let total = 0;
  for (const length of lengths) total += length;
  const averageLength = documentCount ? total / documentCount : 0;
  const termIndex = (term: string): number => {
    const key = bigramKey(term);
    return key < 0 ? -1 : indexInSorted(keys, key);
  };
  const frequency = (t: number): number => (t < 0 ? 0 : offsets[t + 1]! - offsets[t]!);
  return {
    documentCount,
    statistics: { documentCount, lengths, averageLength },
    postings(term) {
      const t = termIndex(term);
      return frequency(t) ? { docs, frequencies, from: offsets[t]!, to: offsets[t + 1]! } : null;
    },
    frequency: (term) => frequency(termIndex(term)),
    toBytes: () => toBytes(arrays),
  };
}

/** Header (magic, documents, terms, postings), then keys, offsets, docs, lengths, frequencies. */
function toBytes({ keys, offsets, docs, frequencies, lengths }: Arrays): Uint8Array {
  return concatTyped([Uint32Array.of(MAGIC, lengths.length, keys.length, docs.length), keys, offsets, docs, lengths, frequencies]);
}

/** Reads postings written by toBytes; throws on bytes that are not a whole, consistent set. */
export function bigramPostingsFromBytes(bytes: Uint8Array): BigramPostings {
  const size = ([, documents = 0, terms = 0, postings = 0]: number[]) => 16 + terms * 8 + (terms + 1) * 4 + postings * 5 + documents * 4;
  const read = typedReader(bytes, 'bigram postings', HEADER_WORDS, size);
  const [magic, documents = 0, terms = 0, postings = 0] = read.header;
  if (magic !== MAGIC) throw new Error('bigram postings are damaged');
  const keys = read.f64(terms);
  const offsets = read.u32(terms + 1);
  const docs = read.u32(postings);
  const lengths = read.u32(documents);
  const frequencies = read.u8(postings);
  checkPostings('bigram postings', offsets, docs, documents);
  return postingsOf({ keys, offsets, docs, frequencies, lengths });
}
