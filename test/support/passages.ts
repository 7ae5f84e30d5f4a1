import type { Entry, Passage } from '../../src/core/types.js';

/** A bare passage `docId:n` (its n-th sentence, text 句n), in no entry, section or place. */
export function plainPassage(docId: string, n: number): Passage {
  return { id: `${docId}:${n}`, docId, ordinal: n, text: `句${n}`, date: null, entry: null, section: null, places: [], countries: [] };
}

/** A bare entry `a:eN` of document a, numbered n, listing `members` (ids) in that order. */
export function plainEntry(n: number, members: string[]): Entry {
  return { id: `a:e${n}`, docId: 'a', ordinal: n, dates: [null], ordinals: [n], passageIds: members, text: '' };
}
