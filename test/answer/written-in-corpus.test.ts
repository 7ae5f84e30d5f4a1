import { describe, expect, it } from 'vitest';
import { sentencesWriting, someSentenceWrites } from '../../src/answer/written-in-corpus.js';
import { buildLibrary } from '../../src/core/library.js';
import { numberPassages } from '../../src/index/passage-numbers.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { tempCorpus } from '../support/temp-corpus.js';

// Which sentences write a text, by reading every one: the fallback of a /search the index finds
// nothing for, and the test of whether a typed keyword is written at all.

const corpus = loadCorpus(
  tempCorpus('written-in-corpus', { '公告.txt': '區塊鏈技術用於物流。\n\n本周开会讨论物流。\n\n物流公司发布公告。\n' }),
);
const numbers = numberPassages(corpus);
const library = buildLibrary(corpus, numbers);
const texts = (text: string) => sentencesWriting(library, text).map((n) => numbers.passages[n]!.text);

describe('sentencesWriting', () => {
  it('given a text three sentences write, then those three, in the documents’ order', () => {
    expect(texts('物流')).toEqual(['區塊鏈技術用於物流。', '本周开会讨论物流。', '物流公司发布公告。']);
  });

  it('given a text written in Traditional, then it is found in Simplified, as sentences are matched', () => {
    expect(texts('区块链')).toEqual(['區塊鏈技術用於物流。']);
    expect(texts('區塊鏈')).toEqual([]);
  });

  it('given a text asked again, then the same answer', () => {
    // Remembered: the same list, not a second reading.
    expect(sentencesWriting(library, '开会')).toBe(sentencesWriting(library, '开会'));
    expect(someSentenceWrites(library, '开会')).toBe(true);
    expect(someSentenceWrites(library, '量子计算机')).toBe(false);
  });
});
