import type { WordVectors } from '../text/word-vectors.js';

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
  const asked = question.map((word) => ({ word, weight: information(word), row: vectors.rowOf(word) }));
  const compared = asked.filter((q) => q.row >= 0);
  const total = asked.reduce((sum, q) => sum + q.weight, 0);
  if (total <= 0 || !compared.length) return sentences.map(() => 0);
  const width = compared.length;
  // Each sentence word's cosines to the asked words, computed when first needed (sentences share
  // words) and only for the asked words a sentence does not write: those count 0 here. One flat
  // array (NaN: not computed yet), not an object per word: /ask makes little garbage per question.
  const slotOf = new Map<string, number>();
  const rowOfSlot: number[] = [];
  let cosines = new Float64Array(256 * width);
  const slotFor = (word: string): number => {
    let slot = slotOf.get(word);
    if (slot === undefined) {
      const row = vectors.rowOf(word);
      slot = row < 0 ? -1 : rowOfSlot.push(row) - 1;
      slotOf.set(word, slot);
      if (slot >= 0 && (slot + 1) * width > cosines.length) {
        const grown = new Float64Array(cosines.length * 2);
        grown.set(cosines);
        grown.fill(Number.NaN, cosines.length);
        cosines = grown;
      }
    }
    return slot;
  };
  cosines.fill(Number.NaN);
  const nearest = new Float64Array(width);
  return sentences.map(({ text, words }) => {
    const missing = compared.flatMap((q, k) => (text.includes(q.word) ? [] : [k]));
    if (!missing.length) return 0;
    nearest.fill(0);
    for (const word of words) {
      // A one-character word (的, 了, 国) is near nothing a question asks in two or more.
      const slot = word.length >= 2 ? slotFor(word) : -1;
      if (slot < 0) continue;
      for (const k of missing) {
        const at = slot * width + k;
        let cosine = cosines[at]!;
        if (Number.isNaN(cosine)) {
          cosine = vectors.cosine(compared[k]!.row, rowOfSlot[slot]!);
          cosines[at] = cosine;
        }
        if (cosine > nearest[k]!) nearest[k] = cosine;
      }
    }
    let held = 0;
    for (const k of missing) if (nearest[k]! >= NEAR) held += compared[k]!.weight * nearest[k]!;
    return held / total;
  });
}
