import { describe, expect, it } from 'vitest';
import { PairNumbers } from '../../src/index/pair-numbers.js';

describe('PairNumbers', () => {
  it('given keys met again and again, then each keeps the number it got when first met', () => {
    const numbers = new PairNumbers();
    // Large keys (astral pairs near 2^42), and enough of them to grow the table several times.
    const keys = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 0x10ffff * 0x110000 - i : i * 7919));
    for (let round = 0; round < 2; round++) expect(keys.map((key) => numbers.numberOf(key))).toEqual(keys.map((_, i) => i));
    expect([...numbers.keys()]).toEqual(keys);
  });
});
