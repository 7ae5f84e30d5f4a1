import { kthLargest } from './kth-largest.js';

// Documents that may be among a query's best (top-sentences.ts), kept as columns: an object per
// document was most of the garbage of a /search at 100× the corpus, where a few hundred
// documents tie at the floor score, and a few thousand compete when no floor is known.

export class ScoredDocuments {
  readonly docs: number[] = [];
  readonly scores: number[] = [];

  add(doc: number, score: number): void {
    this.docs.push(doc);
    this.scores.push(score);
  }

  /** The `enough` best documents: highest score first, ties by lower number (documents are distinct). */
  best(enough: number): number[] {
    const { docs, scores } = this;
    // Only those reaching the k-th best score are sorted.
    const threshold = docs.length > enough ? kthLargest(scores, enough) : Number.NEGATIVE_INFINITY;
    const order = reaching(scores, threshold);
    order.sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!);
    return order.slice(0, enough).map((i) => docs[i]!);
  }
}

/**
 * Positions of the scores reaching `threshold`. A function of its own, with nothing after its
 * loop: a loop is compiled while it runs (on-stack replacement) before the code after it has
 * run, and code left without feedback that way was thrown away at the end of every query.
 */
function reaching(scores: readonly number[], threshold: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! >= threshold) order.push(i);
  return order;
}
