import type MiniSearch from 'minisearch';
import type { FieldStatistics } from './term-accumulator.js';
import { type SavedWords, wordPostingsToSaved } from './word-postings.js';

// A freshly built word index as the saved file keeps it (word-postings.ts), read straight from
// MiniSearch's term tree. Through MiniSearch's JSON (minisearch-terms.ts) every term became a plain
// object whose postings were then read back out of it: 3 s of writing the index at 100× the
// corpus. Terms come in the tree's order, the order of that JSON, so the file is the same.
// Like minisearch-terms.ts this reads MiniSearch's private term index.

/** The one field's id in MiniSearch's fieldIds. */
const FIELD = 0;
/** Term frequencies are saved in 16 bits. */
const MAX_FREQUENCY = 0xffff;

type Frequencies = Iterable<[number, number]> & { size: number };

interface Internals {
  _index: Iterable<[string, Map<number, Frequencies>]>;
}

/**
 * The saved form of a one-field MiniSearch whose documents are numbered in index order, or null
 * when the saved form cannot hold it (a term repeated more than 65,535 times in one passage).
 */
export function savedWordsOf(miniSearch: MiniSearch<never>, statistics: FieldStatistics): SavedWords | null {
  const tree = (miniSearch as unknown as Partial<Internals>)._index;
  if (typeof tree?.[Symbol.iterator] !== 'function')
    throw new Error('MiniSearch has no term index where expected (was the package upgraded?)');
  let postings = 0;
  for (const [, fields] of tree) postings += fields.get(FIELD)?.size ?? 0;
  const terms: string[] = [];
  const offsets: number[] = [0];
  const docs = new Uint32Array(postings);
  const frequencies = new Uint16Array(postings);
  let at = 0;
  for (const [term, fields] of tree) {
    for (const [doc, frequency] of fields.get(FIELD) ?? []) {
      if (frequency > MAX_FREQUENCY) return null;
      docs[at] = doc;
      frequencies[at++] = frequency;
    }
    terms.push(term);
    offsets.push(at);
  }
  return wordPostingsToSaved({
    terms,
    averageLength: statistics.averageLength,
    offsets: Uint32Array.from(offsets),
    docs,
    frequencies,
    lengths: Uint32Array.from(statistics.lengths),
  });
}
