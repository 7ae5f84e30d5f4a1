import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { markdownFiles } from '../support/temp-corpus.js';

// A dated heading that is a range (### 2026年10月1日（周四）至10月3日（周六）) heads an entry of
// each of its days. Own corpus and process (one jieba dictionary per process).

const engine = answerOverFiles(
  'ranges',
  markdownFiles('events', '山城活动日历', 2026, [
    '# 山城活动日历',
    '',
    '## 2026年9月26日（周六）',
    '- 江边夜市开张，持续到晚上十点。',
    '',
    '## 2026年10月1日（周四）至10月3日（周六）',
    '- 国庆期间缆车延长运营到晚上十一点。',
    '',
    '## 2026年10月10日（周六）至12日',
    '- 菊花展在西园举办。',
    '',
    '## 2026年10月17日（周六）',
    '- 半程马拉松鸣枪。',
    '',
    '## 2026年11月29日（周日）至2日',
    '- 冬季灯会试灯。',
    '',
    '## 2026年12月30日（周三）至1月2日（周六）',
    '- 跨年音乐节在江滩举办。',
  ]),
);

const date = (query: string) => engine.answer({ command: 'date', query });

describe('a dated heading that is a range of days', () => {
  it('given a day inside the range, then the section is that day’s entry, cited by its heading', () => {
    const answer = date('10月3日');
    expect(answer.items.map((i) => i.text)).toEqual(['国庆期间缆车延长运营到晚上十一点。']);
    expect(answer.items[0]?.citation).toMatch(/2026年10月1日（周四）至10月3日（周六）$/u);
  });

  it('given a last day written by its number alone, then the range runs to it', () => {
    expect(date('10月12日').items.map((i) => i.text)).toEqual(['菊花展在西园举办。']);
  });

  it('given the range asked, then every day is counted, the section listed once under its span', () => {
    const answer = date('10月1日至10月3日');
    expect(answer.message).toBe('10月1日至3日共有3天有条目：10月1日至3日（1条）');
    expect(answer.items).toHaveLength(1);
  });

  it('given the month, then each section once, the days counted', () => {
    const answer = date('10月');
    expect(answer.message).toMatch(/^10月共有7天有条目：10月1日至3日（1条）、10月10日至12日（1条）、10月17日（1条）/u);
    expect(answer.items.map((i) => i.group)).toEqual(['10月1日至3日', '10月10日至12日', '10月17日']);
  });

  it('given a range over a month’s end, its last day by its number alone, then it runs into the next month', () => {
    expect(date('12月1日').items.map((i) => i.text)).toEqual(['冬季灯会试灯。']);
  });

  it('given a range over a year’s end, its last day without its year, then it runs into the next year', () => {
    expect(date('2027年1月2日').items.map((i) => i.text)).toEqual(['跨年音乐节在江滩举办。']);
    expect(date('12月31日').items.map((i) => i.text)).toEqual(['跨年音乐节在江滩举办。']);
  });
});
