// The best few documents of a query (top-sentences.ts) as they are scored, kept in a bounded heap:
// at 100× the corpus a keyword search scores a thousand sentences or more to keep 150, and a few
// hundred of them tie at the 150th score. Keeping every one above a floor and sorting them (with a
// comparator called per comparison) after a quickselect of the floor was most of choosing them;
// the heap rejects a document worse than its worst in one comparison, and its worst score is the
// floor the pruning asks for as soon as it is full.

export class ScoredDocuments {
  private readonly enough: number;
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  /** Keeps the `enough` best documents offered (at least one). */
  constructor(enough: number) {
    this.enough = Math.max(1, enough);
    this.docs = new Int32Array(this.enough);
    this.scores = new Float64Array(this.enough);
  }

  /** The score a document must reach to be kept: the worst kept one's once `enough` are, else -Infinity. */
  floor(): number {
    return this.size === this.enough ? this.scores[0]! : Number.NEGATIVE_INFINITY;
  }

  /** Offers a document (each at most once): kept while among the best, higher score first, ties by lower number. */
  add(doc: number, score: number): void {
    const { docs, scores } = this;
    if (this.size < this.enough) {
      // Sift up from the end: the root is the worst kept.
      let at = this.size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(score, doc, scores[parent]!, docs[parent]!)) break;
        docs[at] = docs[parent]!;
        scores[at] = scores[parent]!;
        at = parent;
      }
      docs[at] = doc;
      scores[at] = score;
      return;
    }
    if (!worse(scores[0]!, docs[0]!, score, doc)) return;
    this.siftDown(doc, score, this.size);
  }

  /** The documents kept, best first (the heap is emptied). */
  best(): number[] {
    const out = new Array<number>(this.size);
    while (this.size > 0) {
      const last = --this.size;
      out[last] = this.docs[0]!;
      if (last > 0) this.siftDown(this.docs[last]!, this.scores[last]!, last);
    }
    return out;
  }

  /** Puts (doc, score) at the root of the first `size` entries and moves it down to its place. */
  private siftDown(doc: number, score: number, size: number): void {
    const { docs, scores } = this;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && worse(scores[child + 1]!, docs[child + 1]!, scores[child]!, docs[child]!)) child++;
      if (!worse(scores[child]!, docs[child]!, score, doc)) break;
      docs[at] = docs[child]!;
      scores[at] = scores[child]!;
      at = child;
    }
    docs[at] = doc;
    scores[at] = score;
  }
}

/** Whether document a ranks below document b: a lower score, or the same and a higher number. */
function worse(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && docA > docB);
}
