import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingScore, termIdf } from '../../src/index/bm25.js';
import { postingIndex } from '../../src/index/term-bits.js';
import { scoreAt, TermScoreCache, termScores } from '../../src/index/term-scores.js';

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
          const scored = termScores(
            postingsOf(
              list.map((p) => p.tf),
              from,
            ),
            statistics,
          );
          const idf = termIdf(40, list.length - from);
          const expected = list.slice(from).map((p) => postingScore(idf, p.tf, p.length, 7.5));
          expect(Array.from(expected, (_, p) => scoreAt(scored, p))).toEqual(expected);
          expect(scored.bound).toBe(Math.max(0, ...expected));
          for (let doc = 0; doc < 40; doc++)
            expect(postingIndex(scored.bits, doc)).toBe(doc >= from && doc < list.length ? doc - from : -1);
        },
      ),
    );
  });

  it('given postings of the same frequency in sentences of the same length, then their score is kept once, two bytes a posting', () => {
    const scored = termScores(postingsOf([1, 2, 1, 1, 2, 1]), statisticsOf([5, 5, 5, 9, 5, 5]));
    expect([...scored.values]).toHaveLength(3);
    expect(scored.codes).toBeInstanceOf(Uint16Array);
    expect([...scored.codes]).toEqual([0, 1, 0, 2, 1, 0]);
  });

  it('given more distinct scores than two bytes can number, then each posting still finds its own', () => {
    const count = 2 ** 16 + 3;
    const lengths = Array.from({ length: count }, (_, i) => i + 1);
    const statistics = { documentCount: count, lengths: Uint32Array.from(lengths), averageLength: count / 2 };
    const postings = { docs: Uint32Array.from(lengths, (_, i) => i), frequencies: new Uint16Array(count).fill(1), from: 0, to: count };
    const scored = termScores(postings, statistics);
    const idf = termIdf(count, count);
    expect(scored.codes).toBeInstanceOf(Uint32Array);
    for (const p of [0, 1, 2 ** 16, count - 1]) expect(scoreAt(scored, p)).toBe(postingScore(idf, 1, p + 1, count / 2));
  });

  it('given a term asked twice, then its scores are computed once', () => {
    const cache = new TermScoreCache(statisticsOf([3, 4]));
    const postings = postingsOf([1, 2]);
    expect(cache.of('词', postings)).toBe(cache.of('词', postings));
  });

  it('given more bytes than the budget, then the least recently used terms are dropped, never the one asked for', () => {
    // A two-posting term of two lengths keeps 4 bytes of codes, 16 of values and a 16-byte bitset (40 documents): two fit in 80.
    const cache = new TermScoreCache(statisticsOf([3, 4, 5, 6, 7]), 80);
    const two = postingsOf([1, 1]);
    const a = cache.of('a', two);
    const b = cache.of('b', two);
    expect(cache.of('a', two)).toBe(a);
    cache.of('c', two);
    // b was the least recently used: computed again; a was kept.
    expect(cache.of('a', two)).toBe(a);
    expect(cache.of('b', two)).not.toBe(b);
    expect(cache.of('huge', postingsOf([1, 1, 1, 1, 1])).codes.length).toBe(5);
  });
});
