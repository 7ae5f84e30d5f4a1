import { describe, expect, it } from 'vitest';
import { groupedDigits, withDigitsTogether } from '../../src/text/digit-groups.js';
import { wholeNumberPattern } from '../../src/text/number-spellings.js';
import { answerOverFiles } from '../support/answer-over.js';
import { realTokenizer } from '../support/tokenizer.js';

// A long number written in groups of digits (a phone number, an account) is also its digits
// together, as people type it, and the other way round; a date or a range is not one number.

describe('groupedDigits', () => {
  it('given a phone number or an account written in groups, then its digits together', () => {
    expect(groupedDigits('联系电话：137-2468-1357')).toEqual(['13724681357']);
    expect(groupedDigits('热线 400-611-2288，账号 6217 0033 5512 0098 。')).toEqual(['4006112288', '6217003355120098']);
    expect(groupedDigits('值班电话 0573-86451200')).toEqual(['057386451200']);
    // Two numbers side by side, each in its own kind of groups.
    expect(groupedDigits('137-2468-1357 400-611-2288')).toEqual(['13724681357', '4006112288']);
  });

  it('given a date, a range, a time or a decimal, then no number', () => {
    for (const text of ['2026-05-12 21:37', '周二2-3点', '2010-2020年', '1 000 000', '第3-5条', '12-345-678', '137-2468-1357.5'])
      expect(groupedDigits(text)).toEqual([]);
  });
});

describe('the tokenizer', () => {
  it('given a number written in groups, then its groups and its digits together as words', () => {
    expect(realTokenizer().tokenize('联系电话：137-2468-1357').words).toEqual(['联系', '电话', '137', '2468', '1357', '13724681357']);
  });
});

describe('wholeNumberPattern', () => {
  it('given a long number, then it written whole in groups, not a part of a longer run', () => {
    expect(wholeNumberPattern('13724681357').exec('电话：137-2468-1357。')?.[0]).toBe('137-2468-1357');
    expect(wholeNumberPattern('13724681357').exec('电话：137 2468 1357')?.[0]).toBe('137 2468 1357');
    expect(wholeNumberPattern('1372468135').test('137-2468-1357')).toBe(false);
    expect(wholeNumberPattern('20260512').test('2026-05-12')).toBe(false);
  });
});

describe('withDigitsTogether', () => {
  it('given groups typed with hyphens, then the digits; with spaces, only a number the documents write', () => {
    const written = (digits: string) => digits === '13724681357';
    expect(withDigitsTogether('137-2468-1357', written)).toBe('13724681357');
    expect(withDigitsTogether('400-611-2288 热线', written)).toBe('4006112288 热线');
    expect(withDigitsTogether('137 2468 1357', written)).toBe('13724681357');
    expect(withDigitsTogether('2019 2020 2021', written)).toBe('2019 2020 2021');
    expect(withDigitsTogether('2026-05-12', written)).toBe('2026-05-12');
  });
});

const engine = answerOverFiles('digit-groups', {
  'notice.md': [
    '# 物业通知',
    '',
    '物业服务中心电话：13812345678，工作日有人值守。',
    '',
    '报修请拨打0571 8765 4321，或到服务中心登记。',
    '',
    '中介经纪人联系电话：137-2468-1357',
    '',
    '维修基金已于2025-03-15公示，电梯维保时间为周二2-3点。',
    '',
    '三年分别接待2019、2020、2021人次。',
  ].join('\n'),
  'notice.meta.json': JSON.stringify({ id: 'notice', title: '物业通知' }),
});

const search = (query: string) => engine.answer({ command: 'search', query });
const lit = (query: string) =>
  search(query).items.map((item) => item.highlights.map(([start, end]) => item.text.slice(start, end)).join('|'));

describe('/search of a number written in groups', () => {
  it.each(['13724681357', '137-2468-1357', '137 2468 1357'])('given %s, then the sentence writing 137-2468-1357, lit whole', (query) => {
    expect(lit(query)).toEqual(['137-2468-1357']);
  });

  it.each(['138-1234-5678', '138 1234 5678'])('given %s, then the sentence writing 13812345678, lit whole', (query) => {
    expect(lit(query)).toEqual(['13812345678']);
  });

  it.each(['057187654321', '0571-87654321'])('given %s, then the sentence writing it in other groups', (query) => {
    expect(lit(query)).toEqual(['0571 8765 4321']);
  });

  it('given two numbers typed apart, then each of them, not one number of both', () => {
    expect(new Set(lit('137-2468-1357 OR 138-1234-5678'))).toEqual(new Set(['137-2468-1357', '13812345678']));
  });

  it('given a group alone, then still found', () => {
    expect(lit('2468')).toEqual(['2468']);
  });

  it('given a date or a range typed as digits, then not found as one number', () => {
    expect(search('20250315').items).toEqual([]);
    expect(search('23').items).toEqual([]);
  });

  it('given numbers typed apart by spaces that the documents do not write together, then each of them', () => {
    expect(lit('2019 2020 2021')).toEqual(['2019|2020|2021']);
  });
});
