import { describe, expect, it } from 'vitest';
import { PUNCTUATION_OR_SPACE } from '../../src/answer/query-analysis.js';
import {
  numberSpellings,
  wholeNumberPattern,
  withoutSeparators,
  withoutZeroCents,
  writesPhrase,
  writtenSpelling,
} from '../../src/text/number-spellings.js';
import type { Segmenter } from '../../src/text/segmenter.js';
import { createTokenizer } from '../../src/text/tokenizer.js';

describe('numberSpellings', () => {
  it('given a number of four digits or more, then it with and without thousands separators', () => {
    expect(numberSpellings('2500人')).toEqual(['2500人', '2,500人']);
    expect(numberSpellings('2,500人')).toEqual(['2,500人', '2500人']);
    expect(numberSpellings('1234567.25')).toEqual(['1234567.25', '1,234,567.25']);
  });

  it('given small numbers, decimals or codes, then only the text itself', () => {
    expect(numberSpellings('500人')).toEqual(['500人']);
    expect(numberSpellings('0.12345')).toEqual(['0.12345']);
    expect(numberSpellings('mp3000')).toEqual(['mp3000']);
  });
});

describe('withoutZeroCents', () => {
  it('given an amount with zero cents, then the number it is', () => {
    expect(withoutZeroCents('¥3,600.00')).toBe('¥3,600');
    expect(withoutZeroCents('共3600.00元，5.00%')).toBe('共3600元，5%');
  });

  it('given other decimals, a single zero, a version or a code, then as written', () => {
    for (const text of ['3600.5', '3600.05', '3600.001', '7.0级', '1.2.00', '1.00.2', 'v1.00', 'mp3.00'])
      expect(withoutZeroCents(text)).toBe(text);
  });
});

describe('wholeNumberPattern', () => {
  it('given a whole number, then also where it is written with zero cents, in either spelling', () => {
    for (const number of ['3600', '3,600', '3600.00']) {
      expect(wholeNumberPattern(number).exec('月租金（¥3,600.00），不含水电')?.[0]).toBe('3,600.00');
      expect(wholeNumberPattern(number).exec('月租金3600元')?.[0]).toBe('3600');
    }
  });

  it('given a whole number, then also in a figure grouped by thousands with its cents, as a table writes an amount', () => {
    expect(wholeNumberPattern('1206931588').test('资产合计：1,206,931,588.40元')).toBe(true);
    for (const text of ['1206931588.40', '1,206,931,588.401', '1,206,931,588,400.40'])
      expect(wholeNumberPattern('1206931588').test(text)).toBe(false);
  });

  it('given a whole number, then not in other decimals (3600.5 is its own number)', () => {
    for (const text of ['3600.5元', '3600.05元', '3,600.001']) expect(wholeNumberPattern('3600').test(text)).toBe(false);
    expect(wholeNumberPattern('3600.5').test('¥3,600.00')).toBe(false);
  });
});

describe('withoutSeparators', () => {
  it('given grouped digits, then the digits; a list of numbers stays a list', () => {
    expect(withoutSeparators('2,500人和1,234,567元')).toBe('2500人和1234567元');
    expect(withoutSeparators('第1,2名，12,34')).toBe('第1,2名，12,34');
    expect(withoutSeparators('第1,2,345名；0.1,234；abc1,234；1,234,5')).toBe('第1,2,345名；0.1,234；abc1,234；1,234,5');
  });

  it('given a grouped number after a comma or point of prose (the chronicle writes ASCII commas), then its digits', () => {
    expect(withoutSeparators('通报,3,000人')).toBe('通报,3000人');
  });
});

describe('one grouped number for the tokenizer and the query phrases', () => {
  const segmenter: Segmenter = { cut: (text) => [text], searchWords: (cut) => [...cut] };
  const tokenizer = createTokenizer(segmenter);
  it.each([
    ['共3,000人', ['3000'], ['共3,000人']],
    ['通报,3,000人', ['3000'], ['通报', '3,000人']],
    ['第1,2,345名', ['1', '2', '345'], ['第1', '2', '345名']],
    ['共1,234,5', ['1', '234', '5'], ['共1', '234', '5']],
  ])('given %s, then the tokenizer reads the numbers %j and the phrases are %j', (text, numbers, phrases) => {
    expect(tokenizer.tokenize(text).words.filter((w) => /^\d/u.test(w))).toEqual(numbers);
    expect(text.split(PUNCTUATION_OR_SPACE).filter(Boolean)).toEqual(phrases);
  });
});

describe('writesPhrase and writtenSpelling', () => {
  it('given a phrase whose number a text writes with zero cents, then found, and the other way round', () => {
    expect(writesPhrase('3600')('押金（¥3,600.00）')).toBe(true);
    expect(writesPhrase('3600.00元')('押金3600元')).toBe(true);
    expect(writtenSpelling('押金3600元', '3,600.00元')).toBe('3600元');
  });

  it('given a phrase whose number a text writes otherwise, then found, and how the text writes it', () => {
    expect(writesPhrase('6000公里')('骑行6,000公里')).toBe(true);
    expect(writesPhrase('6,000公里')('骑行6000公里')).toBe(true);
    expect(writesPhrase('6000公里')('骑行600公里')).toBe(false);
    expect(writtenSpelling('骑行6,000公里', '6000公里')).toBe('6,000公里');
    expect(writtenSpelling('骑行600公里', '6000公里')).toBeNull();
  });
});
