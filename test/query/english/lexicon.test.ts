import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnglishLexicon, type EnglishLexicon, MAX_CANDIDATES } from '../../../src/query/english/lexicon.js';
import { STOP_LEMMAS } from '../../../src/query/english/stop-words.js';
import { translateEnglishQuery } from '../../../src/query/english/translate.js';
import { readCorpusText } from './corpus-fixture.js';
import { installedCedict } from './installed-cedict.js';

describe('buildEnglishLexicon on the real corpus', () => {
  const text = readCorpusText();
  let lexicon: EnglishLexicon;

  beforeAll(() => {
    lexicon = buildEnglishLexicon(text);
  });

  it('given the corpus then every Chinese candidate occurs in the corpus text', () => {
    const all = [...Object.values(lexicon.words), ...Object.values(lexicon.acronyms)].flat();
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter((word) => !text.includes(word))).toEqual([]);
  });

  it('given any key then it has between 1 and MAX_CANDIDATES candidates, without repeats', () => {
    for (const list of [...Object.values(lexicon.words), ...Object.values(lexicon.acronyms)]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(MAX_CANDIDATES);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('given stop words then none is a single-word key', () => {
    expect(Object.keys(lexicon.words).filter((key) => STOP_LEMMAS.has(key))).toEqual([]);
  });

  it('given domain words then their main translation comes first', () => {
    expect(lexicon.words['bank']?.[0]).toBe('银行');
    expect(lexicon.words['expert']?.[0]).toBe('专家');
    expect(lexicon.words['loan']?.[0]).toBe('贷款');
    expect(lexicon.words['outbreak']?.[0]).toBe('疫情');
    expect(lexicon.words['latin america']?.[0]).toBe('拉美');
    expect(lexicon.acronyms['WHO']?.[0]).toBe('世界卫生组织');
  });

  it('given countries and demonyms then they map to the corpus names', () => {
    expect(lexicon.words['italy']).toEqual(['意大利']);
    expect(lexicon.words['italian']).toEqual(['意大利']);
    // -ean: the name keeps its final e.
    expect(lexicon.words['singaporean']).toEqual(['新加坡']);
    // The ISO Chinese name 沙特阿拉伯 is absent; CEDICT's "abbr. for Saudi Arabia" supplies 沙特.
    expect(lexicon.words['saudi arabia']).toContain('沙特');
  });

  it('given the build then it is small enough to store with the index', () => {
    // Build time is a benchmark figure (npm run bench), not a unit-test bound on a shared machine.
    expect(JSON.stringify(lexicon).length).toBeLessThan(1_000_000);
  });
});

// The real corpus's build above reads CC-CEDICT itself (buildEnglishLexicon's default); these take it as prepared.
describe('buildEnglishLexicon on small texts', () => {
  it('given a text without 银行 then "bank" does not map to it', () => {
    const lexicon = buildEnglishLexicon('各国专家举行视频会议。', installedCedict());
    expect(lexicon.words['bank'] ?? []).not.toContain('银行');
    expect(lexicon.words['expert']).toEqual(['专家']);
  });

  it('given a word glossed only inside a framing phrase (如果 "in case", 往往 "in many cases"), then the word alone is not it', () => {
    const lexicon = buildEnglishLexicon('如果被告不服，往往提起上诉。本案件已审理终结。', installedCedict());
    expect(lexicon.words['case']?.[0]).toBe('案件');
    expect(lexicon.words['case']).not.toContain('如果');
    expect(lexicon.words['case']).not.toContain('往往');
    expect(lexicon.words['in case']).toContain('如果');
  });

  it('given a word glossed only after a negation (不到 "not to arrive", 不易 "not easy"), then the word alone is not it', () => {
    // A press conference's sentence writing 不到 and a diary's writing 到: "arrived" was 不到 alone.
    const lexicon = buildEnglishLexicon(
      '回程班列的比例也从2021年的不到15%提高到了今年的43%。下午到了里斯本，这件事并不容易，也不易做到。',
      installedCedict(),
    );
    const chinese = (english: string) => translateEnglishQuery(english, lexicon).groups.flatMap((group) => group.chinese);
    expect(chinese('arrived')).not.toContain('不到');
    expect(chinese('arrived')).toContain('到');
    expect(chinese('reached')).not.toContain('不到');
    expect(chinese('easy')).not.toContain('不易');
    expect(chinese('not to arrive')).toContain('不到');
  });

  it('given a Traditional Chinese text then candidates are in the form the text uses', () => {
    const lexicon = buildEnglishLexicon('多家銀行提供緊急貸款。', installedCedict());
    expect(lexicon.words['bank']).toContain('銀行');
    expect(lexicon.words['loan']).toContain('貸款');
  });

  it('given a word with a CC-CEDICT sense written (房租: 租金), then a contraction it might also be (房屋出租) is not its synonym', () => {
    // 房屋出租 would pull every sentence about the 房屋 into a question about the rent.
    const lexicon = buildEnglishLexicon('乙方应按季度支付租金。甲方将房屋出租给乙方。', {
      ...installedCedict(),
      corpusWords: ['房屋出租'],
    });
    expect(lexicon.synonyms?.['房租']).toEqual(['租金']);
  });

  it('given an empty text then the lexicon is empty but valid', () => {
    const lexicon = buildEnglishLexicon('', installedCedict());
    expect(lexicon.words).toEqual({});
    expect(lexicon.maxPhraseWords).toBe(1);
  });
});
