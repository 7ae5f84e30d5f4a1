import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURES, type FeatureVector } from '../../src/answer/feature-names.js';
import { FEATURE_COUNT, featureRows, POSITION } from '../../src/answer/feature-rows.js';
import { linearScore } from '../../src/answer/ranking-features.js';
import { RANKING_WEIGHTS } from '../../src/answer/ranking-weights.js';

// Candidates' features held as rows of one array must read, write and score as the plain objects did, to the bit.

const vector = fc
  .tuple(...FEATURES.map(() => fc.double({ noNaN: true })))
  .map((values) => Object.fromEntries(FEATURES.map((f, i) => [f, values[i]!])) as FeatureVector);

describe('feature rows', () => {
  it('given features written by name into rows, then each row reads them back and scores as a plain object', () => {
    fc.assert(
      fc.property(fc.array(vector, { minLength: 1, maxLength: 5 }), (vectors) => {
        const { rows } = featureRows(vectors.length);
        vectors.forEach((v, i) => {
          for (const f of FEATURES) rows[i]![f] = v[f];
        });
        vectors.forEach((v, i) => {
          for (const f of FEATURES) expect(Object.is(rows[i]![f], v[f])).toBe(true);
          for (const mode of ['ask', 'search'] as const)
            expect(Object.is(linearScore(rows[i]!, RANKING_WEIGHTS[mode]), linearScore(v, RANKING_WEIGHTS[mode]))).toBe(true);
          expect(JSON.parse(JSON.stringify(rows[i]))).toEqual(JSON.parse(JSON.stringify(v)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('given rows made, then every feature starts at 0, a row reads what its place in the store holds, and writing one leaves its neighbours alone', () => {
    const { rows, store } = featureRows(3);
    rows[1]!.semantic = 0.5;
    store[FEATURE_COUNT + POSITION.words] = 1;
    for (const f of FEATURES) {
      expect(rows[0]![f]).toBe(0);
      expect(rows[2]![f]).toBe(0);
    }
    expect(rows[1]!.toJSON()).toEqual({ ...Object.fromEntries(FEATURES.map((f) => [f, 0])), semantic: 0.5, words: 1 });
  });
});
