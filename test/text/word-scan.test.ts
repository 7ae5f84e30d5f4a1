import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/text/word-scan.js';

const naiveCount = (text: string, word: string): number => {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) n++;
  return n;
};

describe('countWords', () => {
  it('given words that are prefixes of one another, then each is counted, overlaps included', () => {
    const counts = countWords(['中国', '中国人', '国人', '人民', '美国'], '中国人民，中国人。');
    expect(Object.fromEntries(counts)).toEqual({ 中国: 2, 中国人: 2, 国人: 2, 人民: 1 });
  });

  it('property: the same counts as searching the text for each word', () => {
    const alphabet = fc.constantFrom('中', '国', '人', '民', '，', 'a', '😀');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.array(alphabet, { maxLength: 80 }), (words, chars) => {
        const text = chars.join('');
        const counts = countWords(words, text);
        for (const w of words) expect(counts.get(w) ?? 0).toBe(naiveCount(text, w));
      }),
      { numRuns: 500 },
    );
  });
});
