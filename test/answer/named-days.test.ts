import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { markdownFiles } from '../support/temp-corpus.js';

// /date by a holiday's or a weekday's name: the holiday's day in the year of the documents'
// entries, every day with entries that is the weekday. Own corpus and process (one jieba
// dictionary per process).

const engine = answerOverFiles(
  'named-days',
  markdownFiles('club', '读书会日程', 2025, [
    '# 读书会日程',
    '',
    '## 2025年4月4日（周五）',
    '- 清明诗会，读扫墓诗。',
    '',
    '## 2025年4月5日（周六）',
    '- 春游，去植物园。',
    '',
    '## 2025年5月1日（周四）',
    '- 劳动节茶话会。',
    '',
    '## 2025年5月31日（周六）',
    '- 端午包粽子。',
  ]),
);

const date = (query: string) => engine.answer({ command: 'date', query });
const texts = (query: string) => date(query).items.map((i) => i.text);

describe('/date by a holiday’s name', () => {
  it('given 五一 or 劳动节, then May 1st’s entries, the day said', () => {
    expect(texts('五一')).toEqual(['劳动节茶话会。']);
    expect(texts('劳动节')).toEqual(['劳动节茶话会。']);
    expect(date('五一').message).toBe('劳动节：2025年5月1日。');
  });

  it.each(['May Day', 'Labour Day', 'labor day', 'on May Day 2025', "the Children's Day"])(
    'given %s in English, then the holiday’s day',
    (query) => {
      expect(date(query).error).toBeUndefined();
    },
  );

  it('given May Day in English, then May 1st’s entries, the day said in English', () => {
    const answer = engine.answer({ command: 'date', query: 'May Day', locale: 'en' });
    expect(answer.items.map((i) => i.text)).toEqual(['劳动节茶话会。']);
    expect(answer.message).toMatch(/^Labour Day: May 1, 2025\./u);
  });

  it.each(['勞動節', '2025年勞動節'])('given %s in Traditional characters, then the same day', (query) => {
    expect(texts(query)).toEqual(['劳动节茶话会。']);
  });

  it.each(['五一？', '劳动节!', '2025年五一？'])('given %s (a mark typed after the name), then the same day', (query) => {
    expect(texts(query)).toEqual(['劳动节茶话会。']);
  });

  it('given 清明 of a year outside 2000–2099, then its day, not “无法识别日期”', () => {
    const answer = date('1999年清明');
    expect(answer.error).toBeUndefined();
    expect(answer.message).toMatch(/^清明：1999年4月5日。/u);
  });

  it('given 清明 of a year without entries, then each day suggested once', () => {
    const answer = date('2026年清明');
    const runs = (answer.offers ?? []).map((o) => o.command);
    expect(runs).toContain('/date 4月5日');
    expect(new Set(runs).size).toBe(runs.length);
    expect(answer.suggestions).toHaveLength(new Set(answer.suggestions).size);
  });

  it('given 清明 (a solar term), then its day in the entries’ year: 4 April in 2025', () => {
    expect(texts('清明节')).toEqual(['清明诗会，读扫墓诗。']);
  });

  it('given a lunar festival, then its day of that year from the Chinese calendar', () => {
    expect(texts('端午节')).toEqual(['端午包粽子。']);
  });

  it('given a holiday without entries, then its day said and the nearest days offered', () => {
    const answer = date('国庆');
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/^国庆节：2025年10月1日。10月1日没有条目/u);
  });
});

describe('/date by a weekday’s name', () => {
  it('given 周六, then every day with entries that is a Saturday, counted', () => {
    const answer = date('周六');
    expect(answer.items.map((i) => i.text)).toEqual(['春游，去植物园。', '端午包粽子。']);
    expect(answer.message).toBe('周六共有2天有条目：4月5日（1条）、5月31日（1条）');
  });

  it('given a weekday in English, then the same days', () => {
    expect(texts('Saturday')).toEqual(['春游，去植物园。', '端午包粽子。']);
  });

  it.each(['weekends', 'every weekend', 'over the weekend', 'weekend days', 'week-ends', 'Saturdays and Sundays', 'every Saturday'])(
    'given %s in English, then the weekend’s days, as 周末 lists them',
    (query) => {
      expect(date(query).error).toBeUndefined();
      expect(texts(query)).toEqual(texts('周末'));
      expect(texts(query)).toEqual(['春游，去植物园。', '端午包粽子。']);
    },
  );

  it.each(['周六？', '周六。', 'Saturday?', ' 星期六！'])('given %s (a mark typed after the name), then the same days', (query) => {
    expect(date(query).error).toBeUndefined();
    expect(texts(query)).toEqual(['春游，去植物园。', '端午包粽子。']);
  });
});

describe('/ask about a holiday as a whole', () => {
  const ask = (query: string) => engine.answer({ command: 'ask', query });

  it('given 勞動節有什麼活動 in Traditional characters, then the entries of its day', () => {
    expect(engine.answer({ command: 'ask', query: '勞動節有什麼活動' }).message).toMatch(/^5月1日的条目共 1 条/u);
  });

  it('given 五一有什么活动, then the entries of its day, by their headings', () => {
    const answer = ask('五一有什么活动');
    expect(answer.message).toMatch(/^5月1日的条目共 1 条/u);
    expect(answer.items.map((i) => i.citation)).toEqual([expect.stringMatching(/2025年5月1日（周四）/u)]);
  });

  it('given a holiday’s name alone, or inside a number, then sentences are ranked', () => {
    expect(ask('劳动节').message).toBeNull();
    expect(ask('十一月有什么活动').message ?? '').not.toMatch(/10月1日/u);
  });
});
