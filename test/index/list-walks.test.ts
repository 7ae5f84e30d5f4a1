import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offerHoldingAll, offerHoldingAny, type SetJudge } from '../../src/index/list-walks.js';
import { ScoredDocuments } from '../../src/index/scored-documents.js';
import { listsOf } from '../../src/index/scored-lists.js';
import { mergeTerms } from '../../src/index/term-merge.js';
import { scoredField } from '../support/scored-field.js';

// Walking a query's lists by their bitsets, scoring each document as it is reached, must offer
// what walking every posting finds (term-merge.ts): the documents holding every list of a set or
// any list, judged by their own term sets, with the same sums to the bit. 70 documents: the
// bitsets' third word is partly used, and documents 31 and 63 stand on a word's highest bit.

const DOCUMENTS = 70;

const field = fc.record({
  lengths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: DOCUMENTS, maxLength: DOCUMENTS }),
  terms: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 })), { minLength: DOCUMENTS, maxLength: DOCUMENTS }), {
    maxLength: 4,
  }),
});

const scored = scoredField;

/** A judge letting the sets whose bit of `mask` is set compete, and recording what it was asked. */
function judgeOf(mask: number): SetJudge & { asked: Set<number> } {
  const asked = new Set<number>();
  return {
    asked,
    competes: (set, floor) => {
      asked.add(set);
      expect(floor).toBe(Number.NEGATIVE_INFINITY);
      return ((mask >>> (set % 31)) & 1) === 1;
    },
  };
}

describe('walks of a query’s lists', () => {
  it('given any postings, set and judge, then the documents offered and their sums are those of walking every posting', () => {
    fc.assert(
      fc.property(field, field, fc.nat(), fc.integer(), (w, b, pick, mask) => {
        const words = scored(w);
        const bigrams = scored(b);
        const lists = listsOf(words, bigrams);
        if (lists.count === 0) return;
        const rows = mergeTerms(words, bigrams);
        const all = (1 << lists.count) - 1;
        const set = (pick % all) + 1;
        const judge = judgeOf(mask);
        const competes = (termSet: number) => ((mask >>> (termSet % 31)) & 1) === 1;
        // Kept all (DOCUMENTS of them): the offered documents come out best first, ties by number.
        const expected = (holds: (termSet: number) => boolean) =>
          Array.from({ length: rows.count }, (_, row) => row)
            .filter((row) => holds(rows.termSets[row]!))
            .sort((x, y) => rows.words[y]! + rows.bigrams[y]! - (rows.words[x]! + rows.bigrams[x]!) || x - y)
            .map((row) => rows.docs[row]!);
        const holding = new ScoredDocuments(DOCUMENTS);
        offerHoldingAll(lists, set, judge, holding);
        expect(holding.best()).toEqual(expected((s) => (s & set) === set && competes(s)));
        // Judged by each document's own set: every set asked holds the walked one.
        for (const asked of judge.asked) expect(asked & set).toBe(set);
        const unjudged = new ScoredDocuments(DOCUMENTS);
        offerHoldingAll(lists, set, null, unjudged);
        expect(unjudged.best()).toEqual(expected((s) => (s & set) === set));
        const any = new ScoredDocuments(DOCUMENTS);
        offerHoldingAny(lists, judgeOf(mask), any);
        expect(any.best()).toEqual(expected(competes));
      }),
      { numRuns: 300 },
    );
  });

  it('given a judge refusing sets below the floor, then it is asked with the floor the kept documents have reached', () => {
    const f = { lengths: Array(DOCUMENTS).fill(3), terms: [Array.from({ length: DOCUMENTS }, (_, doc) => (doc % 3 === 0 ? 2 : 1))] };
    const lists = listsOf(scored(f), scored({ ...f, terms: [] }));
    const floors: number[] = [];
    const best = new ScoredDocuments(2);
    offerHoldingAny(lists, { competes: (_, floor) => floors.push(floor) > 0 }, best);
    // Every third document writes the term twice and scores higher: documents 0 and 3 are kept.
    expect(best.best()).toEqual([0, 3]);
    expect(floors.slice(0, 2)).toEqual([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(floors.at(-1)).toBeGreaterThan(0);
  });
});
