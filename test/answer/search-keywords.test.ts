import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLong, keywordMatch, type SearchKeyword, searchedKeywords } from '../../src/answer/search-keywords.js';

describe('long terms', () => {
  it('given any string, lone surrogates and pairs too, then it is long when it has two code points or more', () => {
    const unit = fc.oneof(
      fc.constantFrom('疫', 'a', '𠮷', '\ud842', '\udfb7', '口'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 4 }), (units) => {
        const term = units.join('');
        expect(isLong(term)).toBe([...term].length >= 2);
      }),
      { numRuns: 5000 },
    );
    expect([isLong('𠮷'), isLong('𠮷疫'), isLong('疫情'), isLong('疫'), isLong('')]).toEqual([false, true, true, false, false]);
  });
});

describe('keyword match', () => {
  const written: SearchKeyword = {
    whole: ['世界卫生组织'],
    bigrams: [['世界', '界卫', '卫生', '生组', '组织']],
    parts: ['世界', '卫生', '组织'],
    words: [],
  };
  const severalWords: SearchKeyword = {
    whole: [],
    bigrams: [['医疗', '疗物', '物资']],
    parts: ['医疗', '物资', '疗物'],
    words: ['医疗', '物资'],
  };
  const oneWord: SearchKeyword = { whole: [], bigrams: [], parts: ['武汉'], words: ['武汉'] };

  it('given a keyword the documents write, then a sentence holds it written whole or by all its pairs, never by a share of its words', () => {
    const { holdsSome, shareAlways, shareIfNoneHolds } = keywordMatch([written]);
    expect(holdsSome(new Set(['世界卫生组织']))).toBe(true);
    expect(holdsSome(new Set(written.bigrams[0]))).toBe(true);
    expect(holdsSome(new Set(['世界', '组织', '贸易']))).toBe(false);
    expect([shareAlways, shareIfNoneHolds]).toEqual([false, false]);
  });

  it('given a keyword of several words written apart, then a sentence holds it by every word, not by one, and the share decides only when none holds it', () => {
    const { holdsSome, shareAlways, shareIfNoneHolds } = keywordMatch([severalWords]);
    expect(holdsSome(new Set(['医疗', '防护', '物资']))).toBe(true);
    expect(holdsSome(new Set(['医疗', '医疗队']))).toBe(false);
    expect([shareAlways, shareIfNoneHolds]).toEqual([false, true]);
  });

  it('given no keyword (/ask) or one of a single searched word and no pair to test, then the share always decides; given keywords typed apart, then holding one is enough', () => {
    expect(keywordMatch([]).shareAlways).toBe(true);
    expect(keywordMatch([oneWord]).shareAlways).toBe(true);
    // 控制疫情: 疫情 is too common to search, but its pairs tell the sentences writing it; the share decides only when none does.
    const onePlusCommon: SearchKeyword = { whole: [], bigrams: [['控制', '制疫']], parts: ['控制', '制疫'], words: ['控制'] };
    const { holdsSome, shareAlways, shareIfNoneHolds } = keywordMatch([onePlusCommon]);
    expect([shareAlways, shareIfNoneHolds]).toEqual([false, true]);
    expect(holdsSome(new Set(['控制', '制疫']))).toBe(true);
    expect(holdsSome(new Set(['控制', '感染']))).toBe(false);
    expect(keywordMatch([written, severalWords]).holdsSome(new Set(['世界卫生组织']))).toBe(true);
  });
});

describe('searched keywords', () => {
  it('given a keyword with a character pair no sentence writes (七国集团: 七国), then no sentence holds it by its other pairs or terms', () => {
    const g7: SearchKeyword = { whole: [], bigrams: [['七国', '国集', '集团']], parts: ['七国', '集团', '国集'], words: ['七国', '集团'] };
    const searched = new Set(['国集', '集团']);
    const [kept] = searchedKeywords([g7], searched, (t) => t === '七国');
    expect(kept).toMatchObject({ bigrams: [], parts: [] });
    expect(keywordMatch([kept!]).holdsSome(new Set(['国集', '集团']))).toBe(false);
    // Without the unwritten pair, the rest held it: 二十国集团 was a result of G7.
    const [asBefore] = searchedKeywords([g7], searched);
    expect(keywordMatch([asBefore!]).holdsSome(new Set(['国集', '集团']))).toBe(true);
  });
});
