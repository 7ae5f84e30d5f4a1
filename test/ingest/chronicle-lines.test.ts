import { describe, expect, it } from 'vitest';
import { parseDateHeading, scanChronicle } from '../../src/ingest/chronicle-lines.js';

describe('parseDateHeading', () => {
  it('given the heading forms people write then reads month and day', () => {
    expect(parseDateHeading('3月18日')).toEqual({ year: null, month: 3, day: 18 });
    expect(parseDateHeading('３月１８日')).toEqual({ year: null, month: 3, day: 18 });
    expect(parseDateHeading(' 3月18号 ')).toEqual({ year: null, month: 3, day: 18 });
    expect(parseDateHeading('2021年3月8日')).toEqual({ year: 2021, month: 3, day: 8 });
  });

  it('given a day written as /date reads it (ISO, slashes, Chinese numerals, English, with a weekday) then it is a heading too', () => {
    expect(parseDateHeading('2023-03-03')).toEqual({ year: 2023, month: 3, day: 3 });
    expect(parseDateHeading('3/4')).toEqual({ year: null, month: 3, day: 4 });
    expect(parseDateHeading('三月五日')).toEqual({ year: null, month: 3, day: 5 });
    expect(parseDateHeading('3月6日（星期一）')).toEqual({ year: null, month: 3, day: 6 });
    expect(parseDateHeading('March 7')).toEqual({ year: null, month: 3, day: 7 });
    expect(parseDateHeading('March 31, 2024 (Sunday)')).toEqual({ year: 2024, month: 3, day: 31 });
    expect(parseDateHeading('March 4 (Mon)')).toEqual({ year: null, month: 3, day: 4 });
    expect(parseDateHeading('2020-03')).toBeNull();
  });

  it('given a sentence that mentions a date then it is not a heading', () => {
    expect(parseDateHeading('3月25日,有23个省份报告了境外输入确诊病例。')).toBeNull();
    expect(parseDateHeading('◆3月18日')).toBeNull();
  });
});

describe('scanChronicle', () => {
  const scan = (text: string, year: number | null = 2020) => scanChronicle(text, year, '标题');

  it('given headings in several forms then each entry is under its own day (none glued onto the day before)', () => {
    const { entries } = scan('标题\n3月1日\n◆甲。\n2020-03-03\n◆乙。\n三月五日\n◆丙。\nMarch 7\n◆丁。', 2020);
    expect(entries.map((e) => [e.date, e.text])).toEqual([
      ['2020-03-01', '甲。'],
      ['2020-03-03', '乙。'],
      ['2020-03-05', '丙。'],
      ['2020-03-07', '丁。'],
    ]);
  });

  it('given an entry before any heading then it is undated; later ones take the heading met last', () => {
    const { entries } = scan('标题\n◆甲。\n3月9日\n◆乙。\n3月8日\n◆丙。');
    expect(entries.map((e) => [e.ordinal, e.date, e.text])).toEqual([
      [1, null, '甲。'],
      [2, '2020-03-09', '乙。'],
      [3, '2020-03-08', '丙。'],
    ]);
  });

  it('given an entry cut mid-sentence by a blank line then the next line is joined without separator', () => {
    const { entries, warnings } = scan('3月27日\n◆同世界卫生组织深化交\n\n流合作。\n◆下一条。');
    expect(entries.map((e) => e.text)).toEqual(['同世界卫生组织深化交流合作。', '下一条。']);
    expect(warnings).toHaveLength(1);
  });

  it('given a bare line repeating earlier text after a complete entry then it is dropped', () => {
    const text = '3月19日\n◆钟南山在会上说,必须高度重视早发现。\n3月20日\n◆另一条完整的条目。\n\n会上说,必须高度重视早发现。';
    const { entries, warnings } = scan(text);
    expect(entries.map((e) => e.text)).toEqual(['钟南山在会上说,必须高度重视早发现。', '另一条完整的条目。']);
    expect(warnings.some((w) => w.includes('2020-03-20') && w.includes('会上说'))).toBe(true);
  });

  it('given a bare new line after a complete entry that repeats nothing then it is kept as a continuation paragraph', () => {
    const { entries, warnings } = scan('3月1日\n◆第一段。\n第二段从未出现过。');
    expect(entries.map((e) => e.text)).toEqual(['第一段。第二段从未出现过。']);
    expect(warnings).toHaveLength(1);
  });

  it('given a line without ◆ right after a heading then it is a new entry of that date', () => {
    const { entries } = scan('3月1日\n◆甲事件发生。\n3月2日\n乙事件发生。');
    expect(entries.map((e) => [e.date, e.text])).toEqual([
      ['2020-03-01', '甲事件发生。'],
      ['2020-03-02', '乙事件发生。'],
    ]);
  });

  it('given an impossible date or no year then entries are undated and the operator is told, naming the heading', () => {
    expect(scan('2月30日\n◆甲。').entries[0]?.date).toBeNull();
    expect(scan('3月99日\n◆甲。').problems).toEqual(['不存在的日期「3月99日」，其后条目不标日期。']);
    const noYear = scan('3月1日\n◆甲。', null);
    expect(noYear.entries[0]?.date).toBeNull();
    expect(noYear.problems).toHaveLength(1);
  });
});

describe("scanChronicle on a user's chronicle laid out otherwise", () => {
  const dated = (text: string, year = 2020) => scanChronicle(text, year, '标题').entries.map((e) => [e.date, e.text]);

  it("given no ◆ at all, then the line under each heading opens that day's entry (the first was dropped as front matter)", () => {
    expect(dated('标题\n\n5月1日\n社区举办游园会。\n\n5月2日\n图书室新到一批图书。', 2023)).toEqual([
      ['2023-05-01', '社区举办游园会。'],
      ['2023-05-02', '图书室新到一批图书。'],
    ]);
  });

  it('given other bullets (●, •, "- "), then each opens an entry; a minus sign does not', () => {
    expect(dated('5月1日\n● 甲。\n• 乙。\n5月2日\n- 丙。\n-5℃的夜里很冷。')).toEqual([
      ['2020-05-01', '甲。'],
      ['2020-05-01', '乙。'],
      ['2020-05-02', '丙。-5℃的夜里很冷。'],
    ]);
  });

  it('given full-width list marks (－　, ＊　), an invisible mark before ◆, and a rule (* * *), then each mark opens an entry with its whole text, and the rule is no text', () => {
    expect(dated('5月1日\n－　甲条目。\n＊　乙条目，含 - 号。\n\uFEFF◆丙。\n* * *\n').map(([, text]) => text)).toEqual([
      '甲条目。',
      '乙条目，含 - 号。',
      '丙。',
    ]);
  });

  it("given a heading followed by a part of the day (7月27日 上午), then it is still that day's heading", () => {
    expect(dated('7月26日\n◆交通恢复。\n7月27日 上午\n◆通报灾情。\n7月27日下午\n◆又一条。').map(([d]) => d)).toEqual([
      '2020-07-26',
      '2020-07-27',
      '2020-07-27',
    ]);
  });

  it("given headings running past the year's end (12月31日, then 1月1日), then the next year, and the operator is told", () => {
    const scan = scanChronicle('12月30日\n◆甲。\n12月31日\n◆乙。\n1月1日\n◆丙。\n1月3日 星期日\n◆丁。', 2020, '标题');
    expect(scan.entries.map((e) => e.date)).toEqual(['2020-12-30', '2020-12-31', '2021-01-01', '2021-01-03']);
    expect(scan.warnings.join('')).toMatch(/按2021年处理/);
  });
});

describe('scanChronicle on large files', () => {
  it('given an entry continued over 2,000 unpunctuated lines, then one entry, read in linear time (it took seconds at 800)', () => {
    const { entries } = scanChronicle(`◆开头\n${'没有句号的续行文字\n'.repeat(2000)}`, 2020, '标题');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.text.length).toBe(2 + 9 * 2000);
  });
});
