import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/ingest/markdown-text.js';
import { labelledRow } from '../../src/ingest/table-rows.js';
import { namedUnit, statedUnit, withUnit } from '../../src/ingest/table-units.js';

describe('statedUnit', () => {
  it('given a line that only states a unit, then the unit, alone', () => {
    expect(statedUnit('单位：万元')).toEqual({ unit: '万元', alone: true });
    expect(statedUnit('金额单位：人民币千元')).toEqual({ unit: '千元', alone: true });
    expect(statedUnit('单位：元（另有说明的除外）')).toEqual({ unit: '元', alone: true });
    expect(statedUnit('（单位：吨）')).toEqual({ unit: '吨', alone: true });
  });

  it('given a caption ending with its unit, then the unit, the caption kept', () => {
    expect(statedUnit('表3 各门店销售额（单位：万元）')).toEqual({ unit: '万元', alone: false });
    expect(statedUnit('各车间产量　单位：吨')).toEqual({ unit: '吨', alone: false });
  });

  it('given a long line writing 单位：元（ over and over, then read at once: a remark is short', () => {
    const started = performance.now();
    expect(statedUnit('单位：元（'.repeat(8000))).toBeNull();
    // Each remark read to the line's end took seconds.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('given prose or a label that is no unit, then none', () => {
    for (const line of ['单位名称：青禾农业合作社', '本单位全体职工参加了培训。', '价格：15元']) expect(statedUnit(line)).toBeNull();
  });
});

describe('namedUnit and withUnit', () => {
  it('given a name ending with a unit in brackets, then the name and the unit; other brackets are no unit', () => {
    expect(namedUnit('销售额（万元）')).toEqual({ name: '销售额', unit: '万元' });
    expect(namedUnit('每股分红(元/股)')).toEqual({ name: '每股分红', unit: '元/股' });
    expect(namedUnit('合作社名称（全称）')).toBeNull();
  });

  it('given a bare figure, then its unit after it; a percentage or a text stays as written', () => {
    expect(withUnit('12,408.50', '万元')).toBe('12,408.50万元');
    expect(withUnit('-3.5', '吨')).toBe('-3.5吨');
    expect(withUnit('8.2%', '万元')).toBe('8.2%');
    expect(withUnit('持平', '万元')).toBe('持平');
  });
});

describe('labelledRow with units', () => {
  it("given a table's unit, then each bare figure carries it; a row or column naming its own unit keeps that one", () => {
    expect(labelledRow(['门店', '一月', '同比'], ['东门店', '1,204.30', '5.1%'], '万元')).toBe(
      '门店：东门店；一月：1,204.30万元；同比：5.1%',
    );
    expect(labelledRow(['指标', '本年'], ['每股分红（元/股）', '0.35'], '万元')).toBe('指标：每股分红（元/股）；本年：0.35元/股');
    expect(labelledRow(['门店', '客流（人次）'], ['东门店', '18,230'], '万元')).toBe('门店：东门店；客流：18,230人次');
  });
});

describe('a Markdown table under a unit line', () => {
  it("given 单位：万元 over a table, then the line is no line of the text and every row's figures are in 万元", () => {
    const lines = [
      '## 门店销售',
      '',
      '单位：万元',
      '',
      '| 门店 | 一月 | 二月 |',
      '|---|---|---|',
      '| 东门店 | 1,204.30 | 998.10 |',
      '',
      '东门店客流最多。',
    ];
    const texts = markdownText(lines)
      .lines.map((l) => l.text)
      .filter(Boolean);
    expect(texts).toEqual(['## 门店销售', '门店：东门店；一月：1,204.30万元；二月：998.10万元', '东门店客流最多。']);
  });

  it('given a caption ending with its unit, then the caption stays and the rows carry the unit', () => {
    const lines = ['各车间产量（单位：吨）', '', '| 车间 | 三月 |', '|---|---|', '| 一车间 | 420 |'];
    expect(
      markdownText(lines)
        .lines.map((l) => l.text)
        .filter(Boolean),
    ).toEqual(['各车间产量（单位：吨）', '车间：一车间；三月：420吨']);
  });
});
