import type { PassageNumbers } from '../index/passage-numbers.js';
import type { Corpus } from './types.js';

// Each passage's entry as a number in one typed array, and each entry's passages by number. A
// /search candidate's units were found through its Entry objects, their ids and a Map by id:
// at 100× the candidates are scattered over the corpus, so each of those reads missed the CPU's
// caches after other commands. Here a passage's entry is one read, its members one array.

/** keyAt: the passage appears in no entry. */
export const NO_ENTRY = -1;
/** keyAt: the passage appears in several entries (or twice in one): answered from the entries themselves. */
export const SEVERAL_ENTRIES = -2;

export interface EntryTable {
  /** Per passage number: its entry's key (the entry id's place among distinct ids, corpus order), NO_ENTRY or SEVERAL_ENTRIES. */
  keyAt: Int32Array;
  /** Per entry key: the passages of the last entry with that id, by number (-1 for an id no passage has). */
  members: Int32Array[];
  /** Entry id → key. */
  keys: ReadonlyMap<string, number>;
}

/** The table of the corpus's entries (ids keyed in the order of their first entry). */
export function entryTable(corpus: Corpus, numbers: PassageNumbers): EntryTable {
  const keys = new Map<string, number>();
  const members: Int32Array[] = [];
  const keyAt = new Int32Array(numbers.passages.length).fill(NO_ENTRY);
  for (const doc of corpus.documents)
    for (const entry of doc.entries) {
      let key = keys.get(entry.id);
      if (key === undefined) {
        key = keys.size;
        keys.set(entry.id, key);
      }
      const numbered = Int32Array.from(entry.passageIds, numbers.numberOf);
      members[key] = numbered;
      // One place per appearance, as the entries of a passage are listed.
      for (const n of numbered) if (n >= 0) keyAt[n] = keyAt[n] === NO_ENTRY ? key : SEVERAL_ENTRIES;
    }
  return { keyAt, members, keys };
}
