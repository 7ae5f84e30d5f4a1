import type { Passage } from '../../src/core/types.js';

/** A bare passage `docId:n` (its n-th sentence, text 句n), in no entry, section or place. */
export function plainPassage(docId: string, n: number): Passage {
  return { id: `${docId}:${n}`, docId, ordinal: n, text: `句${n}`, date: null, entry: null, section: null, places: [], countries: [] };
}
