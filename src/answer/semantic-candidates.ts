import type { Services } from '../core/services.js';
import type { Candidate } from './candidate.js';
import type { FeatureVector } from './feature-names.js';
import type { QueryAnalysis } from './query-analysis.js';
import { linearScore } from './ranking-features.js';
import { isLong } from './search-keywords.js';
import { semanticShares } from './semantic-coverage.js';
import { sentenceWords } from './sentence-words.js';
import { termInformation } from './term-information.js';

// /ask's near-words signal (semantic-coverage.ts) for its best candidates only (ranked-search.ts).

/**
 * Candidates (best by the other signals) whose near words are weighed (semantic-coverage.ts):
 * segmenting and comparing every candidate cost ~20 ms a question (first version), the ten best
 * well under 1 ms; the best 10 and the best 20 scored alike on the 1,529 cases the weight was
 * fitted on (the signal reorders the first page; it does not lift a sentence from far down).
 */
const SEMANTIC_CANDIDATES = 10;

/**
 * Sets `semantic` on the best candidates by `weights` (the feature itself still 0, so it does not
 * choose them) and on those `also` names (passage numbers): the near-word route's (near-word-route.ts),
 * which hold the question in near words and so rank by it.
 */
export function addSemantic(
  services: Services,
  analysis: QueryAnalysis,
  found: Candidate[],
  numbers: readonly number[],
  weights: FeatureVector,
  also: ReadonlySet<number> = new Set(),
): void {
  const vectors = services.wordVectors();
  const asked = [...new Set(analysis.words)].filter(isLong);
  if (!vectors || !asked.length) return;
  const best = found
    .map((candidate, i) => ({ i, score: linearScore(candidate.features, weights) }))
    .sort((a, b) => b.score - a.score)
    .filter((c, rank) => rank < SEMANTIC_CANDIDATES || also.has(numbers[c.i]!));
  const sentences = best.map(({ i }) => {
    const text = services.library.matchTextAt(numbers[i]!);
    return { text, words: sentenceWords(services, numbers[i]!, text) };
  });
  const shares = semanticShares(vectors, asked, termInformation(services.index), sentences);
  best.forEach(({ i }, k) => {
    found[i]!.features.semantic = shares[k]!;
  });
}
