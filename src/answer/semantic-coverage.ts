import { rowCosine, type WordVectors } from '../text/word-vectors.js';

// How much of a question a sentence says in other words: the share of the question's words
// (weighted by their information, term-information.ts) that the sentence does not write but
// has a near word for, counted at that word's cosine in the word vectors (text/word-vectors.ts):
// 捐赠 asked and 捐献 written count 0.9 of 捐赠's weight. A word the sentence writes as asked
// counts 0 here, since the lexical signals (words, characters) already weigh it.

/**
 * Cosine from which a word is near another. Fitted with the weight (scripts/fit-ranking.ts, τ on
 * 0.4 … 0.7 over dev … blind-v19): 0.4 and 0.5 led, 0.5 by a hair in-sample; below it
 * neighbours are merely related (武汉 ~ 长沙 0.77 is already a sibling, not a synonym).
 */
export const NEAR = 0.5;

export interface SentenceWords {
  /** The sentence's text (folded as the question's words are). */
  text: string;
  /** Its words (the segmenter's precise cut). */
  words: readonly string[];
}

/** For each sentence, the share of the question's information it holds only in near words, in [0, 1]. */
export function semanticShares(
  vectors: WordVectors,
  question: readonly string[],
  information: (word: string) => number,
  sentences: readonly SentenceWords[],
): number[] {
  const asked = question.map((word) => ({ word, weight: information(word), row: vectors.vector(word) }));
  const compared = asked.filter((q) => q.row !== null);
  const total = asked.reduce((sum, q) => sum + q.weight, 0);
  if (total <= 0 || !compared.length) return sentences.map(() => 0);
  // Each word's row and its cosines to the asked words, computed when first needed (sentences
  // share words) and only for the asked words a sentence does not write: those count 0 here.
  const known = new Map<string, { row: Int8Array; cosines: Float64Array } | null>();
  const entryOf = (word: string) => {
    let entry = known.get(word);
    if (entry === undefined) {
      const row = vectors.vector(word);
      entry = row && { row, cosines: new Float64Array(compared.length).fill(Number.NaN) };
      known.set(word, entry);
    }
    return entry;
  };
  return sentences.map(({ text, words }) => {
    const missing = compared.flatMap((q, k) => (text.includes(q.word) ? [] : [k]));
    if (!missing.length) return 0;
    const nearest = new Float64Array(compared.length);
    for (const word of words) {
      // A one-character word (的, 了, 国) is near nothing a question asks in two or more.
      const entry = word.length >= 2 ? entryOf(word) : null;
      if (!entry) continue;
      for (const k of missing) {
        let cosine = entry.cosines[k]!;
        if (Number.isNaN(cosine)) {
          cosine = rowCosine(compared[k]!.row!, entry.row);
          entry.cosines[k] = cosine;
        }
        if (cosine > nearest[k]!) nearest[k] = cosine;
      }
    }
    let held = 0;
    for (const k of missing) if (nearest[k]! >= NEAR) held += compared[k]!.weight * nearest[k]!;
    return held / total;
  });
}
