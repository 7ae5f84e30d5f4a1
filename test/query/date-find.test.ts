import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDatesInText } from '../../src/query/date-find.js';

describe('findDatesInText', () => {
  it('given a question about a day then that day and its span are found', () => {
    const text = '3月15日那次通报说了什么？';
    const found = findDatesInText(text, 2020);
    expect(found).toEqual([{ date: '2020-03-15', start: 0, end: 5 }]);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('3月15日');
  });

  it('given several mentions in several forms then each is found in text order', () => {
    const text = '３月22日的时候，和三月二十日、2020年3月27日、March 18th, 2020-03-19 比较';
    expect(findDatesInText(text, 2020).map((m) => [m.date, text.slice(m.start, m.end)])).toEqual([
      ['2020-03-22', '３月22日'],
      ['2020-03-20', '三月二十日'],
      ['2020-03-27', '2020年3月27日'],
      ['2020-03-18', 'March 18th'],
      ['2020-03-19', '2020-03-19'],
    ]);
  });

  it('given a day without its month then nothing is found', () => {
    expect(findDatesInText('19日内地报告首次实现新增本土确诊病例零报告', 2020)).toEqual([]);
  });

  it('given neither a digit nor 月 then nothing is found, however day-like the words', () => {
    expect(findDatesInText('防控经验 March the fifth 十五日 号召', 2020)).toEqual([]);
  });

  it('given full-width digits or a month in characters then the day is still found', () => {
    expect(findDatesInText('３月１５日', 2020).map((m) => m.date)).toEqual(['2020-03-15']);
    expect(findDatesInText('March １５', 2020).map((m) => m.date)).toEqual(['2020-03-15']);
    expect(findDatesInText('三月十五日', 2020).map((m) => m.date)).toEqual(['2020-03-15']);
  });

  it('given days after a mention with only their number (和19日, and 19, 、20日), then each in that month', () => {
    const days = (text: string) => findDatesInText(text, 2020).map((m) => m.date);
    expect(days('3月18日和19日发生了什么')).toEqual(['2020-03-18', '2020-03-19']);
    expect(days('What happened on March 18, 19 and 20?')).toEqual(['2020-03-18', '2020-03-19', '2020-03-20']);
    expect(days('3月18日、19日、20日')).toEqual(['2020-03-18', '2020-03-19', '2020-03-20']);
    // A number that counts something is no day.
    expect(days('3月18日和19个国家')).toEqual(['2020-03-18']);
    expect(days('On March 18 and 19 countries joined')).toEqual(['2020-03-18']);
  });

  it('given an impossible day then it is skipped', () => {
    expect(findDatesInText('2月30日发生了什么', 2020)).toEqual([]);
  });

  it('given numbers that are not dates then nothing is found', () => {
    expect(findDatesInText('国产14种检测试剂盒已向11个国家供货，3.18亿元', 2020)).toEqual([]);
  });

  it('given a year in the mention then it is kept', () => {
    expect(findDatesInText('2019年12月31日武汉通报', 2020).map((m) => m.date)).toEqual(['2019-12-31']);
  });

  it('given a real chronicle sentence then the embedded date is found', () => {
    const text = '湖北以外省份新增本土确诊病例数自2月27日以来均在个位数';
    expect(findDatesInText(text, 2020).map((m) => m.date)).toEqual(['2020-02-27']);
  });

  it('property: never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => Array.isArray(findDatesInText(s, 2020))),
      { numRuns: 1000 },
    );
  });
});
