import { describe, expect, it } from 'vitest';
import { indexCorpusWords } from '../../../src/query/english/corpus-words.js';
import { readCorpusText } from './corpus-fixture.js';

const naiveCount = (text: string, word: string): number => text.split(word).length - 1;

describe('indexCorpusWords', () => {
  const text = readCorpusText();
  const vocabulary = ['疫情', '银行', '世界卫生组织', '亚洲基础设施投资银行', '紧急贷款', '股票市场'];
  const words = indexCorpusWords(text, vocabulary);

  it.each(['疫情', '银行', '世界卫生组织', '亚洲基础设施投资银行', '紧急贷款'])(
    'given the real corpus then the count of %s matches a plain substring count',
    (word) => {
      expect(words.count(word)).toBe(naiveCount(text, word));
      expect(words.count(word)).toBeGreaterThan(0);
    },
  );

  it('given words outside the vocabulary then they are counted on demand, the same way', () => {
    const others = indexCorpusWords(text, []);
    for (const word of vocabulary) expect(others.count(word)).toBe(words.count(word));
  });

  it('given words the corpus lacks then the count is 0', () => {
    expect(words.count('股票市场')).toBe(0);
    expect(words.count('恐龙')).toBe(0);
    expect(words.count('')).toBe(0);
  });

  it('given a string that crosses punctuation then it does not count', () => {
    // "，" separates Han runs; a headword never spans punctuation.
    expect(indexCorpusWords('银行，贷款', ['行贷']).count('行贷')).toBe(0);
  });

  it('given counts from a scan of the whole text, then every count is the one the Han runs give', () => {
    const small = '新冠肺炎疫情，WHO称“疫情”仍在蔓延。AA制\n疫情𠀀字';
    const vocabulary = ['疫情', '新冠肺炎', 'AA制', 'WHO', '蔓延', '恐龙', '𠀀字'];
    const counted = new Map(
      [...vocabulary, '称'].map((w) => [w, naiveCount(small, w)]).filter(([, n]) => Number(n) > 0) as [string, number][],
    );
    const plain = indexCorpusWords(small, vocabulary);
    const fromScan = indexCorpusWords(small, vocabulary, counted);
    for (const word of [...vocabulary, '称', '仍在', '情，W', '']) expect(fromScan.count(word)).toBe(plain.count(word));
  });
});
