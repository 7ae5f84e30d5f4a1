import { describe, expect, it } from 'vitest';
import { highlightSpans } from '../../src/answer/highlight.js';
import { toSimplified } from '../../src/text/normalize.js';

describe('highlight spans', () => {
  it('given a number, then it is highlighted only where it stands whole', () => {
    expect(highlightSpans('湖北除武汉以外地区已连续13日无新增', ['3'])).toEqual([]);
    expect(highlightSpans('与10个南太平洋岛国', ['10'])).toEqual([[1, 3]]);
    expect(highlightSpans('3月18日', ['3', '18'])).toEqual([
      [0, 1],
      [2, 4],
    ]);
  });

  it('given single characters beside words, then only the words; given single characters alone (/search 疫), then those', () => {
    expect(highlightSpans('疫情防控', ['疫情', '控'])).toEqual([[0, 2]]);
    expect(highlightSpans('疫情防控，抗疫', ['疫'])).toEqual([
      [0, 1],
      [6, 7],
    ]);
    expect(highlightSpans('世界卫生组织/GOARN电话会议', ['a'])).toEqual([[9, 10]]);
  });

  it('given words, then every occurrence, overlapping ones merged', () => {
    expect(highlightSpans('意大利总理孔特，意大利', ['意大利', '大利总理'])).toEqual([
      [0, 5],
      [8, 11],
    ]);
  });

  it('given a character whose folded form is longer (㈠, ㎡), then the other words are still highlighted, Traditional ones too', () => {
    for (const text of ['㈠其次，确认付款。', '面积120㎡，確認完成。']) {
      const spans = highlightSpans(text, ['确认']);
      expect(spans.map(([a, b]) => toSimplified(text.slice(a, b)))).toEqual(['确认']);
    }
  });
});
