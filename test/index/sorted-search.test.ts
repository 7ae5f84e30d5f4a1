import { describe, expect, it } from 'vitest';
import { indexInSorted } from '../../src/index/sorted-search.js';

// Searching ascending arrays: a binary search finds a value or says it is absent.

describe('searching sorted arrays', () => {
  it('given a value present or not, then indexInSorted finds it or gives -1', () => {
    const values = [1, 3, 5, 7];
    expect(indexInSorted(values, 5)).toBe(2);
    expect(indexInSorted(values, 4)).toBe(-1);
    expect(indexInSorted(values, 7, 0, 3)).toBe(-1);
  });
});
