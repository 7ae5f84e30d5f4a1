import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingScore, termIdf } from '../../src/index/bm25.js';
import { maxPostingScore, TermBounds } from '../../src/index/term-bounds.js';

// A term's bound is the highest score one of its postings gives, computed as the sums compute it.

describe('term bounds', () => {
  it('given any postings, then the bound is the largest posting score, to the bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ tf: fc.integer({ min: 1, max: 9 }), length: fc.integer({ min: 1, max: 30 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        (list) => {
          const lengths = Uint32Array.from(list, (p) => p.length);
          const statistics = { documentCount: 40, lengths, averageLength: 7.5 };
          const postings = {
            docs: Uint32Array.from(list, (_, i) => i),
            frequencies: Uint16Array.from(list, (p) => p.tf),
            from: 0,
            to: list.length,
          };
          const idf = termIdf(40, list.length);
          const scores = list.map((p) => postingScore(idf, p.tf, p.length, 7.5));
          expect(maxPostingScore(postings, statistics)).toBe(Math.max(...scores));
        },
      ),
    );
  });

  it('given a term asked twice, then its postings are read once', () => {
    const statistics = { documentCount: 10, lengths: Uint32Array.of(3, 4), averageLength: 3 };
    let reads = 0;
    const docs = {
      length: 2,
      get 0() {
        reads++;
        return 0;
      },
      get 1() {
        reads++;
        return 1;
      },
    };
    const postings = { docs, frequencies: Uint16Array.of(1, 2), from: 0, to: 2 };
    const bounds = new TermBounds(statistics);
    const first = bounds.of('词', postings);
    expect(bounds.of('词', postings)).toBe(first);
    expect(reads).toBe(2);
  });
});
