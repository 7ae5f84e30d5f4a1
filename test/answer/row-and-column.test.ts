import { beforeAll, describe, expect, it } from 'vitest';
import { rowAndColumnTest } from '../../src/answer/row-and-column.js';
import type { Engine } from '../../src/core/engine-api.js';
import { engineOver } from '../support/temp-corpus.js';

describe('rowAndColumnTest', () => {
  it('given a row holding the question words as a column name and, apart, as a value, then it names the cell', () => {
    expect(rowAndColumnTest(['2022年', '营业', '收入'])('指标:营业收入;2023年:8,210.55万元;2022年:7,604.12万元')).toBe(true);
  });

  it('given a row holding them only as column names, or lacking one, or no row at all, then not', () => {
    expect(rowAndColumnTest(['2022年', '营业', '收入'])('门店:东门店;营业收入:1,204.30万元;营业收入比上年增减:5.1%')).toBe(false);
    expect(rowAndColumnTest(['营业收入', '2022年'])('门店:东门店;营业收入:1,204.30万元;2022年:980万元')).toBe(false);
    expect(rowAndColumnTest(['2022年', '营业收入'])('2022年营业收入为7,604.12万元。')).toBe(false);
  });
});

// A chain's yearly summary: a table of its figures by year, and one by store whose columns name 营业收入 twice.
describe('a question naming a column and a row of a table', () => {
  let engine: Engine;
  beforeAll(async () => {
    const stores = ['东门店', '西湖店', '南站店', '北城店', '其他'].map(
      (store, k) => `| ${store} | ${(1204.3 + k * 311).toFixed(2)} | ${(5.1 + k).toFixed(1)}% | ${(20.5 + k).toFixed(1)}% |`,
    );
    engine = await engineOver('row-and-column', {
      'summary.md': [
        '# 禾丰连锁年度报告',
        '',
        '## 主要指标',
        '',
        '单位：元',
        '',
        '| 指标 | 2023年 | 2022年 | 增减 |',
        '|---|---|---|---|',
        '| 营业收入 | 82,105,503.12 | 76,041,228.40 | 7.97% |',
        '| 归属于股东的净利润 | 4,021,870.55 | 3,884,012.06 | 3.55% |',
        '| 经营活动产生的现金流量净额 | 5,310,224.18 | 4,907,361.92 | 8.21% |',
        '| 总资产 | 60,418,330.71 | 57,226,904.35 | 5.58% |',
        '',
        '## 分门店经营情况',
        '',
        '单位：万元',
        '',
        '| 门店 | 营业收入 | 营业收入比上年增减 | 毛利率 |',
        '|---|---|---|---|',
        ...stores,
        '',
        '各门店营业收入均有增长，东门店营业收入最高。',
      ].join('\n'),
    });
  });

  it('given the year column and the figure asked, then the row of the table by year first', () => {
    const items = engine.answer({ command: 'ask', query: '2022年的营业收入是多少' }).items;
    expect(items[0]?.text).toBe('指标：营业收入；2023年：82,105,503.12元；2022年：76,041,228.40元；增减：7.97%');
  });
});
