// Documents that may be among a query's best (top-sentences.ts), kept as columns: an object with
// a nested sums object per document was most of the garbage of a /search at 100× the corpus,
// where a few hundred documents tie at the floor score.

export class ScoredDocuments {
  readonly docs: number[] = [];
  readonly scores: number[] = [];
  readonly words: number[] = [];
  readonly bigrams: number[] = [];

  add(doc: number, score: number, words: number, bigrams: number): void {
    this.docs.push(doc);
    this.scores.push(score);
    this.words.push(words);
    this.bigrams.push(bigrams);
  }

  /** Positions of the `enough` best documents: highest score first, ties by lower number (documents are distinct). */
  best(enough: number): number[] {
    const { docs, scores } = this;
    const order = Array.from(docs, (_, i) => i);
    order.sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!);
    return order.slice(0, enough);
  }
}
