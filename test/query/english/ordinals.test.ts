import { describe, expect, it } from 'vitest';
import { tokenizeEnglish } from '../../../src/query/english/lemma.js';
import { countriesGroup, ordinalCounted } from '../../../src/query/english/ordinals.js';
import { isEnglishQuery } from '../../../src/query/english/translate.js';

// Tokens as English questions are read (lemmas singular: "batches" counts as batch).
const counted = (phrase: string, at = 0) => ordinalCounted(tokenizeEnglish(phrase), at);

describe('ordinalCounted', () => {
  it('given an ordinal and the noun it counts, then the Chinese word for both, in numerals and digits', () => {
    expect(counted('third edition')).toEqual(['第三版 第3版']);
    expect(counted('fifth batch')).toEqual(['第五批 第5批']);
    expect(counted('13th session')).toEqual(['第十三次 第13次']);
  });

  it('given a word between them ("third trial edition"), then still counted; "first" also reads as 首', () => {
    expect(counted('third trial edition')).toEqual(['第三版 第3版']);
    expect(counted('first plenary meeting')).toEqual(['第一次 第1次', '首次']);
    // Two words between: the noun a nationality and a field describe.
    expect(counted('third Chinese expert team')).toEqual(['第三批 第3批']);
  });

  it('given an ordinal counting nothing nearby, or no ordinal, then null', () => {
    expect(counted('first confirmed that the outbreak')).toBeNull();
    expect(counted('the second edition', 0)).toBeNull();
  });
});

describe('countriesGroup', () => {
  it('given G20, G-20 or G7, then the group as the documents name it, 二十国集团 (no dictionary has G20)', () => {
    expect(countriesGroup(tokenizeEnglish('G20'), 0)).toEqual({ chinese: ['二十国集团'], length: 1 });
    expect(countriesGroup(tokenizeEnglish('G-20 summit'), 0)).toEqual({ chinese: ['二十国集团'], length: 2 });
    expect(countriesGroup(tokenizeEnglish('the G7'), 1)).toEqual({ chinese: ['七国集团'], length: 1 });
    // A lone G, or a letter with no count, is none.
    expect(countriesGroup(tokenizeEnglish('G spot'), 0)).toBeNull();
    expect(countriesGroup(tokenizeEnglish('5G'), 0)).toBeNull();
    // G20 alone is English (one letter): a /search of it is translated.
    expect([isEnglishQuery('G20'), isEnglishQuery('G-20'), isEnglishQuery('5'), isEnglishQuery('中国G20')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
