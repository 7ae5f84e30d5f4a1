import type { Corpus, Passage } from '../core/types.js';

// Every passage numbered once, by its position in index order (the postings' document numbers),
// and one Map from id to number that the index and the library share: lookups by passage are
// arrays indexed by number rather than a Map each (at 100× the corpus, five Maps of ~76,000
// ids were a fifth of start-up, most of it garbage collection).

export interface PassageNumbers {
  /** Passages in index order, each id once (at its first position; a repeated id keeps its last passage). */
  passages: Passage[];
  /** A passage id's number, or -1 when no passage has that id. */
  numberOf(id: string): number;
}

/**
 * `distinct`: how many distinct ids the corpus has, when known (a saved index counts them). When
 * every passage's id is distinct, the numbers are the passages' positions and the Map from id is
 * built on first use: nothing at start-up then hashes 76,000 ids.
 */
export function numberPassages(corpus: Corpus, distinct?: number): PassageNumbers {
  const all = corpus.documents.flatMap((d) => d.passages);
  if (all.length === distinct) {
    let numbers: Map<string, number> | null = null;
    const numbered = () => {
      numbers = new Map();
      for (let i = 0; i < all.length; i++) numbers.set(all[i]!.id, i);
      return numbers;
    };
    return { passages: all, numberOf: (id) => (numbers ?? numbered()).get(id) ?? -1 };
  }
  const passages: Passage[] = [];
  const numbers = new Map<string, number>();
  for (const p of all) {
    const at = numbers.get(p.id);
    if (at === undefined) numbers.set(p.id, passages.push(p) - 1);
    else passages[at] = p;
  }
  return { passages, numberOf: (id) => numbers.get(id) ?? -1 };
}
