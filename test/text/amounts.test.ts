import { describe, expect, it } from 'vitest';
import { sameAmount, typedAmount, writtenAmount, writtenAmounts } from '../../src/text/amounts.js';

describe('typedAmount', () => {
  it('given a figure with a multiplier, 元 or ¥, then its value in 元 and the precision typed', () => {
    expect(typedAmount('12.07亿')).toEqual({ value: 1_207_000_000, step: 1_000_000, money: false, scaled: true });
    expect(typedAmount('120,693万元')).toEqual({ value: 1_206_930_000, step: 10_000, money: true, scaled: true });
    expect(typedAmount('1206931588元')).toEqual({ value: 1_206_931_588, step: 1, money: true, scaled: false });
    expect(typedAmount('￥980')).toEqual({ value: 980, step: 1, money: true, scaled: false });
  });

  it('given a bare number or words, then no amount', () => {
    for (const query of ['1206931588', '2024', '12.07', '亿元', '12亿人口']) expect(typedAmount(query)).toBeNull();
  });
});

describe('writtenAmounts and sameAmount', () => {
  it('given figures in 元, 万元 and 亿元, then each in 元 as written', () => {
    const found = writtenAmounts('资产合计1,206,931,588.40元，折合120,693.16万元，约12.07亿元，员工3,200人');
    expect(found.map((f) => [f.written, f.amount.value])).toEqual([
      ['1,206,931,588.40元', 1_206_931_588.4],
      ['120,693.16万元', 1_206_931_600],
      ['12.07亿元', 1_207_000_000],
    ]);
  });

  it('given an amount typed, then figures that round to it at its last digit match, others not', () => {
    const typed = typedAmount('12.07亿')!;
    const text = (written: string) => writtenAmount(written, typed);
    expect(text('合计1,206,931,588.40元')).toBe('1,206,931,588.40元');
    expect(text('合计120,693.16万元')).toBe('120,693.16万元');
    expect(text('合计12.074亿元')).toBe('12.074亿元');
    expect(text('合计12.078亿元')).toBeNull();
    expect(text('合计1,205,000,000元')).toBeNull();
    expect(text('合计12.08亿元')).toBeNull();
  });

  it('given an amount of money typed, then a count with the same figure is none of it; typed without 元 it is', () => {
    expect(writtenAmount('年产能60万台', typedAmount('60万元')!)).toBeNull();
    expect(writtenAmount('年产能60万台', typedAmount('60万')!)).toBe('60万');
    expect(sameAmount(typedAmount('3万')!, typedAmount('2.6万元')!)).toBe(true);
    expect(sameAmount(typedAmount('3万')!, typedAmount('3.5万元')!)).toBe(false);
  });

  it('given both in plain 元, then no amount of the other: compared as numbers, 3600元 is not 3600.5元', () => {
    expect(sameAmount(typedAmount('3600元')!, typedAmount('3600.5元')!)).toBe(false);
    expect(sameAmount(typedAmount('36000元')!, typedAmount('3.6万元')!)).toBe(true);
  });
});
