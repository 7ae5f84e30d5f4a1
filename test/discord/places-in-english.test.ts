import { describe, expect, it } from 'vitest';
import { placesInEnglish } from '../../src/discord/places-in-english.js';

// What the core writes of a sentence's place, as an English client reads it; the documents' own
// words (titles, headings, sentences) untouched.

describe('placesInEnglish', () => {
  it.each([
    ['纪实 · 3月16日 · 第32条第1句', '纪实 · March 16 · entry 32, sentence 1'],
    ['白皮书 · 三 凝聚力量 › 二 举全国之力 · 第23句', '白皮书 · 三 凝聚力量 › 二 举全国之力 · sentence 23'],
    [
      '纪实 · 3月18日 · 第44条（重复出现：3月25日 · 第70条；3月26日 · 第71条）',
      '纪实 · March 18 · entry 44 (repeated: March 25 · entry 70; March 26 · entry 71)',
    ],
    ['报告 · 2021年1月9日 · 第3条第2句（另见1处）', '报告 · January 9, 2021 · entry 3, sentence 2 (also in 1 other place)'],
    ['报告 · 第7句（另见2处）', '报告 · sentence 7 (also in 2 other places)'],
    ['日期不详 · 第3条', 'date unknown · entry 3'],
    ['3月18日 · 中国国家主席习近平应约同西班牙首相桑切斯通电话', 'March 18 · 中国国家主席习近平应约同西班牙首相桑切斯通电话'],
  ])('given %j, then %j', (chinese, english) => expect(placesInEnglish(chinese)).toBe(english));

  it('given a heading or title that only contains a date or an ordinal, then it is left as the document writes it', () => {
    expect(placesInEnglish('报告 · 3月18日会议纪要 · 第2句')).toBe('报告 · 3月18日会议纪要 · sentence 2');
    expect(placesInEnglish('第一章 第3条规定')).toBe('第一章 第3条规定');
  });
});
