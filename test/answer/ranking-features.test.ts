import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeatureVector } from '../../src/answer/feature-names.js';
import { FEATURES, linearScore } from '../../src/answer/ranking-features.js';

// The linear score, written out feature by feature, must be the sum over FEATURES in their order, to the bit.

const vector = fc
  .tuple(...FEATURES.map(() => fc.double({ min: -10, max: 10, noNaN: true })))
  .map((values) => Object.fromEntries(FEATURES.map((f, i) => [f, values[i]!])) as FeatureVector);

describe('linear score', () => {
  it('given any features and weights, then it equals adding each feature times its weight in FEATURES order', () => {
    fc.assert(
      fc.property(vector, vector, (features, weights) => {
        let expected = 0;
        for (const f of FEATURES) expected += features[f] * weights[f];
        expect(linearScore(features, weights)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('given one feature weighed, then only it counts: every feature is read', () => {
    for (const f of FEATURES) {
      const one = Object.fromEntries(FEATURES.map((g) => [g, g === f ? 1 : 0])) as FeatureVector;
      expect(linearScore(one, one)).toBe(1);
    }
  });
});
