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

  it('given a number, then not its digits inside a larger number or a figure with its unit (the 4 of 2.4GHz)', () => {
    const lit = (text: string, terms: string[]) => highlightSpans(text, terms).map(([a, b]) => text.slice(a, b));
    expect(lit('4. 本机只支持 2.4GHz 频段', ['4'])).toEqual(['4']);
    expect(lit('本机支持 2.4GHz 频段', ['2'])).toEqual([]);
    expect(lit('增长了12.45%，共2.4万', ['2.4'])).toEqual(['2.4']);
    // Either spelling, as before; typed with a point, the version it starts, whole, its v too.
    expect(lit('共有2,500人', ['2500'])).toEqual(['2,500']);
    expect(lit('共有2,500人', ['500', '2'])).toEqual([]);
    // A comma not grouping thousands (a full-width one, folded; a list's) is no number's.
    expect(lit('10，11月11日', ['11'])).toEqual(['11', '11']);
    expect(lit('第1,2名', ['2'])).toEqual(['2']);
    expect(lit('版本为 v1.2.0，热修复 1.2.1', ['1.2'])).toEqual(['v1.2.0', '1.2.1']);
  });

  it('given a unit the tokenizer reads apart from its number (hz of 120Hz), then it is lit there, beside its number too', () => {
    const lit = (text: string, terms: string[]) => highlightSpans(text, terms).map(([a, b]) => text.slice(a, b));
    expect(lit('支持120Hz，不支持5GHz。', ['hz'])).toEqual(['Hz']);
    expect(lit('优化了适配，支持120Hz。', ['支持', '120', 'hz'])).toEqual(['支持120Hz']);
    // Not the letters inside a code of letters and digits (one word to the tokenizer), nor a word going on.
    expect(lit('型号为ab120hz，频率120hzx', ['hz'])).toEqual([]);
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
