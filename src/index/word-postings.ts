import type { AsPlainObject } from 'minisearch';
import { checkPostings, concatTyped, typedReader } from './typed-bytes.js';

// The word index as saved: MiniSearch's own JSON (AsPlainObject) keeps every posting as an object
// key, so reading it back meant parsing millions of keys and loadJS turning each object into a
// Map (at 100× the corpus: 2 M postings, most of start-up's time and ~90 MB of Maps). Saved here
// instead as a term list and typed arrays (offsets, documents, frequencies, field lengths) that
// are read back as they are; minisearch-restore.ts puts a MiniSearch on top of them.
// Document numbers are MiniSearch's short ids, which are the passages' positions in index order
// (documents are added once each, in that order, and never removed): ids are not saved.

const MAGIC = 0x57505331; // "WPS1"
const HEADER_WORDS = 4;

/** Word postings: term t's documents are docs[offsets[t]..offsets[t+1]], ascending. */
export interface WordPostings {
  terms: string[];
  /** Mean of `lengths` as MiniSearch computed it (kept exactly, it enters every score). */
  averageLength: number;
  offsets: Uint32Array;
  docs: Uint32Array;
  frequencies: Uint16Array;
  /** Words per document (MiniSearch's field length). */
  lengths: Uint32Array;
}

/** What a saved file holds: the small JSON part and the bytes. */
export interface SavedWords {
  terms: string[];
  averageLength: number;
  bytes: Uint8Array;
}

export function isSavedWords(value: unknown): value is SavedWords {
  const v = value as Partial<SavedWords> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.terms) && v.bytes instanceof Uint8Array;
}

type FieldData = Record<string, Record<string, number>>;

function grown<T extends Uint32Array | Uint16Array>(array: T, bigger: T): T {
  bigger.set(array);
  return bigger;
}

/**
 * MiniSearch's JSON of a one-field index whose documents were added in `ids` order, as postings.
 * Throws when it is not such an index (then nothing is saved and the next start rebuilds).
 */
export function wordPostingsFromMiniSearch(js: AsPlainObject, ids: readonly string[]): WordPostings {
  const fields = Object.values(js.fieldIds);
  const documentIds = js.documentIds as Record<string, unknown>;
  const fieldLength = js.fieldLength as Record<string, number[]>;
  if (fields.length !== 1 || fields[0] !== 0 || js.documentCount !== ids.length || js.nextId !== ids.length)
    throw new Error('word index is not a one-field index of every passage');
  const lengths = new Uint32Array(ids.length);
  for (let doc = 0; doc < ids.length; doc++) {
    if (documentIds[doc] !== ids[doc]) throw new Error('word index documents are not in passage order');
    lengths[doc] = fieldLength[doc]?.[0] ?? 0;
  }
  // One pass over the terms: MiniSearch's own array, or any iterable of them (a writer that
  // serialises terms one at a time need not hold them all).
  const index = js.index as unknown as Iterable<[string, FieldData]>;
  const terms: string[] = [];
  const ends: number[] = [0];
  let docs = new Uint32Array(1024);
  let frequencies = new Uint16Array(1024);
  let at = 0;
  for (const [term, data] of index) {
    // Integer keys enumerate in ascending order, the order MiniSearch added (and iterates) them.
    for (const [doc, frequency] of Object.entries(data[0] ?? {})) {
      if (frequency > 0xffff) throw new Error('a word occurs too often in one passage to be saved');
      if (at === docs.length) {
        docs = grown(docs, new Uint32Array(at * 2));
        frequencies = grown(frequencies, new Uint16Array(at * 2));
      }
      docs[at] = Number(doc);
      frequencies[at++] = frequency;
    }
    terms.push(term);
    ends.push(at);
  }
  const offsets = Uint32Array.from(ends);
  return {
    terms,
    averageLength: js.averageFieldLength[0] ?? 0,
    offsets,
    docs: docs.slice(0, at),
    frequencies: frequencies.slice(0, at),
    lengths,
  };
}

/** Header (magic, documents, terms, postings), then offsets, docs, lengths, frequencies. */
export function wordPostingsToSaved(postings: WordPostings): SavedWords {
  const { offsets, docs, lengths, frequencies } = postings;
  const header = Uint32Array.of(MAGIC, lengths.length, offsets.length - 1, docs.length);
  return {
    terms: postings.terms,
    averageLength: postings.averageLength,
    bytes: concatTyped([header, offsets, docs, lengths, frequencies]),
  };
}

/** Reads what wordPostingsToSaved wrote; throws on bytes that are not a whole, consistent set. */
export function wordPostingsFromSaved(saved: SavedWords): WordPostings {
  const size = ([, documents = 0, terms = 0, postings = 0]: number[]) => 16 + (terms + 1) * 4 + postings * 6 + documents * 4;
  const read = typedReader(saved.bytes, 'word postings', HEADER_WORDS, size);
  const [magic, documents = 0, terms = 0, postings = 0] = read.header;
  if (magic !== MAGIC || terms !== saved.terms.length) throw new Error('word postings are damaged');
  const offsets = read.u32(terms + 1);
  const docs = read.u32(postings);
  const lengths = read.u32(documents);
  const frequencies = read.u16(postings);
  checkPostings('word postings', offsets, docs, documents);
  return { terms: saved.terms, averageLength: saved.averageLength, offsets, docs, frequencies, lengths };
}
