import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestRows, bestRowsBySet, countRows } from '../../src/answer/best-rows.js';
import type { SentenceMatches } from '../../src/index/sentence-matches.js';

// Choosing the best rows by testing each term set once must choose what testing the best rows
// one by one chooses: the same rows in the same order, ties in row order.

function matchesOf(rows: { words: number; bigrams: number; set: number }[]): SentenceMatches {
  const sets = Uint32Array.from(rows, (r) => r.set);
  return {
    count: rows.length,
    docs: Uint32Array.from(rows, (_, i) => i * 2),
    words: Float64Array.from(rows, (r) => r.words),
    bigrams: Float64Array.from(rows, (r) => r.bigrams),
    termSets: sets,
    terms: (row) => [String(sets[row])],
    id: (row) => `p${row}`,
    rowOf: () => -1,
    rowOfNumber: () => -1,
    sumsOf: () => {},
  };
}

// Few distinct scores, so that ties are common (BM25 sums of the same terms are equal).
const score = fc.integer({ min: 0, max: 8 }).map((n) => n / 4);
const row = fc.record({ words: score, bigrams: score, set: fc.integer({ min: 0, max: 15 }) });

describe('best rows by term set', () => {
  it('given any rows and any test of their term sets, then the rows equal bestRows’s, in order', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 300 }),
        fc.integer({ min: 0, max: 0xffff }),
        fc.integer({ min: 1, max: 40 }),
        (rows, passes, enough) => {
          const matches = matchesOf(rows);
          const keep = (r: number) => ((passes >>> matches.termSets![r]!) & 1) === 1;
          expect(bestRowsBySet(matches, matches.termSets!, enough, keep)).toEqual(bestRows(matches, enough, keep));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('given any rows and a test few or many pass, then bestRows gives the first rows passing in score order, ties in row order', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 400 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 100 }),
        (rows, enough, share) => {
          const matches = matchesOf(rows);
          // A test by row, passed by about `share` percent of them (from none to all).
          const keep = (r: number) => (r * 37) % 100 < share;
          const total = (r: number) => rows[r]!.words + rows[r]!.bigrams;
          const expected = rows
            .map((_, r) => r)
            .filter(keep)
            .sort((a, b) => total(b) - total(a) || a - b)
            .slice(0, enough);
          expect(bestRows(matches, enough, keep)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('given a set tested once, then its other rows are not tested again', () => {
    const matches = matchesOf([1, 2, 3, 4].map((w) => ({ words: w, bigrams: 0, set: 5 })));
    let tests = 0;
    const rows = bestRowsBySet(matches, matches.termSets!, 2, () => ++tests > 0);
    expect(rows).toEqual([3, 2]);
    expect(tests).toBe(1);
  });

  it('given any rows and any test, then countRows counts the rows passing it, by term set or row by row', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), fc.integer({ min: 0, max: 0xffff }), (rows, passes) => {
        const matches = matchesOf(rows);
        const keep = (r: number) => ((passes >>> matches.termSets![r]!) & 1) === 1;
        const expected = rows.filter((_, r) => keep(r)).length;
        expect(countRows(matches, keep, matches.termSets)).toBe(expected);
        expect(countRows(matches, keep, null)).toBe(expected);
        // A test reading more than the term set is asked of every row.
        const odd = (r: number) => keep(r) && r % 2 === 1;
        expect(countRows(matches, odd, null)).toBe(rows.filter((_, r) => odd(r)).length);
      }),
    );
  });
});
