import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { restoreMiniSearch } from '../../src/index/minisearch-restore.js';
import { wordPostingsFromMiniSearch, wordPostingsFromSaved, wordPostingsToSaved } from '../../src/index/word-postings.js';
import { WORD_INDEX_OPTIONS, type WordDoc } from '../support/word-index.js';

// The word index restored from saved postings must search exactly as MiniSearch's own loadJS:
// same documents, same scores to the last bit, same terms and matches, in the same order.

type Doc = WordDoc;
const OPTIONS = WORD_INDEX_OPTIONS;

// Shared prefixes, one-character terms, a term that is another's prefix and astral characters.
const WORDS = ['中国', '中国人', '中', '援助', '援', '意大利', '意见', '医疗', '医疗队', '专家组', 'who', '𠀀𠀁', '𠀀', '口罩'];
const word = fc.constantFrom(...WORDS);
const documents = fc.array(fc.array(word, { maxLength: 10 }), { minLength: 1, maxLength: 40 });

function both(docs: string[][]) {
  const ids = docs.map((_, i) => `doc:${i}`);
  const built = new MiniSearch<Doc>(OPTIONS);
  built.addAll(docs.map((words, i) => ({ id: ids[i]!, words: words.join(' ') })));
  const saved = wordPostingsToSaved(wordPostingsFromMiniSearch(built.toJSON(), ids));
  const restored = restoreMiniSearch<Doc>(wordPostingsFromSaved(saved), ids, OPTIONS);
  return { loaded: MiniSearch.loadJS<Doc>(built.toJSON(), OPTIONS), restored };
}

describe('MiniSearch restored from saved word postings', () => {
  it('given any documents and query, then it finds what loadJS finds, with the same scores, in the same order', () => {
    fc.assert(
      fc.property(documents, fc.array(word, { minLength: 1, maxLength: 6 }), (docs, query) => {
        const { loaded, restored } = both(docs);
        const q = query.join(' ');
        expect(restored.search(q)).toEqual(loaded.search(q));
        // Twice: a view's position hint must not leak from one search into the next.
        expect(restored.search(q)).toEqual(loaded.search(q));
        expect(restored.documentCount).toBe(loaded.documentCount);
      }),
      { numRuns: 300 },
    );
  });

  it('given a restored index, then it serialises as the original (terms in tree order) and finds each term alone', () => {
    const plain = (index: MiniSearch<Doc>) => {
      const js = JSON.parse(JSON.stringify(index)) as { index: [string, unknown][] };
      return { ...js, index: js.index.sort(([a], [b]) => (a < b ? -1 : 1)) };
    };
    fc.assert(
      fc.property(documents, (docs) => {
        const { loaded, restored } = both(docs);
        expect(plain(restored)).toEqual(plain(loaded));
        // The bot searches exact terms only (prefix and fuzzy order terms by the tree's shape).
        for (const term of WORDS) expect(restored.search(term)).toEqual(loaded.search(term));
      }),
      { numRuns: 100 },
    );
  });

  it('given a restored index, then it knows its documents by id as loadJS does and refuses changes (its document maps are views)', () => {
    const { loaded, restored } = both([['中国'], ['援助', '中国'], []]);
    for (const id of ['doc:0', 'doc:1', 'doc:2', 'doc:3', 'nope']) expect(restored.has(id)).toBe(loaded.has(id));
    expect(() => restored.add({ id: 'doc:9', words: '中国' })).toThrow(/read-only/);
    expect(() => restored.discard('doc:1')).toThrow(/read-only/);
    expect(restored.search('中国')).toEqual(loaded.search('中国'));
  });

  it('given the terms as a one-pass iterable (a writer serialising them one at a time), then the postings are the same', () => {
    const ids = ['a', 'b', 'c'];
    const built = new MiniSearch<Doc>(OPTIONS);
    built.addAll(ids.map((id, i) => ({ id, words: WORDS.slice(i, i + 5).join(' ') })));
    const js = built.toJSON();
    const once = {
      ...js,
      index: (function* () {
        yield* js.index;
      })(),
    } as unknown as typeof js;
    expect(wordPostingsFromMiniSearch(once, ids)).toEqual(wordPostingsFromMiniSearch(js, ids));
  });

  it('given documents not in passage order, then the postings are refused (nothing wrong is saved)', () => {
    const built = new MiniSearch<Doc>(OPTIONS);
    built.addAll([
      { id: 'b', words: '中国' },
      { id: 'a', words: '援助' },
    ]);
    expect(() => wordPostingsFromMiniSearch(built.toJSON(), ['a', 'b'])).toThrow(/order/);
  });

  it('given damaged bytes, then reading them throws instead of serving wrong postings', () => {
    const ids = ['a', 'b'];
    const built = new MiniSearch<Doc>(OPTIONS);
    built.addAll([
      { id: 'a', words: '中国 援助' },
      { id: 'b', words: '中国' },
    ]);
    const saved = wordPostingsToSaved(wordPostingsFromMiniSearch(built.toJSON(), ids));
    expect(() => wordPostingsFromSaved({ ...saved, bytes: saved.bytes.subarray(0, saved.bytes.length - 2) })).toThrow();
    const wrongDoc = saved.bytes.slice();
    new DataView(wrongDoc.buffer).setUint32(16 + 3 * 4, 99, true);
    expect(() => wordPostingsFromSaved({ ...saved, bytes: wrongDoc })).toThrow(/inconsistent/);
    expect(() => wordPostingsFromSaved({ ...saved, terms: ['中国'] })).toThrow(/damaged/);
  });
});
