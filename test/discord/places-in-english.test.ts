import { describe, expect, it } from 'vitest';
import { citationInEnglish, labelInEnglish } from '../../src/discord/places-in-english.js';

// What the core writes of a sentence's place, as an English client reads it; the documents' own
// words (titles, headings, sentences) untouched.

describe('citationInEnglish', () => {
  it.each([
    ['纪实 · 3月16日 · 第32条第1句', '纪实 · March 16 · entry 32, sentence 1'],
    ['白皮书 · 三 凝聚力量 › 二 举全国之力 · 第23句', '白皮书 · 三 凝聚力量 › 二 举全国之力 · sentence 23'],
    [
      '纪实 · 3月18日 · 第44条（重复出现：3月25日 · 第70条；3月26日 · 第71条）',
      '纪实 · March 18 · entry 44 (repeated: March 25 · entry 70; March 26 · entry 71)',
    ],
    ['报告 · 2021年1月9日 · 第3条第2句（另见1处）', '报告 · January 9, 2021 · entry 3, sentence 2 (also in 1 other place)'],
    ['报告 · 第7句（另见2处）', '报告 · sentence 7 (also in 2 other places)'],
    ['纪实 · 日期不详 · 第3条', '纪实 · date unknown · entry 3'],
  ])('given %j, then %j', (chinese, english) => expect(citationInEnglish(chinese)).toBe(english));

  it('given a title or heading that is or holds a date or an ordinal, then it is left as the document writes it', () => {
    expect(citationInEnglish('3月18日 · 第2句')).toBe('3月18日 · sentence 2');
    expect(citationInEnglish('报告 · 3月18日会议纪要 · 第2句')).toBe('报告 · 3月18日会议纪要 · sentence 2');
    expect(citationInEnglish('报告 · 第3条 › 细则 · 第2句')).toBe('报告 · 第3条 › 细则 · sentence 2');
  });
});

describe('labelInEnglish', () => {
  it('given an event title, then its date in English and the opening sentence as written, dates and ordinals in it too', () => {
    expect(labelInEnglish('3月18日 · 会议日期：3月18日；第3条')).toBe('March 18 · 会议日期：3月18日；第3条');
    expect(labelInEnglish('3月18日')).toBe('March 18');
  });

  it('given a section path, then as written', () => {
    expect(labelInEnglish('第3条 › 细则')).toBe('第3条 › 细则');
  });
});
