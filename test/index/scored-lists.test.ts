import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPassing } from '../../src/index/passing-count.js';
import { holdingAll, holdingAny, listsOf, type ScoredField, setOf, shortest, sumsOf, sumsOfAll } from '../../src/index/scored-lists.js';
import type { FieldStatistics } from '../../src/index/term-accumulator.js';
import { mergeTerms } from '../../src/index/term-merge.js';
import { termScores } from '../../src/index/term-scores.js';
import { postingsOf } from '../support/term-postings.js';

// Reading a query's lists through their bitsets must agree with walking every posting
// (term-merge.ts): the same documents holding all or any of the terms, the same term sets, and
// the same sums to the bit, one document at a time or many at once.

const DOCUMENTS = 70;

const fieldOf = (maxTerms: number) =>
  fc.record({
    lengths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: DOCUMENTS, maxLength: DOCUMENTS }),
    terms: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 })), { minLength: DOCUMENTS, maxLength: DOCUMENTS }), {
      maxLength: maxTerms,
    }),
  });
const field = fieldOf(4);

function scored(f: { lengths: number[]; terms: number[][] }): ScoredField {
  const statistics: FieldStatistics = {
    documentCount: DOCUMENTS,
    lengths: Uint32Array.from(f.lengths),
    averageLength: f.lengths.reduce((a, b) => a + b, 0) / DOCUMENTS,
  };
  const postings = f.terms.map(postingsOf).filter((p) => p.to > p.from);
  return { postings, statistics, scores: postings.map((p) => termScores(p, statistics)) };
}

describe('a query’s scored lists', () => {
  it('given any postings of both fields, then bitset walks and sums agree with walking every posting', () => {
    fc.assert(
      fc.property(field, field, fc.nat(), (w, b, pick) => {
        const words = scored(w);
        const bigrams = scored(b);
        const lists = listsOf(words, bigrams);
        if (lists.count === 0) return;
        const rows = mergeTerms(words, bigrams);
        const all = (1 << lists.count) - 1;
        const set = (pick % all) + 1;
        const matched = Array.from({ length: rows.count }, (_, row) => row);
        const holdingSet = matched.filter((row) => (rows.termSets[row]! & set) === set).map((row) => rows.docs[row]!);
        const into = new Uint32Array(shortest(lists, set));
        expect([...into.subarray(0, holdingAll(lists, set, into))]).toEqual(holdingSet);
        const any = new Uint32Array(DOCUMENTS * lists.count);
        expect([...any.subarray(0, holdingAny(lists, any))]).toEqual([...rows.docs.subarray(0, rows.count)]);
        const sums = { words: -1, bigrams: -1 };
        for (let doc = 0; doc < DOCUMENTS; doc++) {
          const row = matched.find((r) => rows.docs[r] === doc);
          sumsOf(lists, doc, sums);
          expect(sums).toEqual(row === undefined ? { words: 0, bigrams: 0 } : { words: rows.words[row], bigrams: rows.bigrams[row] });
          expect(setOf(lists, doc)).toBe(row === undefined ? 0 : rows.termSets[row]);
        }
        const full = new Uint32Array(shortest(lists, all));
        const count = holdingAll(lists, all, full);
        const together = sumsOfAll(lists, full, count);
        for (let j = 0; j < count; j++) {
          sumsOf(lists, full[j]!, sums);
          expect(together[j]).toBe(sums.words + sums.bigrams);
        }
      }),
      { numRuns: 300 },
    );
  });

  /** countPassing against a count of the merged rows, for lists passing when their weights reach `floor`. */
  function expectCounted(words: ReturnType<typeof scored>, bigrams: ReturnType<typeof scored>, weights: number[], floor: number) {
    const lists = listsOf(words, bigrams);
    // Weights of the set's lists reaching a floor: upward closed, as a share of a query's terms is.
    const passes = (set: number) => weights.reduce((sum, weight, i) => sum + ((set >>> i) & 1 ? weight : 0), 0) >= floor;
    const rows = mergeTerms(words, bigrams);
    let expected = 0;
    for (let row = 0; row < rows.count; row++) if (passes(rows.termSets[row]!)) expected++;
    expect(countPassing(lists, passes)).toBe(lists.count === 0 ? 0 : expected);
  }

  // Up to 16 lists: at most 8 are counted by their minimal passing sets, more document by document.
  it('given any postings and a test that a larger set passes whenever a smaller one does, then countPassing counts the documents whose set passes', () => {
    fc.assert(
      fc.property(
        fieldOf(8),
        fieldOf(8),
        fc.array(fc.nat({ max: 9 }), { minLength: 16, maxLength: 16 }),
        fc.nat({ max: 40 }),
        (w, b, weights, floor) => expectCounted(scored(w), scored(b), weights, floor),
      ),
      { numRuns: 300 },
    );
  });

  // A two-character word and the bigram written the same hold the same documents: counted as one list.
  it('given lists holding the same documents in both fields, then countPassing still counts the documents whose set passes', () => {
    fc.assert(
      fc.property(
        fieldOf(5),
        fieldOf(3),
        fc.nat({ max: 5 }),
        fc.array(fc.nat({ max: 9 }), { minLength: 16, maxLength: 16 }),
        fc.nat({ max: 40 }),
        (w, b, shared, weights, floor) =>
          expectCounted(scored(w), scored({ lengths: b.lengths, terms: [...w.terms.slice(0, shared), ...b.terms] }), weights, floor),
      ),
      { numRuns: 300 },
    );
  });
});
