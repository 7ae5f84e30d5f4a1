import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtLeast, indexInSorted } from '../../src/index/sorted-search.js';

// Searching ascending arrays: galloping from a position must land where a scan from it would.

describe('searching sorted arrays', () => {
  it('given any ascending values, a start and a target, then firstAtLeast is the first position from the start holding the target or more', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.nat(60), fc.integer({ min: -1, max: 55 }), (raw, start, value) => {
        const values = Uint32Array.from(raw).sort();
        const from = Math.min(start, values.length);
        let expected = from;
        while (expected < values.length && values[expected]! < value) expected++;
        expect(firstAtLeast(values, value, from, values.length)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('given a value present or not, then indexInSorted finds it or gives -1', () => {
    const values = [1, 3, 5, 7];
    expect(indexInSorted(values, 5)).toBe(2);
    expect(indexInSorted(values, 4)).toBe(-1);
    expect(indexInSorted(values, 7, 0, 3)).toBe(-1);
  });
});
