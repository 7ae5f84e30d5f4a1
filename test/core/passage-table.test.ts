import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PassageTable } from '../../src/core/passage-table.js';
import type { Corpus, Passage } from '../../src/core/types.js';
import { numberPassages } from '../../src/index/passage-numbers.js';

// A table by passage number must answer exactly as a Map by id, ids no passage has included.

const passage = (id: string): Passage => ({
  id,
  docId: id.split(':')[0]!,
  ordinal: 1,
  text: id,
  date: null,
  entry: null,
  section: null,
  places: [],
  countries: [],
});

const corpusOf = (ids: string[]): Corpus => ({
  documents: [{ meta: { id: 'a', title: 'a', kind: 'plain' }, passages: ids.map(passage), entries: [], sections: [], warnings: [] }],
});

const id = fc.constantFrom('a:1', 'a:2', 'a:3', 'b:1', 'nowhere');

describe('a value per passage', () => {
  it('given any ids set and read (some of no passage), then it answers as a Map by id', () => {
    fc.assert(
      fc.property(fc.array(id), fc.array(fc.tuple(id, fc.integer())), (ids, writes) => {
        const table = new PassageTable<number>(numberPassages(corpusOf(ids.filter((i) => i !== 'nowhere'))));
        const map = new Map<string, number>();
        for (const [key, value] of writes) {
          table.set(key, value);
          map.set(key, value);
        }
        for (const key of ['a:1', 'a:2', 'a:3', 'b:1', 'nowhere']) expect(table.get(key)).toBe(map.get(key));
      }),
    );
  });

  it('given a repeated id, then it is numbered once, at its first place, with its last passage', () => {
    const corpus = corpusOf(['a:1', 'a:2', 'a:1']);
    const last = corpus.documents[0]!.passages[2]!;
    const numbers = numberPassages(corpus);
    expect(numbers.passages.map((p) => p.id)).toEqual(['a:1', 'a:2']);
    expect(numbers.passages[0]).toBe(last);
    expect([numbers.numberOf('a:2'), numbers.numberOf('x')]).toEqual([1, -1]);
  });
});
