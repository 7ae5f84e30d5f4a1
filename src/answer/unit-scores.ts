import type { Library } from '../core/library.js';
import type { SentenceMatches, SentenceScores } from '../index/sentence-matches.js';
import { NO_UNIT, READ_THROUGH_LIBRARY, RECORD, type UnitSpans } from './unit-spans.js';

// Retrieval units' scores for one query: each unit (units.ts) scores the sum of its sentences'
// BM25, words counted twice a bigram as in the sentence score. A long question at 100× the corpus
// matches tens of thousands of sentences, each in up to three units; a Map keyed by unit id
// strings made this a tenth of /ask's time. Units are numbered the first time a matched sentence
// names them, and sums live in a typed array reused by the next query, as does the list of units
// a sum touched: a plain array grown by push for tens of thousands of units was 40% of what a
// /ask allocated (600 KB), garbage that evicted /search's data from the CPU's caches.

/** Units whose sentences all become /ask candidates: the best few, within this share of the best. */
const BEST_UNITS = 12;

/** Units of a passage kept inline: a window sentence is in three, an entry's sentence in one or two. */
const INLINE = 3;
const UNKNOWN = 0;
const KNOWN = 1;
/** In more units than fit inline (a sentence in several entries): kept in a map. */
const MANY = 2;

export class UnitScores {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  /**
   * Units containing each passage (by index number), numbered once the passage first matches:
   * INLINE slots a passage (-1 when unused), so the cache stays a few bytes a passage however
   * large the corpus.
   */
  private slots = new Int32Array(0);
  private state = new Uint8Array(0);
  private readonly many = new Map<number, Int32Array>();
  private scores = new Float64Array(1024);
  /** The units the last sum touched, in the order first touched: `touched[0 … touchedCount)`. */
  private touched = new Int32Array(64);
  private touchedCount = 0;

  constructor(private readonly library: Library) {}

  private number(unit: string): number {
    let n = this.numbers.get(unit);
    if (n === undefined) {
      n = this.ids.push(unit) - 1;
      this.numbers.set(unit, n);
    }
    return n;
  }

  /** Numbers the units containing passage `doc` and keeps them. */
  private learn(doc: number, id: string): void {
    if (doc >= this.state.length) {
      const size = Math.max(doc + 1, this.state.length * 2, 1024);
      const state = new Uint8Array(size);
      state.set(this.state);
      const slots = new Int32Array(size * INLINE).fill(-1);
      slots.set(this.slots);
      this.state = state;
      this.slots = slots;
    }
    const units = Int32Array.from(this.library.unitsContaining(id), (unit) => this.number(unit));
    if (units.length > INLINE) {
      this.many.set(doc, units);
      this.state[doc] = MANY;
    } else {
      this.slots.set(units, doc * INLINE);
      this.state[doc] = KNOWN;
    }
    if (this.ids.length > this.scores.length) {
      const bigger = new Float64Array(Math.max(this.ids.length, this.scores.length * 2));
      bigger.set(this.scores);
      this.scores = bigger;
    }
  }

  private add(unit: number, score: number): void {
    if (this.scores[unit] === 0) {
      if (this.touchedCount === this.touched.length) {
        const bigger = new Int32Array(this.touched.length * 2);
        bigger.set(this.touched);
        this.touched = bigger;
      }
      this.touched[this.touchedCount++] = unit;
    }
    this.scores[unit] = this.scores[unit]! + score;
  }

  /** Sums every matched sentence's score into its units (the previous query's sums are cleared). */
  sum(matches: SentenceMatches): void {
    for (let i = 0; i < this.touchedCount; i++) this.scores[this.touched[i]!] = 0;
    this.touchedCount = 0;
    const { words, bigrams, count, docs } = matches;
    for (let row = 0; row < count; row++) {
      const doc = docs[row]!;
      if ((this.state[doc] ?? UNKNOWN) === UNKNOWN) this.learn(doc, matches.id(row));
      const score = 2 * words[row]! + bigrams[row]!;
      if (this.state[doc] === MANY) {
        for (const unit of this.many.get(doc)!) this.add(unit, score);
        continue;
      }
      for (let k = doc * INLINE, end = k + INLINE; k < end; k++) {
        const unit = this.slots[k]!;
        if (unit < 0) break;
        this.add(unit, score);
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
    for (let i = 0; i < this.touchedCount; i++) {
      const unit = this.touched[i]!;
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

/**
 * A passage's best unit score (0 when in none), the maximum over its units (Library.unitsOfNumber).
 * With UnitScores' sums: what /ask ranks by.
 */
export function bestUnitScore(library: Library, n: number, score: (unitId: string) => number): number {
  return Math.max(0, ...library.unitsOfNumber(n).map(score));
}

/**
 * Best unit scores of `candidates` (passage numbers) read from a query's sums, for when only the
 * candidates' units are needed (/search, which adds no units' sentences): each unit sums its
 * sentences in ascending order, as UnitScores.sum adds its rows (a sentence that did not match
 * adds nothing), so the two agree to the last bit; the best is bestUnitScore's. A unit is summed
 * once per query however many candidates share it; units are told apart by number
 * (Library.unitKeysOfNumber), not by id. `scores.sumsOf` is a few operations per sentence
 * (top-sentences.ts), so neighbours are looked up one by one. A passage's unit is read from its
 * record in `spans` (unit-spans.ts), or through the library when it is in several.
 */
export function unitScoresOnDemand(
  library: Library,
  scores: SentenceScores,
  spans: UnitSpans,
  candidates: readonly number[],
): (n: number) => number {
  const { records } = spans;
  // The candidates' records read together first (32 bytes each in 2.4 MB at 100× the corpus):
  // reads with nothing between them wait for their misses of the CPU's caches together, where
  // one read per candidate between its sums waited for each in turn.
  let inUnits = 0;
  for (let i = 0; i < candidates.length; i++) if (records[RECORD * candidates[i]!] !== NO_UNIT) inUnits++;
  if (inUnits === 0) return () => 0;
  const one = { words: 0, bigrams: 0 };
  const sums = new Map<number, number>();
  // A number below 0 is an id no passage has: it matched nothing.
  const sumOf = (text: ArrayLike<number>): number => {
    let score = 0;
    let last = -1;
    for (let j = 0; j < text.length; j++) {
      const doc = text[j]!;
      // Most texts ascend; the few that do not are sorted first.
      if (doc < last) return sumOf(Array.from(text).sort((a, b) => a - b));
      last = doc;
      if (doc < 0) continue;
      scores.sumsOf(doc, one);
      score += 2 * one.words + one.bigrams;
    }
    return score;
  };
  const several = (n: number): number => {
    const keys = library.unitKeysOfNumber(n);
    let best = 0;
    let texts: ArrayLike<number>[] | null = null;
    for (let k = 0; k < keys.length; k++) {
      let score = sums.get(keys[k]!);
      if (score === undefined) {
        texts ??= library.unitTextsOfNumber(n);
        score = sumOf(texts[k]!);
        sums.set(keys[k]!, score);
      }
      if (score > best) best = score;
    }
    return best;
  };
  return (n) => {
    const at = RECORD * n;
    const unit = records[at]!;
    if (unit === NO_UNIT) return 0;
    if (unit === READ_THROUGH_LIBRARY) return several(n);
    let score = sums.get(unit);
    if (score === undefined) {
      // The text is ascending and holds no number below 0 (unit-spans.ts): sumOf's additions.
      score = 0;
      for (let j = at + 2, end = j + records[at + 1]!; j < end; j++) {
        scores.sumsOf(records[j]!, one);
        score += 2 * one.words + one.bigrams;
      }
      sums.set(unit, score);
    }
    return Math.max(score, 0);
  };
}
