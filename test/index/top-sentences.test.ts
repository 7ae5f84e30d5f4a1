import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoredField, Sums } from '../../src/index/scored-lists.js';
import type { FieldStatistics } from '../../src/index/term-accumulator.js';
import { mergeTerms } from '../../src/index/term-merge.js';
import { termScores } from '../../src/index/term-scores.js';
import { topSentences } from '../../src/index/top-sentences.js';
import { postingsOf } from '../support/term-postings.js';

// Pruning must choose what summing every document chooses (term-merge.ts, then the best rows by
// term set): the same documents in the same order, ties by number, and the same sums to the bit
// for any document asked about afterwards, whether a floor prunes or every document is walked.

const DOCUMENTS = 60;

/** Per term, each document's frequency (0: absent); dense terms make full-set matches common. */
const field = (terms: number) =>
  fc.record({
    lengths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: DOCUMENTS, maxLength: DOCUMENTS }),
    terms: fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 3 })), { minLength: DOCUMENTS, maxLength: DOCUMENTS }),
      { maxLength: terms },
    ),
  });

type Field = { lengths: number[]; terms: number[][] };

function statisticsOf(f: Field): FieldStatistics {
  return {
    documentCount: DOCUMENTS,
    lengths: Uint32Array.from(f.lengths),
    averageLength: f.lengths.reduce((a, b) => a + b, 0) / DOCUMENTS,
  };
}

function bounded(f: Field): ScoredField {
  const statistics = statisticsOf(f);
  const postings = f.terms.map(postingsOf).filter((p) => p.to > p.from);
  return { postings, statistics, scores: postings.map((p) => termScores(p, statistics)) };
}

/** The exhaustive choice: every matched document, best sum first, ties by number, among those whose set passes. */
function exhaustive(words: ScoredField, bigrams: ScoredField, enough: number, passes: (set: number) => boolean) {
  const rows = mergeTerms(words, bigrams);
  const chosen: number[] = [];
  for (let row = 0; row < rows.count; row++) if (passes(rows.termSets[row]!)) chosen.push(row);
  chosen.sort((a, b) => rows.words[b]! + rows.bigrams[b]! - (rows.words[a]! + rows.bigrams[a]!) || a - b);
  return { docs: chosen.slice(0, enough).map((row) => rows.docs[row]!), rows };
}

describe('the best few sentences without summing them all', () => {
  it('given any postings, test of term sets and number wanted, then it chooses what summing every document chooses', () => {
    fc.assert(
      fc.property(field(4), field(5), fc.integer({ min: 1, max: 20 }), fc.integer(), (w, b, enough, passMask) => {
        const words = bounded(w);
        const bigrams = bounded(b);
        // A test of term sets: pass or fail each set by a bit of passMask (sets beyond 32 by their low bits).
        const passes = (set: number) =>
          ((passMask >>> (set % 31)) & 1) === 1 || set === (1 << (words.postings.length + bigrams.postings.length)) - 1;
        const top = topSentences(words, bigrams, enough, passes);
        if (words.postings.length + bigrams.postings.length === 0) {
          expect(top).toBeNull();
          return;
        }
        const expected = exhaustive(words, bigrams, enough, passes);
        expect(top!.docs).toEqual(expected.docs);
        // Any document's sums as the exhaustive sums have them.
        const sums: Sums = { words: -1, bigrams: -1 };
        for (let doc = 0; doc < DOCUMENTS; doc++) {
          const row = [...expected.rows.docs.subarray(0, expected.rows.count)].indexOf(doc);
          const want = row < 0 ? { words: 0, bigrams: 0 } : { words: expected.rows.words[row]!, bigrams: expected.rows.bigrams[row]! };
          top!.sumsOf(doc, sums);
          expect(sums).toEqual(want);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('given fewer documents holding every term than wanted, then those holding some term complete the choice', () => {
    const f: Field = {
      lengths: Array(DOCUMENTS).fill(3),
      terms: [
        [1, 0, 1],
        [1, 1, 0],
      ],
    };
    expect(topSentences(bounded(f), bounded({ ...f, terms: [] }), 3, () => true)?.docs).toEqual([0, 1, 2]);
    expect(topSentences(bounded(f), bounded({ ...f, terms: [] }), 1, () => true)?.docs).toEqual([0]);
  });

  it('given a set of every term that does not pass, then only documents lacking a term are chosen', () => {
    const f: Field = {
      lengths: Array(DOCUMENTS).fill(3),
      terms: [
        [1, 1, 0, 1],
        [1, 0, 1],
      ],
    };
    expect(topSentences(bounded(f), bounded({ ...f, terms: [] }), 5, (set) => set !== 3)?.docs).toEqual([2, 1, 3]);
  });

  it('given no term, then it declines: there is nothing to walk', () => {
    const f: Field = { lengths: Array(DOCUMENTS).fill(3), terms: [] };
    expect(topSentences(bounded(f), bounded(f), 1, () => true)).toBeNull();
  });
});
