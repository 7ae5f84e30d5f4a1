import type { RankMode } from './ranked-search.js';
import type { FeatureVector } from './ranking-features.js';

// Weights of the linear ranking score (ranking-features.ts). Not set by hand: fitted by
// coordinate ascent on MRR@10 (scripts/fit-ranking.ts) over the open evaluation sets.

export const RANKING_WEIGHTS: Record<RankMode, FeatureVector> = {
  ask: {
    words: 1,
    bigrams: 0,
    unit: 1,
    focus: 1.25,
    intent: 0.8,
    phrase: 0.3,
    date: 0.8,
    country: 0.4,
    document: 0,
    lead: -0.2,
    endnote: -0.8,
  },
  search: {
    words: 1,
    bigrams: 0.5,
    unit: 0.2,
    focus: 0,
    intent: 0,
    phrase: 2,
    date: 0.5,
    country: 0.2,
    document: 0.3,
    lead: 0,
    endnote: 0,
  },
};
