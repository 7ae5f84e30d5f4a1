import type { Passage } from '../core/types.js';

/** A sentence ranked for a query (ranked-search.ts), with its score and the query's phrases it writes. */
export interface RankedPassage {
  passage: Passage;
  score: number;
  /** Query phrases (folded Simplified) found verbatim in the passage, highlighted with the query words. */
  terms: string[];
}
