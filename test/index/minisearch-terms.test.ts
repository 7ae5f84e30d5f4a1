import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { lazyPlainObject } from '../../src/index/minisearch-terms.js';

const word = fc.constantFrom('中国', '援助', '意大利', '医疗', '专家组', '𠀀𠀁', 'who');
const documents = fc.array(fc.array(word, { maxLength: 8 }), { minLength: 1, maxLength: 30 });

function indexOf(docs: string[][], removed: number[]) {
  const index = new MiniSearch<{ id: string; words: string }>({
    fields: ['words'],
    storeFields: [],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
  });
  index.addAll(docs.map((doc, i) => ({ id: `d${i}`, words: doc.join(' ') })));
  for (const i of removed) if (i < docs.length) index.discard(`d${i}`);
  return index;
}

describe('MiniSearch terms serialised lazily', () => {
  it('given any index, then the lazy object iterates to exactly what toJSON returns, as often as asked, and loads back', () => {
    fc.assert(
      fc.property(documents, fc.uniqueArray(fc.nat(30), { maxLength: 3 }), (docs, removed) => {
        const index = indexOf(docs, removed);
        const lazy = lazyPlainObject(index);
        const eager = index.toJSON();
        expect({ ...lazy, index: [...lazy.index] }).toEqual(eager);
        expect([...lazy.index]).toEqual(eager.index);
        const loaded = MiniSearch.loadJS({ ...lazy, index: [...lazy.index] }, { fields: ['words'], tokenize: (t) => t.split(' ') });
        expect(loaded.search('中国 援助').map((r) => [r.id, r.score])).toEqual(index.search('中国 援助').map((r) => [r.id, r.score]));
      }),
      { numRuns: 200 },
    );
  });

  it('given the index it serialises, then it leaves the index searchable as before', () => {
    const index = indexOf([['中国', '援助'], ['意大利']], []);
    lazyPlainObject(index);
    expect(index.search('意大利').map((r) => r.id)).toEqual(['d1']);
    expect(index.termCount).toBe(3);
  });
});
