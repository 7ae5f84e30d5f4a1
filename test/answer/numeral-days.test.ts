import { describe, expect, it } from 'vitest';
import { numeralDays } from '../../src/text/numeral-dates.js';
import { answerOverFiles } from '../support/answer-over.js';
import { plainFiles } from '../support/temp-corpus.js';

// A ruling dated in Chinese numerals, as courts and official letters date themselves.

const AWARD = [
  '青禾区劳动人事争议仲裁委员会',
  '仲 裁 裁 决 书',
  '申请人赵青山与被申请人青禾物流有限公司劳动争议一案，本委于二〇二四年三月五日受理，于二〇二四年四月十八日开庭审理。',
  '被申请人应于本裁决生效之日起十日内支付申请人工资八千元。',
  '二〇二四年五月二十日',
];

describe('a day written in Chinese numerals', () => {
  const engine = answerOverFiles('numeral-days', plainFiles('award', '仲裁裁决书', AWARD.join('\n\n'), { year: 2024 }));
  it('given the day in digits, then /search finds the line writing it in numerals, lit whole, with no "not contained" note', () => {
    for (const query of ['5月20日', '2024年5月20日']) {
      const answer = engine.search(query);
      expect(answer.items.map((item) => item.text)).toEqual(['二〇二四年五月二十日']);
      expect(answer.items[0]!.highlights).toEqual([[0, 10]]);
      expect(answer.message ?? '').not.toContain('不包含');
    }
  });

  it('given a day inside a sentence, then that sentence, and a day of another year or another month finds nothing', () => {
    expect(engine.search('4月18日').items.map((item) => item.text)).toEqual([AWARD[2]]);
    expect(engine.search('2023年4月18日').items).toEqual([]);
    expect(engine.search('4月8日').items).toEqual([]);
  });

  it('given /date of that day over undated documents, then the hint says the text writes it', () => {
    expect(engine.answer({ command: 'date', query: '3月5日', pageSize: 10 }).message).toContain('/search 3月5日');
  });

  it('reads month and day whole: 十二月二十九日 is 12/29, 二十一月 no month, and a count of months no day', () => {
    expect(numeralDays('二〇二五年十二月二十九日').map((d) => d.digits)).toEqual(['2025年12月29日']);
    expect(numeralDays('十一月三日、廿三日').map((d) => d.digits)).toEqual(['11月3日']);
    expect(numeralDays('二十一月五日')).toEqual([]);
    expect(numeralDays('三个月五日')).toEqual([]);
  });
});
