import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSpans, mergeSpans } from '../../src/answer/highlight.js';
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

  it('given a term that is such a character folded (m2 of ㎡), then that character is lit', () => {
    const text = '面积约30㎡，確認完成。';
    expect(highlightSpans(text, ['m2', '确认']).map(([a, b]) => text.slice(a, b))).toEqual(['㎡', '確認']);
  });

  it('given repeated, empty and nested terms in any order, then each occurrence is lit once, the longest word whole', () => {
    const text = '口罩捐赠，捐赠口罩和防护口罩';
    const expected = [
      [0, 4],
      [5, 9],
      [12, 14],
    ];
    for (const terms of [
      ['口罩', '捐赠', '口罩捐赠'],
      ['', '口罩捐赠', '捐赠', '口罩', '捐赠'],
    ])
      expect(highlightSpans(text, terms)).toEqual(expected);
  });

  it('given any spans, then merging them is sorting them by start (longer first) and joining those that touch or overlap', () => {
    const span = fc.tuple(fc.nat(40), fc.nat(10)).map(([start, length]) => [start, start + length] as [number, number]);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), (spans) => {
        const expected: [number, number][] = [];
        for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
          const last = expected[expected.length - 1];
          if (last && start <= last[1]) last[1] = Math.max(last[1], end);
          else expected.push([start, end]);
        }
        const before = JSON.stringify(spans);
        expect(mergeSpans(spans)).toEqual(expected);
        expect(JSON.stringify(spans)).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });
});
