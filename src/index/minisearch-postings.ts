import type MiniSearch from 'minisearch';
import { PostingView } from './minisearch-restore.js';
import type { FieldStatistics } from './term-accumulator.js';

// A term's postings read out of MiniSearch's own index, so that a query can sum them in typed
// arrays (term-accumulator.ts) rather than through search(), which builds a Map entry and a
// result object per matching passage. MiniSearch stays the index: it is built, saved and
// restored as before. Like minisearch-restore.ts this reads MiniSearch internals (its radix tree
// and field statistics); a missing field throws at start, which rebuilds, and a test compares
// the sums with search()'s scores.

/** The one field the word index has (its id in MiniSearch's fieldIds). */
const FIELD = 0;

export interface TermPostings {
  docs: ArrayLike<number>;
  frequencies: ArrayLike<number>;
  from: number;
  to: number;
}

interface Internals {
  _index: { get(term: string): Map<number, unknown> | undefined };
  _documentCount: number;
  _avgFieldLength: number[];
  /** A Map, or its read-only view in a restored index (minisearch-document-views.ts). */
  _fieldLength: Iterable<[number, number[]]>;
}

export interface MiniSearchPostings {
  statistics: FieldStatistics;
  postings(term: string): TermPostings | null;
}

/** `lengths`: the documents' field lengths when the caller has them (restored postings), else read from MiniSearch. */
export function miniSearchPostings(miniSearch: MiniSearch<never>, lengths?: Uint32Array): MiniSearchPostings {
  const inner = miniSearch as unknown as Partial<Internals>;
  const readable = lengths !== undefined || typeof inner._fieldLength?.[Symbol.iterator] === 'function';
  if (typeof inner._index?.get !== 'function' || !readable || !Array.isArray(inner._avgFieldLength))
    throw new Error('this MiniSearch version cannot be scored from its postings');
  const { _index: index, _fieldLength: fieldLength } = inner as Internals;
  const documentCount = (inner as Internals)._documentCount;
  const fieldLengths = lengths ?? new Uint32Array(documentCount);
  if (!lengths) for (const [doc, perField] of fieldLength) if (doc < documentCount) fieldLengths[doc] = perField[FIELD] ?? 0;
  return {
    statistics: { documentCount, lengths: fieldLengths, averageLength: (inner as Internals)._avgFieldLength[FIELD] ?? 0 },
    postings(term) {
      const data = index.get(term)?.get(FIELD);
      if (data instanceof PostingView) return { docs: data.docs, frequencies: data.frequencies, from: data.start, to: data.end };
      if (!(data instanceof Map) || data.size === 0) return null;
      // A freshly built index: MiniSearch's Map of document → frequency, in the order it was filled.
      const map = data as Map<number, number>;
      return { docs: Uint32Array.from(map.keys()), frequencies: Uint16Array.from(map.values()), from: 0, to: map.size };
    },
  };
}
