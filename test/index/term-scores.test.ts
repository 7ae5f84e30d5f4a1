import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingScore, termIdf } from '../../src/index/bm25.js';
import { postingIndex } from '../../src/index/term-bits.js';
import { TermScoreCache, termScores } from '../../src/index/term-scores.js';

// A term's posting scores are postingScore's, to the bit, its bound their maximum, and its
// bitset finds each of its documents' scores.

const statisticsOf = (lengths: number[]) => ({ documentCount: 40, lengths: Uint32Array.from(lengths), averageLength: 7.5 });
const postingsOf = (tfs: number[], from = 0) => ({
  docs: Uint32Array.from(tfs, (_, i) => i),
  frequencies: Uint16Array.from(tfs),
  from,
  to: tfs.length,
});

describe('term scores', () => {
  it('given any postings, then each score is postingScore’s and the bound the largest, to the bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ tf: fc.integer({ min: 1, max: 9 }), length: fc.integer({ min: 1, max: 30 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.nat(3),
        (list, skip) => {
          const from = Math.min(skip, list.length);
          const statistics = statisticsOf(list.map((p) => p.length));
          const { scores, bound, bits } = termScores(
            postingsOf(
              list.map((p) => p.tf),
              from,
            ),
            statistics,
          );
          const idf = termIdf(40, list.length - from);
          const expected = list.slice(from).map((p) => postingScore(idf, p.tf, p.length, 7.5));
          expect([...scores]).toEqual(expected);
          expect(bound).toBe(Math.max(0, ...expected));
          for (let doc = 0; doc < 40; doc++) expect(postingIndex(bits, doc)).toBe(doc >= from && doc < list.length ? doc - from : -1);
        },
      ),
    );
  });

  it('given a term asked twice, then its scores are computed once', () => {
    const cache = new TermScoreCache(statisticsOf([3, 4]));
    const postings = postingsOf([1, 2]);
    expect(cache.of('词', postings)).toBe(cache.of('词', postings));
  });

  it('given more bytes than the budget, then the least recently used terms are dropped, never the one asked for', () => {
    // A two-posting term keeps 16 bytes of scores and a 16-byte bitset (40 documents): two fit in 64.
    const cache = new TermScoreCache(statisticsOf([3, 4, 5, 6, 7]), 64);
    const two = postingsOf([1, 1]);
    const a = cache.of('a', two);
    const b = cache.of('b', two);
    expect(cache.of('a', two)).toBe(a);
    cache.of('c', two);
    // b was the least recently used: computed again; a was kept.
    expect(cache.of('a', two)).toBe(a);
    expect(cache.of('b', two)).not.toBe(b);
    expect(cache.of('huge', postingsOf([1, 1, 1, 1, 1])).scores.length).toBe(5);
  });
});
