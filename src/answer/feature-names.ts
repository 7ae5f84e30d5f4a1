// The signals ranking weighs (ranking-features.ts), by name: a file of their own so that the
// rows holding candidates' features (feature-rows.ts) can be laid out by them without an import cycle.

export const FEATURES = [
  /** BM25 of the sentence's own jieba words. */
  'words',
  /** BM25 of the sentence's own character bigrams. */
  'bigrams',
  /** Score of the best retrieval unit (entry, or sentence window) the sentence belongs to: the sum of its sentences' BM25. */
  'unit',
  /** BM25 of the sentence for the asked part's words alone. */
  'focusWords',
  /** The sentence is of the kind the question asks for: speech, a figure, a date (question-intent.ts). */
  'intent',
  /** The question's whole text, or its share of phrases, found verbatim in the sentence. */
  'phrase',
  /** The sentence stands under a day the question names. */
  'date',
  /** The sentence (1) or its entry (0.5) mentions a country the question names. */
  'country',
  /** The question names the sentence's document ("白皮书里…"). */
  'document',
  /** The sentence opens a chronicle entry of several sentences: it announces the event. */
  'lead',
  /** An endnote: it cites sources and answers nothing, unless the question asks for a source. */
  'endnote',
  /** Share of the question's characters (IDF-weighted) the sentence contains: paraphrases share characters, not words. */
  'characters',
  /** The sentence stands in a part the question names by position ("前言里…", section-reference.ts). */
  'section',
  /** The sentence follows one the question quotes, and the question asks what comes next (continuation.ts). */
  'follows',
  /**
   * Another sentence of the entry that holds the sentence matching the question's words best: that
   * one names the event (习近平同…通电话), its siblings say what was said or done in it.
   */
  'sibling',
  /** Shortness, BRIEF / (BRIEF + characters): a long sentence shares some words with many questions, a short one holds one point. */
  'brevity',
  /**
   * Share of the question the sentence says in other words: near words in the word vectors
   * (semantic-coverage.ts). Set for the best few candidates only (ranked-search.ts), else 0.
   */
  'semantic',
] as const;

export type Feature = (typeof FEATURES)[number];
export type FeatureVector = Record<Feature, number>;
