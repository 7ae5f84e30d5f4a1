import { FEATURES, type FeatureVector } from './feature-names.js';

// Candidates' features (ranking-features.ts) as rows of one Float64Array: a plain object of 17
// numbers boxed each fraction in a heap number of its own, and /search's 150 candidates at 100×
// the corpus allocated ~100 KB a query that way, a third of its garbage (collections were ~14% of
// its time). A row reads and writes its features by name as the object did, holding the same
// doubles, so scores are the same to the bit.

/** FEATURES' positions in a row. */
export const POSITION = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<keyof FeatureVector, number>;

export const FEATURE_COUNT = FEATURES.length;

/** One candidate's features: the row `at` of `store` (FEATURE_COUNT doubles from at × FEATURE_COUNT). */
export interface FeatureRow extends FeatureVector {}
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the features' accessors are defined below, one per FEATURES name.
export class FeatureRow {
  constructor(
    private readonly store: Float64Array,
    private readonly start: number,
  ) {}

  /** A plain object of the same features (for printing and comparing). */
  toJSON(): FeatureVector {
    return Object.fromEntries(FEATURES.map((f) => [f, this[f]])) as FeatureVector;
  }
}

for (const feature of FEATURES) {
  const offset = POSITION[feature];
  Object.defineProperty(FeatureRow.prototype, feature, {
    get(this: { store: Float64Array; start: number }) {
      return this.store[this.start + offset]!;
    },
    set(this: { store: Float64Array; start: number }, value: number) {
      this.store[this.start + offset] = value;
    },
    enumerable: true,
  });
}

/** Rows for `count` candidates, every feature 0; row i is written directly at store[i × FEATURE_COUNT + POSITION[feature]]. */
export function featureRows(count: number): { store: Float64Array; rows: FeatureRow[] } {
  const store = new Float64Array(count * FEATURE_COUNT);
  const rows: FeatureRow[] = new Array(count);
  for (let i = 0; i < count; i++) rows[i] = new FeatureRow(store, i * FEATURE_COUNT);
  return { store, rows };
}
