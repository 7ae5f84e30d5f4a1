import type { Passage } from '../core/types.js';
import type { Candidate } from './candidate.js';
import type { FeatureVector } from './feature-names.js';
import type { RankedPassage } from './ranked-passage.js';

// Ranked sentences that read their passage only when asked for it. /search ranks 150 sentences
// at 100× the corpus and shows ten; reading each one's passage (a pointer among 76,000, then the
// object) missed the CPU's caches after other commands, while its features and order need only
// its number and text. The page shown, and the notices reading the first results, ask for theirs.

/** A candidate (ranking-features.ts) known by its passage number. */
export class NumberedCandidate implements Candidate {
  weak?: boolean;

  constructor(
    private readonly passages: readonly Passage[],
    private readonly n: number,
    readonly features: FeatureVector,
    readonly terms: string[],
    readonly last?: true,
  ) {}

  get passage(): Passage {
    return this.passages[this.n]!;
  }
}

/** A listed result (ranked-search.ts) whose passage is its candidate's. */
export class ListedCandidate implements RankedPassage {
  constructor(
    private readonly candidate: Candidate,
    readonly score: number,
  ) {}

  get passage(): Passage {
    return this.candidate.passage;
  }

  get terms(): string[] {
    return this.candidate.terms;
  }
}
