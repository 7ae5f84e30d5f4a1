import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldStatistics, TermAccumulator } from '../../src/index/term-accumulator.js';
import { MERGE_MAX_TERMS, mergeTerms } from '../../src/index/term-merge.js';
import { postingsOf } from '../support/term-postings.js';

// Summing a few terms document by document must give what summing them term by term gives
// (term-accumulator.ts, itself equal to MiniSearch's search()): the same documents, the same
// sums to the last bit, in both fields, and each document's set of terms.

const DOCUMENTS = 30;

/** A field: its documents' lengths and, per term, which documents hold it how often. */
const field = (terms: number) =>
  fc.record({
    lengths: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: DOCUMENTS, maxLength: DOCUMENTS }),
    terms: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: DOCUMENTS, maxLength: DOCUMENTS }), { maxLength: terms }),
  });

type Field = { lengths: number[]; terms: number[][] };

function statisticsOf(f: Field): FieldStatistics {
  const lengths = Uint32Array.from(f.lengths);
  return { documentCount: DOCUMENTS, lengths, averageLength: f.lengths.reduce((a, b) => a + b, 0) / DOCUMENTS };
}

function accumulated(f: Field): Map<number, number> {
  const accumulator = new TermAccumulator(statisticsOf(f));
  for (const p of f.terms.map(postingsOf)) accumulator.addTerm(p.docs, p.frequencies, p.from, p.to);
  const sums = accumulator.finish();
  return new Map([...sums.docs].map((doc, i) => [doc, sums.scores[i]!]));
}

describe('summing few terms document by document', () => {
  it('given any postings of both fields, then every sum equals the term-by-term one to the bit, with each document’s terms', () => {
    fc.assert(
      fc.property(field(MERGE_MAX_TERMS / 2), field(MERGE_MAX_TERMS / 2), (words, bigrams) => {
        const rows = mergeTerms(
          { postings: words.terms.map(postingsOf), statistics: statisticsOf(words) },
          { postings: bigrams.terms.map(postingsOf), statistics: statisticsOf(bigrams) },
        );
        const wordSums = accumulated(words);
        const bigramSums = accumulated(bigrams);
        const expectedDocs = [...new Set([...wordSums.keys(), ...bigramSums.keys()])].sort((a, b) => a - b);
        expect([...rows.docs.subarray(0, rows.count)]).toEqual(expectedDocs);
        expectedDocs.forEach((doc, row) => {
          expect(rows.words[row]).toBe(wordSums.get(doc) ?? 0);
          expect(rows.bigrams[row]).toBe(bigramSums.get(doc) ?? 0);
          const all = [...words.terms, ...bigrams.terms];
          const set = all.reduce((s, tfs, i) => (tfs[doc]! > 0 ? s | (1 << i) : s), 0);
          expect(rows.termSets[row]).toBe(set);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('given more terms than a set can hold, then it refuses (the caller sums them term by term)', () => {
    const many = Array.from({ length: MERGE_MAX_TERMS + 1 }, () => postingsOf([1]));
    const statistics = statisticsOf({ lengths: Array(DOCUMENTS).fill(1), terms: [] });
    expect(() => mergeTerms({ postings: many, statistics }, { postings: [], statistics })).toThrow(/at most/);
  });
});
