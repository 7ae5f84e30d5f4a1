import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoredDocuments } from '../../src/index/scored-documents.js';

// The best documents must come in the order sorting objects by score, then number, gave, with
// scores tied or not.

describe('scored documents', () => {
  it('given distinct documents with tied scores, then the best come highest score first, ties by lower number', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(1000)),
        fc.array(fc.oneof(fc.constantFrom(0.5, 1, 2.25, 3), fc.double({ min: 0, max: 100, noNaN: true }))),
        fc.nat(20),
        (docs, scores, enough) => {
          const scored = new ScoredDocuments();
          const objects = docs.map((doc, i) => ({ doc, score: scores[i % Math.max(1, scores.length)] ?? 1 }));
          for (const o of objects) scored.add(o.doc, o.score);
          const expected = [...objects].sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, enough);
          const best = scored.best(enough);
          expect(best).toEqual(expected.map((o) => o.doc));
        },
      ),
    );
  });
});
