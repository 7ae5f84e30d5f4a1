import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { MiniSearchBuilder } from '../../src/index/minisearch-builder.js';
import { WORD_INDEX_OPTIONS, type WordDoc } from '../support/word-index.js';

// The builder replaces add() for speed only: the index it builds must be add()'s to the last bit
// (its JSON lists the radix tree's terms in tree order, so equal JSON means an equal tree), and
// search the same.

// Shared prefixes, one-character terms, a term that is another's prefix, astral characters.
const WORDS = ['中国', '中国人', '中', '援助', '援', '意大利', '意见', '医疗', '医疗队', '专家组', 'who', '𠀀𠀁', '𠀀', '口罩'];
const word = fc.constantFrom(...WORDS);
const documents = fc.array(fc.array(word, { maxLength: 12 }), { maxLength: 40 });

function both(docs: string[][]) {
  const added = new MiniSearch<WordDoc>(WORD_INDEX_OPTIONS);
  const builder = new MiniSearchBuilder<WordDoc>(WORD_INDEX_OPTIONS);
  docs.forEach((words, i) => {
    added.add({ id: `doc:${i}`, words: words.join(' ') });
    builder.add(`doc:${i}`, words.join(' '));
  });
  return { added, built: builder.finish() };
}

describe('MiniSearchBuilder', () => {
  it('given any documents, then it builds the index add() builds: same JSON, same term order', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const { added, built } = both(docs);
        expect(JSON.stringify(built.toJSON())).toBe(JSON.stringify(added.toJSON()));
      }),
      { numRuns: 300 },
    );
  });

  it('given any documents and query, then searches find the same documents with the same scores', () => {
    fc.assert(
      fc.property(documents, fc.array(word, { minLength: 1, maxLength: 6 }), (docs, query) => {
        const { added, built } = both(docs);
        expect(built.search(query.join(' '))).toEqual(added.search(query.join(' ')));
        expect(built.documentCount).toBe(added.documentCount);
      }),
      { numRuns: 200 },
    );
  });

  it('given a document id twice, then it refuses it as add() does', () => {
    const builder = new MiniSearchBuilder<WordDoc>(WORD_INDEX_OPTIONS);
    builder.add('a', '中国');
    expect(() => builder.add('a', '援助')).toThrow(/duplicate ID/);
  });

  it('given tokens instead of a text, then addTokens builds what add builds, and counts documents per term', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const { added } = both(docs);
        const builder = new MiniSearchBuilder<WordDoc>(WORD_INDEX_OPTIONS);
        docs.forEach((words, i) => {
          builder.addTokens(`doc:${i}`, words);
        });
        const frequencies = builder.documentFrequencies();
        const expected: Record<string, number> = {};
        for (const words of docs) for (const w of new Set(words)) expected[w] = (expected[w] ?? 0) + 1;
        expect(frequencies).toEqual(expected);
        expect(Object.keys(frequencies)).toEqual(Object.keys(expected));
        expect(JSON.stringify(builder.finish().toJSON())).toBe(JSON.stringify(added.toJSON()));
      }),
      { numRuns: 100 },
    );
  });
});
