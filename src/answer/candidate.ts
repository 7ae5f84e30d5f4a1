import type { Passage } from '../core/types.js';
import type { FeatureVector } from './feature-names.js';

/** A sentence ranking weighs (ranked-search.ts): its features (ranking-features.ts) and the query terms it holds. */
export interface Candidate {
  passage: Passage;
  features: FeatureVector;
  /** Query terms the sentence itself contains. */
  terms: string[];
  /** Admitted only because /ask also ranks sentences holding little of the question (ranked-search.ts). */
  weak?: boolean;
  /** Admitted for its nearness in meaning to the question (meaning-candidates.ts), not for words it shares. */
  meant?: true;
  /** Says nothing itself, listed after every sentence that may answer (ranked-search.ts): a bare label, a contents line, a page header. */
  last?: true;
}
