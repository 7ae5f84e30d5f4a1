import { describe, expect, it } from 'vitest';
import { kthLargest } from '../../src/index/kth-largest.js';

describe('kthLargest', () => {
  it('given random scores with many ties, then it equals the k-th value of a descending sort, for every k', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (const n of [1, 2, 3, 10, 257, 1000]) {
      // Rounded to force ties, as BM25 sums of the same terms are.
      const values = Float64Array.from({ length: n }, () => Math.round(random() * 20) / 4);
      const sorted = [...values].sort((a, b) => b - a);
      for (let k = 1; k <= n; k += Math.max(1, n >> 5)) expect(kthLargest(values, k)).toBe(sorted[k - 1]);
      expect(kthLargest(values, n + 5)).toBe(sorted[n - 1]);
    }
  });

  it('given no values, then -Infinity (every score passes)', () => {
    expect(kthLargest(new Float64Array(0), 3)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('leaves its input untouched', () => {
    const values = Float64Array.of(3, 1, 2);
    kthLargest(values, 1);
    expect([...values]).toEqual([3, 1, 2]);
  });
});
