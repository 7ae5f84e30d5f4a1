import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/cli/sparkline.js';
import { PLAIN_STYLE } from '../../src/cli/text-style.js';
import type { Answer, Timeline } from '../../src/core/types.js';
import { answerFrame } from '../../src/discord/answer-frame.js';

const days = (unit: string): Timeline => ({
  unit,
  days: [
    { date: '2020-03-08', count: 2, highlighted: false },
    { date: '2020-03-09', count: 4, highlighted: true },
    { date: '2020-03-10', count: 0, highlighted: false },
  ],
});

describe('the timeline line, in the reader’s language', () => {
  it('given Chinese, then 时间线 with the unit the core names', () => {
    expect(sparkline(days('条目'), PLAIN_STYLE)).toBe('时间线（3月8日—3月10日，每日条目数，高亮为所查日期）：▄[█]·');
  });

  it('given English, then the dates and the unit in English (an English /country had a Chinese line)', () => {
    expect(sparkline(days('条目'), PLAIN_STYLE, 'en')).toBe(
      'Timeline (March 8 – March 10, entries per day, the days asked highlighted): ▄[█]·',
    );
    expect(sparkline(days('提及'), PLAIN_STYLE, 'en')).toMatch(/^Timeline \(March 8 – March 10, mentions per day/);
  });

  it('given a /date range in English on Discord, then its chart caption counts entries, not sentences', () => {
    const answer = {
      command: 'date',
      query: 'March 8-10',
      total: 0,
      items: [],
      message: null,
      suggestions: [],
      page: 1,
      pageSize: 10,
      timeline: days('条目'),
    } as unknown as Answer;
    expect(JSON.stringify(answerFrame(answer, 'en'))).toMatch(/Chart: entries per day, March 8 to March 10/);
  });
});
