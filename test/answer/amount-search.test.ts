import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// A cooperative's yearly summary: the same amounts in a table in 元, one in 万元, and the prose in 亿元.
describe('/search of an amount, in a report writing it in other units', () => {
  const engine = answerOverFiles('amount-search', {
    'summary.md': [
      '# 青禾农业合作社年度总结',
      '',
      '全年销售收入约12.07亿元，较上年有所增长。',
      '',
      '单位：元',
      '',
      '| 项目 | 本年 | 上年 |',
      '|---|---|---|',
      '| 资产合计 | 1,206,931,588.40 | 1,088,204,117.25 |',
      '',
      '单位：万元',
      '',
      '| 项目 | 一季度 | 二季度 |',
      '|---|---|---|',
      '| 采购支出 | 23,518.66 | 19,740.05 |',
    ].join('\n'),
  });

  const texts = (query: string) => engine.answer({ command: 'search', query }).items.map((i) => i.text);

  it('given an amount in 亿, then the table cell in 元 and the prose in 亿元 writing it', () => {
    expect(texts('12.07亿')).toEqual([
      '全年销售收入约12.07亿元，较上年有所增长。',
      '项目：资产合计；本年：1,206,931,588.40元；上年：1,088,204,117.25元',
    ]);
  });

  it('given an amount in 元 typed for a table in 万元, then its row, said to be the same amount', () => {
    const answer = engine.answer({ command: 'search', query: '235186600元' });
    expect(answer.items.map((i) => i.text)).toEqual(['项目：采购支出；一季度：23,518.66万元；二季度：19,740.05万元']);
    expect(answer.message).toContain('相同的金额');
  });

  it("given a table's figure typed without separators nor cents, then its row", () => {
    expect(texts('1206931588')).toEqual(['项目：资产合计；本年：1,206,931,588.40元；上年：1,088,204,117.25元']);
  });
});
