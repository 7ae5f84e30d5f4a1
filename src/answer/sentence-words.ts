import type { Services } from '../core/services.js';

// A sentence's distinct words, by passage number, kept per library: the signals that compare a
// question with its best candidates word by word (semantic-coverage.ts, sentence-meaning.ts) see
// the same sentences question after question, and segmenting them was half of their cost.

const segmented = new WeakMap<object, Map<number, readonly string[]>>();
/** Sentences whose words are kept (~1 KB each): every sentence of the real corpus, ~5 MB at most at 100× it. */
const SEGMENTED_KEPT = 5_000;

/** The distinct words of passage number `n`, whose folded text is `text`. */
export function sentenceWords(services: Services, n: number, text: string): readonly string[] {
  let kept = segmented.get(services.library);
  if (!kept) {
    kept = new Map();
    segmented.set(services.library, kept);
  }
  let words = kept.get(n);
  if (!words) {
    words = [...new Set(services.segment(text))];
    if (kept.size >= SEGMENTED_KEPT) kept.clear();
    kept.set(n, words);
  }
  return words;
}
