import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/core/types.js';
import { headingDay } from '../../src/ingest/dated-sections.js';
import { yearTakenNote } from '../../src/ingest/heading-year.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';

describe('headingDay', () => {
  it.each([
    ['2024年5月3日 v1.3.0 「昆仑雪夜」', '2024-05-03'],
    ['2023-04-12 例会纪要', '2023-04-12'],
    ['📅 2024年2月6日', '2024-02-06'],
    ['v2.0.0（2024-10-01）', '2024-10-01'],
    ['Release 1.4 — March 7, 2024', '2024-03-07'],
  ])('given the heading %s, then it is dated %s', (heading, date) => {
    expect(headingDay(heading, null)).toMatchObject({ date, ownYear: true });
  });

  it('given a day in the middle of a heading, or a version number, then the heading is not dated (it talks about the day, it is not of it)', () => {
    expect(headingDay('关于2024年5月3日停服的说明', null)).toBeNull();
    expect(headingDay('v1.2.0', 2024)).toBeNull();
    expect(headingDay('第三章 安装', 2024)).toBeNull();
  });

  it("given a day without its year, then the document's year dates it, and without one the heading is yearless", () => {
    expect(headingDay('5月3日 更新公告', 2024)).toEqual({ date: '2024-05-03', opens: true, ownYear: false });
    expect(headingDay('5月3日 更新公告', null)).toEqual({ yearless: true });
  });
});

const changelog = [
  '# 更新日志',
  '',
  '本页记录正式服的更新。',
  '',
  '## 2024年3月15日 v1.2.0',
  '',
  '- 新增装修系统。',
  '- 等级上限提高到30级。',
  '',
  '### 已知问题',
  '',
  '- 部分设备可能闪退。',
  '',
  '## 关于测试服',
  '',
  '测试服每周更新一次。',
  '',
  '## 2024年3月22日 v1.2.1',
  '',
  '- 修复了闪退的问题。',
].join('\n');

describe('a Markdown document whose headings are days', () => {
  const meta: DocumentMeta = { id: 'log', title: '更新日志', kind: 'plain', file: 'log.md' };
  const doc = ingestDocument(meta, changelog);

  it('given a dated heading, then its section and sub-sections are one entry of that day, cited by the heading, its sub-headings in its text as written', () => {
    expect(doc.entries.map((e) => [e.dates, e.text, e.section])).toEqual([
      [['2024-03-15'], '新增装修系统。\n等级上限提高到30级。\n### 已知问题\n部分设备可能闪退。', ['2024年3月15日 v1.2.0']],
      [['2024-03-22'], '修复了闪退的问题。', ['2024年3月22日 v1.2.1']],
    ]);
    const issue = doc.passages.find((p) => p.text === '部分设备可能闪退。');
    expect(issue?.date).toBe('2024-03-15');
    expect(issue?.section).toEqual(['2024年3月15日 v1.2.0', '已知问题']);
    expect(doc.entries[0]?.passageIds).toContain(issue?.id);
  });

  it('given a heading that is no day after a dated section, then what follows is of no day', () => {
    const before = doc.passages.find((p) => p.text === '本页记录正式服的更新。');
    const test = doc.passages.find((p) => p.text === '测试服每周更新一次。');
    expect([before?.date, test?.date]).toEqual([null, null]);
    expect(doc.entries.flatMap((e) => e.passageIds)).not.toContain(test?.id);
  });

  it('given days written without a year and no year the document gives, then no entry, and a warning saying how to give one', () => {
    const yearless = ingestDocument({ ...meta, title: '公告' }, '## 5月3日 维护\n\n服务器维护两小时。');
    expect(yearless.entries).toEqual([]);
    expect(yearless.warnings.join('\n')).toMatch(/没写年份.*"year"/u);
    const withYear = ingestDocument({ ...meta, title: '公告', year: 2024 }, '## 5月3日 维护\n\n服务器维护两小时。');
    expect(withYear.entries.map((e) => e.dates)).toEqual([['2024-05-03']]);
  });

  it('given days written without a year and the year taken from the metadata date, then the note a chronicle gives', () => {
    const dated = ingestDocument({ ...meta, title: '公告', date: '2024-06-01' }, '## 5月3日 维护\n\n服务器维护两小时。');
    expect(dated.entries.map((e) => e.dates)).toEqual([['2024-05-03']]);
    expect(dated.warnings).toContain(yearTakenNote(2024, '元数据的 date（2024-06-01）'));
  });

  it('given a release written again word for word under another day, then two entries, each cited by its own heading and day', () => {
    const twice = ingestDocument(
      meta,
      '# 日志\n\n## 2024年5月3日 v1.3.1\n\n- 修复了已知问题。\n\n## 2024年6月3日 v1.3.2\n\n- 修复了已知问题。',
    );
    expect(twice.entries.map((e) => [e.dates, e.section])).toEqual([
      [['2024-05-03'], ['2024年5月3日 v1.3.1']],
      [['2024-06-03'], ['2024年6月3日 v1.3.2']],
    ]);
    expect(new Set(twice.entries.map((e) => e.id)).size).toBe(2);
  });

  it("given a dated sub-heading, then its own entry, and its parent's text after it goes on under the parent's day", () => {
    const nested = ingestDocument(
      meta,
      '# 日志\n\n## 2024年5月3日 v1.3\n\n新增雪原。\n\n### 2024年5月4日 热修复\n\n修复闪退。\n\n### 新增内容\n\n新增钓鱼玩法。',
    );
    // In the document's order: the parent first, as it reads (numbered 1), then what it holds.
    expect(nested.entries.map((e) => [e.dates[0], e.ordinal, e.text])).toEqual([
      ['2024-05-03', 1, '新增雪原。\n### 新增内容\n新增钓鱼玩法。'],
      ['2024-05-04', 2, '修复闪退。'],
    ]);
    expect(nested.passages.find((p) => p.text === '新增钓鱼玩法。')?.date).toBe('2024-05-03');
  });

  it('given the same dated section pasted twice, then one entry at two places', () => {
    const pasted = ingestDocument(meta, '# 日志\n\n## 2024年6月1日 v1.4\n\n新增成就。\n\n## 2024年6月1日 v1.4\n\n新增成就。');
    expect(pasted.entries.map((e) => [e.dates, e.ordinals])).toEqual([
      [
        ['2024-06-01', '2024-06-01'],
        [1, 2],
      ],
    ]);
  });

  it('given a # title closing with a day (最后更新：…), then it stays the title, not an entry', () => {
    const titled = ingestDocument(
      { ...meta, title: '日志' },
      '# 更新日志（最后更新：2024年12月20日）\n\n本页记录更新。\n\n## 2024年1月18日 v1.0\n\n上线。',
    );
    expect(titled.entries.map((e) => e.dates)).toEqual([['2024-01-18']]);
    expect(titled.sections.map((s) => s.path)).toEqual([['2024年1月18日 v1.0']]);
  });

  it('given a dated # heading opening the file, then it is that day’s entry, not the title', () => {
    const minutes = ingestDocument({ ...meta, title: '例会' }, '# 2023-04-12 例会\n\n## 议题\n\n讨论了预算。');
    expect(minutes.entries.map((e) => e.dates)).toEqual([['2023-04-12']]);
    expect(minutes.passages[0]?.section).toEqual(['2023-04-12 例会', '议题']);
  });

  it('given a rule inside an undated last section, then what follows stays in it; inside a dated one, it sets a footer apart', () => {
    const event = ingestDocument(meta, '# 通知\n\n## 比赛\n\n甲。\n\n***\n\n乙。');
    expect(event.passages.map((p) => p.section)).toEqual([['比赛'], ['比赛']]);
    const log = ingestDocument(meta, '# 日志\n\n## 2024年5月3日 v1.3\n\n新增雪原。\n\n---\n\n如有问题请联系客服。');
    expect(log.entries.map((e) => e.text)).toEqual(['新增雪原。']);
  });

  it('given *** right under the last paragraph of a dated section, then it is a rule setting the footer apart; --- there underlines a heading (level 2)', () => {
    const md = { ...meta, file: 'log.md' };
    const stars = ingestDocument(md, '# 日志\n\n## 2024年5月3日 v1.3\n\n新增雪原。\n***\n如有问题请联系客服。');
    expect(stars.entries.map((e) => e.text)).toEqual(['新增雪原。']);
    const spaced = ingestDocument(md, '# 日志\n\n## 2024年5月3日 v1.3\n\n新增雪原。\n- - -\n如有问题请联系客服。');
    expect(spaced.entries.map((e) => e.text)).toEqual(['新增雪原。']);
    const underlined = ingestDocument(md, '# 日志\n\n## 2024年5月3日 v1.3\n\n新增雪原。\n\n联系方式\n---\n如有问题请联系客服。');
    expect(underlined.sections.map((s) => s.path)).toEqual([['2024年5月3日 v1.3'], ['联系方式']]);
  });

  it('given a --- or *** line in a .txt, then it is a rule setting the footer apart; dashes under a title-like line underline it', () => {
    const txt = { ...meta, file: 'log.txt' };
    for (const rule of ['---', '***', '* * *', '———'])
      for (const gap of ['\n', '\n\n']) {
        const log = ingestDocument(txt, `# 日志\n\n## 2024年5月3日 v1.3\n\n新增雪原。${gap}${rule}${gap}如有问题请联系客服。`);
        expect(
          log.entries.map((e) => e.text),
          JSON.stringify({ rule, gap }),
        ).toEqual(['新增雪原。']);
      }
    const underlined = ingestDocument(txt, '# 日志\n\n## 2024年5月3日 v1.3\n\n新增雪原。\n\n联系方式\n---\n如有问题请联系客服。');
    expect(underlined.entries.map((e) => e.text)).toEqual(['新增雪原。\n联系方式\n如有问题请联系客服。']);
  });

  it('given a heading opening with a day no calendar has, then it is left undated, with a warning', () => {
    const impossible = ingestDocument(meta, '# 日志\n\n## 2024年2月30日 v0.9\n\n首个测试版。');
    expect(impossible.entries).toEqual([]);
    expect(impossible.warnings.join('\n')).toMatch(/不存在的日期/u);
  });
});
