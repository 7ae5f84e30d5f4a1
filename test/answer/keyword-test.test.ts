import { describe, expect, it } from 'vitest';
import { wholeLatinWord, wholeNumber } from '../../src/answer/keyword-test.js';

describe('wholeNumber', () => {
  it('given a number inside a longer one (100, 3.17, 2,017), then not found; beside a comma or point of the prose, then found', () => {
    const seventeen = wholeNumber('17');
    expect(['17个国家', '通报,17日内地', '通报，17日', '截至3月17日', '。17日'].map(seventeen)).toEqual([true, true, true, true, true]);
    expect(['117个', '3.17亿', '2,017人', '170', '17.5%', '17,000'].map(seventeen)).toEqual([false, false, false, false, false, false]);
  });

  it('given a number with or without thousands separators, then the same number in either spelling, still whole', () => {
    expect(['共2,500人', '共2500人'].map(wholeNumber('2500'))).toEqual([true, true]);
    expect(['共2,500人', '共2500人'].map(wholeNumber('2,500'))).toEqual([true, true]);
    expect(['12,500人', '2,5001', '2,500.5'].map(wholeNumber('2500'))).toEqual([false, false, false]);
  });

  it('given a number with a point, then also the start of a version (2.31 in 2.31.7), never a part of a longer number', () => {
    expect(['版本 2.31.7', '版本 2.31'].map(wholeNumber('2.31'))).toEqual([true, true]);
    expect(['版本 2.315', '版本 12.31.7'].map(wholeNumber('2.31'))).toEqual([false, false]);
    expect(['版本 2.31.7'].map(wholeNumber('31'))).toEqual([false]);
    expect(['版本 2.31.7'].map(wholeNumber('7'))).toEqual([false]);
  });
});

describe('wholeLatinWord', () => {
  it('given a word inside a longer one, then not found; a phrase, then with any spaces between its words', () => {
    const test = (word: string) => (text: string) => wholeLatinWord(word).test(text);
    expect(['the unit is', 'united', 'subunit', 'unit2'].map(test('unit'))).toEqual([true, false, false, false]);
    expect(['型号ap300。', 'ap3000'].map(test('ap300'))).toEqual([true, false]);
    expect(['health  silk road', 'health silkroad'].map(test('health silk road'))).toEqual([true, false]);
  });
});
