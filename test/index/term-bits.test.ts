import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitCount, hasDoc, postingIndex, termBits } from '../../src/index/term-bits.js';

// A term's bitset must say of every document what searching its postings says: whether it holds
// the term, and the index of its posting.

describe('term bitsets', () => {
  it('given any ascending documents within the postings’ bounds, then each document is found at its posting, and no other', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(199)), fc.nat(3), fc.nat(3), (raw, before, after) => {
        const documentCount = 200;
        const listed = Uint32Array.from(raw).sort();
        // Postings of other terms on both sides, as in a shared array of postings.
        const docs = Uint32Array.from([...Array(before).fill(5), ...listed, ...Array(after).fill(7)]);
        const bits = termBits(docs, before, before + listed.length, documentCount);
        for (let doc = 0; doc < documentCount; doc++) {
          const expected = listed.indexOf(doc);
          expect(postingIndex(bits, doc)).toBe(expected);
          expect(hasDoc(bits, doc)).toBe(expected >= 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('given a number outside the corpus, then no document is found', () => {
    const bits = termBits(Uint32Array.of(0, 31, 32, 63), 0, 4, 64);
    for (const doc of [-1, 64, 2 ** 31, 2 ** 32 - 1]) {
      expect(hasDoc(bits, doc)).toBe(false);
      expect(postingIndex(bits, doc)).toBe(-1);
    }
    expect(postingIndex(bits, 63)).toBe(3);
  });

  it('given any 32-bit word, then bitCount counts its set bits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (word) => {
        expect(bitCount(word)).toBe([...word.toString(2)].filter((c) => c === '1').length);
        expect(bitCount(word | 0)).toBe(bitCount(word));
      }),
    );
  });
});
