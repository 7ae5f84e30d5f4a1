import { describe, expect, it } from 'vitest';
import { numberSpellings, withoutSeparators, writesPhrase, writtenSpelling } from '../../src/text/number-spellings.js';

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

describe('withoutSeparators', () => {
  it('given grouped digits, then the digits; a list of numbers stays a list', () => {
    expect(withoutSeparators('2,500人和1,234,567元')).toBe('2500人和1234567元');
    expect(withoutSeparators('第1,2名，12,34')).toBe('第1,2名，12,34');
  });
});

describe('writesPhrase and writtenSpelling', () => {
  it('given a phrase whose number a text writes otherwise, then found, and how the text writes it', () => {
    expect(writesPhrase('6000公里')('骑行6,000公里')).toBe(true);
    expect(writesPhrase('6,000公里')('骑行6000公里')).toBe(true);
    expect(writesPhrase('6000公里')('骑行600公里')).toBe(false);
    expect(writtenSpelling('骑行6,000公里', '6000公里')).toBe('6,000公里');
    expect(writtenSpelling('骑行600公里', '6000公里')).toBeNull();
  });
});
