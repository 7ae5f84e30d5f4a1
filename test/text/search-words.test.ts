import fc from 'fast-check';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { corpusCacheDir } from '../../src/core/corpus-cache-dir.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { dictionaryFilesIn, indexedTexts } from '../../src/index/build-saved-index.js';
import { corpusFingerprint } from '../../src/index/fingerprint.js';
import { readSavedIndex } from '../../src/index/index-cache.js';
import { corpusDictionaryWords } from '../../src/text/jieba-dictionary.js';
import { simplifiedVariants } from '../../src/text/normalize.js';
import { loadSegmenter } from '../../src/text/segmenter.js';

// The tokenizer derives jieba's search mode from its precise cut (search-words.ts) instead of
// calling nodejieba.cutForSearch: the two must agree word for word, in order, on every text.
// Both run here against the same loaded corpus dictionary.

const cacheDir = corpusCacheDir(DEFAULT_PATHS.cacheDir, DEFAULT_PATHS.corpusDir);
const files = dictionaryFilesIn(cacheDir);
const segmenter = loadSegmenter(files);
const derived = (text: string) => segmenter.searchWords(segmenter.cut(text));
const native = (text: string) => nodejieba.cutForSearch(text, true);

const read = readSavedIndex(cacheDir, corpusFingerprint(DEFAULT_PATHS.corpusDir, [DEFAULT_PATHS.domainWords]));
if (!read.ok) throw new Error(read.reason);
const raw = indexedTexts(read.saved.corpus);

// Dictionary words (long ones give sub-words), single characters and what jieba treats apart:
// its separators, Latin and digits, astral characters, the dictionary's private-use placeholders.
const words = corpusDictionaryWords(files);
const pieces = [
  ...words,
  ...new Set(words.join('')),
  ...[' ', '\t', '\n', '，', '。', '、', 'covid-19', '2020', '3.5%', '𠀀', '𠀀𠀁', '😷', '\uE000', '\uE000\uE001', '\uE002\uE003'],
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

describe('search words derived from the precise cut', () => {
  it('given a word longer than three characters, then its dictionary sub-words come before it, pairs first', () => {
    expect(segmenter.cut('中华人民共和国')).toEqual(['中华人民共和国']);
    expect(derived('中华人民共和国')).toEqual(['中华', '华人', '人民', '共和', '共和国', '中华人民共和国']);
    expect(derived('中华人民共和国')).toEqual(native('中华人民共和国'));
  });

  it('given every indexed text of the corpus, raw and folded, then it equals nodejieba.cutForSearch', () => {
    const texts = [...new Set([...raw, ...raw.flatMap((t) => simplifiedVariants(t))])];
    expect(texts.length).toBeGreaterThan(1200);
    const mismatches = texts.filter((t) => derived(t).join('/') !== native(t).join('/'));
    expect(mismatches).toEqual([]);
  });

  it('given random mixes of dictionary words, characters, separators and astral text, then it equals nodejieba.cutForSearch', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(derived(t)).toEqual(native(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('given any string at all, then it equals nodejieba.cutForSearch', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (t) => {
        expect(derived(t)).toEqual(native(t));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the segmenter’s cut', () => {
  it('given a text cut twice (a query: for its terms, then its countries), then the same words, each caller its own list', () => {
    const first = segmenter.cut('中国向意大利捐赠医疗物资');
    expect(first).toEqual(nodejieba.cut('中国向意大利捐赠医疗物资', true));
    first.push('改动');
    expect(segmenter.cut('中国向意大利捐赠医疗物资')).toEqual(nodejieba.cut('中国向意大利捐赠医疗物资', true));
    expect(segmenter.cut('口罩')).toEqual(nodejieba.cut('口罩', true));
  });
});
