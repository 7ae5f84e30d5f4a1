import { analyzeQuery } from '../../src/answer/query-analysis.js';
import { rankingCandidates } from '../../src/answer/ranked-search.js';
import { RANKING_WEIGHTS } from '../../src/answer/ranking-weights.js';
import type { Services } from '../../src/core/services.js';

/**
 * An /ask question's real candidates holding `texts`, in that order, each at `score`, with their
 * passage numbers: the input of a step that reorders a ranking's head (reranker.ts and after it).
 */
export function tiedCandidates(services: Services, question: string, texts: readonly string[], score: number) {
  const analysis = analyzeQuery(services, question, { rankedAs: 'ask' });
  const candidates = rankingCandidates(services, analysis, 'ask', RANKING_WEIGHTS.ask);
  const ranked = texts.map((text) => {
    const candidate = candidates.find((c) => c.passage.text.includes(text));
    if (!candidate) throw new Error(`no candidate holds ${text}`);
    return { candidate, score, n: services.index.numbers.numberOf(candidate.passage.id) };
  });
  return { analysis, ranked };
}
