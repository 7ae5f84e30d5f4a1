import { describe, expect, it } from 'vitest';
import { labelledRow, labelTableRows } from '../../src/ingest/table-rows.js';
import { answerOverFiles } from '../support/answer-over.js';

describe('labelledRow', () => {
  it('given a row under a header, then each cell follows its column name', () => {
    expect(labelledRow(['景点', '开放时间', '门票'], ['望月楼', '8:00–21:00', '15元'])).toBe(
      '景点：望月楼；开放时间：8:00–21:00；门票：15元',
    );
  });

  it('given cells that say nothing (empty, a dash for none), then they are left out', () => {
    expect(labelledRow(['周次', '主题', '作业 / 说明'], ['8', 'QGIS 专题地图', '—'])).toBe('周次：8；主题：QGIS 专题地图');
    expect(labelledRow(['周次', '主题', '作业'], ['8', '', ' - '])).toBe('周次：8');
  });

  it('given a cell with no column name, more cells than names, or a name equal to its cell, then the cell alone', () => {
    expect(labelledRow(['', '时间'], ['理论课', '周二'])).toBe('理论课；时间：周二');
    expect(labelledRow(['类型'], ['理论课', '周二'])).toBe('类型：理论课；周二');
    expect(labelledRow(['合计', '金额'], ['合计', '45元'])).toBe('合计；金额：45元');
  });

  it('given English cells and names, then English marks', () => {
    expect(labelledRow(['Day', 'Event'], ['Mon', 'Tea picking'])).toBe('Day: Mon; Event: Tea picking');
  });
});

describe('labelTableRows', () => {
  const row = (...cells: string[]) => ({ text: cells.join('，'), alone: true, cells });
  const rule = { text: '', alone: false, tableRule: true as const };
  const line = (text: string) => ({ text, alone: false });

  it('given a header over a rule line and rows, then the rows are named and the header blank; the lines around unchanged', () => {
    const out = labelTableRows([line('票价如下。'), row('景点', '门票'), rule, row('望月楼', '15元'), row('三清观', '10元'), line('')]);
    expect(out.map((l) => l.text)).toEqual(['票价如下。', '', '', '景点：望月楼；门票：15元', '景点：三清观；门票：10元', '']);
  });

  it('given a header with no row under its rule, or rows with no rule, then they stay as written', () => {
    expect(labelTableRows([row('景点', '门票'), rule, line('')]).map((l) => l.text)).toEqual(['景点，门票', '', '']);
    expect(labelTableRows([row('望月楼', '15元'), row('三清观', '10元')]).map((l) => l.text)).toEqual(['望月楼，15元', '三清观，10元']);
  });

  it('given two tables one after the other, then each row is named by its own table header', () => {
    const out = labelTableRows([row('景点', '门票'), rule, row('望月楼', '15元'), line(''), row('线路', '首班'), rule, row('1路', '7:00')]);
    expect(out.map((l) => l.text)).toEqual(['', '', '景点：望月楼；门票：15元', '', '', '', '线路：1路；首班：7:00']);
  });
});

// A guide whose prices and hours are only in a table: a question naming a column finds its row.
describe('a table in a document, asked about', () => {
  const engine = answerOverFiles('table-rows', {
    'guide.md': [
      '# 古镇一日游',
      '古镇在山脚下，步行即可游览全部景点。',
      '白塔建于明代，登塔可以看到整条河。',
      '',
      '| 景点 | 开放时间 | 门票 |',
      '|---|---|---|',
      '| 白塔 | 8:00–17:00 | 20元 |',
      '| 石桥 | 全天 | — |',
      '| 戏台 | 19:00–21:00 | 30元 |',
      '',
      '傍晚可以在河边吃晚饭。',
    ].join('\n'),
  });

  it('given a question naming a column, then the row it asks about comes first, its value under that name', () => {
    const items = engine.answer({ command: 'ask', query: '白塔门票多少钱' }).items;
    expect(items[0]?.text).toBe('景点：白塔；开放时间：8:00–17:00；门票：20元');
  });

  it('given a column name searched, then every row writing a value under it is listed and the header line is none of them', () => {
    const texts = engine.answer({ command: 'search', query: '开放时间' }).items.map((i) => i.text);
    expect(texts.sort()).toEqual(
      [
        '景点：白塔；开放时间：8:00–17:00；门票：20元',
        '景点：石桥；开放时间：全天',
        '景点：戏台；开放时间：19:00–21:00；门票：30元',
      ].sort(),
    );
  });
});
