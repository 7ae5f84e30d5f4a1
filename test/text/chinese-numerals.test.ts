import { describe, expect, it } from 'vitest';
import { chineseNumeral, chineseNumeralNumber } from '../../src/text/chinese-numerals.js';

describe('chineseNumeral and chineseNumeralNumber', () => {
  it('given numbers past 99, then written as headings write them, and read back', () => {
    expect([100, 102, 110, 1001, 2024].map(chineseNumeral)).toEqual(['一百', '一百零二', '一百一十', '一千零一', '二千零二十四']);
    expect(['一百', '一百零二', '两百', '一百十', '三百〇二'].map(chineseNumeralNumber)).toEqual([100, 102, 200, 110, 302]);
  });

  it('given every number from 1 to 9999, then read back as written', () => {
    for (let n = 1; n <= 9999; n++) expect(chineseNumeralNumber(chineseNumeral(n))).toBe(n);
  });

  it('given no number (units out of order, digits side by side), then null', () => {
    expect(['十百', '一二', '零', '百', '第三'].map(chineseNumeralNumber)).toEqual([null, null, null, null, null]);
  });
});
