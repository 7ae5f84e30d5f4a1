import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, typingDistance } from '../../src/geo/similarity.js';

describe('typing distance', () => {
  it('given two neighbours swapped, then one edit, where plain edit distance counts two', () => {
    expect([typingDistance('hlep', 'help'), editDistance('hlep', 'help')]).toEqual([1, 2]);
    expect(typingDistance('意利大', '意大利')).toBe(1);
    expect(typingDistance('', 'date')).toBe(4);
  });

  it('given any two strings, then never more than the edit distance, nor less than half of it, and symmetric', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '意', '𠮷'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = typingDistance(a, b);
        expect(d).toBeLessThanOrEqual(editDistance(a, b));
        expect(2 * d).toBeGreaterThanOrEqual(editDistance(a, b));
        expect(typingDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
      }),
      { numRuns: 2000 },
    );
  });
});
