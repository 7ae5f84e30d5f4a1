import type { Library } from '../core/library.js';
import type { SentenceMatches } from '../index/passage-index.js';

// Retrieval units' scores for one query: each unit (units.ts) scores the sum of its sentences'
// BM25, words counted twice a bigram as in the sentence score. A long question at 100× the corpus
// matches tens of thousands of sentences, each in up to three units; a Map keyed by unit id
// strings made this a tenth of /ask's time. Units are numbered the first time a matched sentence
// names them, and sums live in a typed array reused by the next query.

/** Units whose sentences all become /ask candidates: the best few, within this share of the best. */
const BEST_UNITS = 12;

export class UnitScores {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  /** Units containing each passage (by index number), numbered; filled as passages first match. */
  private readonly unitsOfPassage: (Int32Array | undefined)[] = [];
  private scores = new Float64Array(1024);
  private touched: number[] = [];

  constructor(private readonly library: Library) {}

  private unitsContaining(matches: SentenceMatches, row: number): Int32Array {
    const doc = matches.docs[row]!;
    let units = this.unitsOfPassage[doc];
    if (units) return units;
    units = Int32Array.from(this.library.unitsContaining(matches.id(row)), (unit) => {
      let n = this.numbers.get(unit);
      if (n === undefined) {
        n = this.ids.push(unit) - 1;
        this.numbers.set(unit, n);
      }
      return n;
    });
    if (this.ids.length > this.scores.length) {
      const bigger = new Float64Array(Math.max(this.ids.length, this.scores.length * 2));
      bigger.set(this.scores);
      this.scores = bigger;
    }
    this.unitsOfPassage[doc] = units;
    return units;
  }

  /** Sums every matched sentence's score into its units (the previous query's sums are cleared). */
  sum(matches: SentenceMatches): void {
    for (const unit of this.touched) this.scores[unit] = 0;
    this.touched = [];
    const { words, bigrams, count } = matches;
    for (let row = 0; row < count; row++) {
      const score = 2 * words[row]! + bigrams[row]!;
      const units = this.unitsContaining(matches, row);
      const scores = this.scores;
      for (let i = 0; i < units.length; i++) {
        const unit = units[i]!;
        if (scores[unit] === 0) this.touched.push(unit);
        scores[unit] = scores[unit]! + score;
      }
    }
  }

  /** A unit's score in the last sum (0 when none of its sentences matched). */
  score(unitId: string): number {
    const n = this.numbers.get(unitId);
    return n === undefined ? 0 : (this.scores[n] ?? 0);
  }

  /** The best units of the last sum, best first: at most BEST_UNITS, each at least `minShare` of the best. */
  best(minShare: number): string[] {
    const top: number[] = [];
    for (const unit of this.touched) {
      const score = this.scores[unit]!;
      if (top.length === BEST_UNITS && score <= this.scores[top[top.length - 1]!]!) continue;
      let at = top.length;
      while (at > 0 && this.scores[top[at - 1]!]! < score) at--;
      top.splice(at, 0, unit);
      if (top.length > BEST_UNITS) top.pop();
    }
    const floor = (top.length ? this.scores[top[0]!]! : 0) * minShare;
    return top.filter((unit) => this.scores[unit]! >= floor).map((unit) => this.ids[unit]!);
  }
}

const byLibrary = new WeakMap<Library, UnitScores>();

/** The unit sums of a library (one per library: its numbering is reused from query to query). */
export function unitScoresFor(library: Library): UnitScores {
  let scores = byLibrary.get(library);
  if (!scores) {
    scores = new UnitScores(library);
    byLibrary.set(library, scores);
  }
  return scores;
}
