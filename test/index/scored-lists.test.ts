import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPassing } from '../../src/index/passing-count.js';
import { listsOf, sumsOf } from '../../src/index/scored-lists.js';
import { mergeTerms } from '../../src/index/term-merge.js';
import { scoredField } from '../support/scored-field.js';

// Reading a query's lists through their bitsets must agree with walking every posting
// (term-merge.ts): the same sums to the bit, and the same count of documents whose terms pass.

const DOCUMENTS = 70;

const fieldOf = (maxTerms: number) =>
  fc.record({
    lengths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: DOCUMENTS, maxLength: DOCUMENTS }),
    terms: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 })), { minLength: DOCUMENTS, maxLength: DOCUMENTS }), {
      maxLength: maxTerms,
    }),
  });
const field = fieldOf(4);

const scored = scoredField;

describe('a query’s scored lists', () => {
  it('given any postings of both fields, then a document’s sums through the bitsets agree with walking every posting', () => {
    fc.assert(
      fc.property(field, field, (w, b) => {
        const words = scored(w);
        const bigrams = scored(b);
        const lists = listsOf(words, bigrams);
        const rows = mergeTerms(words, bigrams);
        const sums = { words: -1, bigrams: -1 };
        for (let doc = 0; doc < DOCUMENTS; doc++) {
          const row = [...rows.docs.subarray(0, rows.count)].indexOf(doc);
          sumsOf(lists, doc, sums);
          expect(sums).toEqual(row < 0 ? { words: 0, bigrams: 0 } : { words: rows.words[row], bigrams: rows.bigrams[row] });
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
