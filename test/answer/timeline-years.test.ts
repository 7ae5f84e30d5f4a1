import { describe, expect, it } from 'vitest';
import { MAX_TIMELINE_DAYS } from '../../src/answer/timeline.js';
import { answerOverFiles } from '../support/answer-over.js';

// Chronicles of different years in one corpus: a timeline over their whole span would be years of
// empty days. It narrows to the days it highlights, and is left out when those are years apart.

const chronicle = (title: string, year: number, days: Record<string, string[]>) => ({
  [`${title}.txt`]: [title, '', ...Object.entries(days).flatMap(([day, entries]) => [day, ...entries.map((e) => `◆${e}`), ''])].join('\n'),
  [`${title}.meta.json`]: JSON.stringify({ id: title, title, kind: 'chronicle', year }),
});

const engine = answerOverFiles('timeline-years', {
  ...chronicle('early', 2020, { '3月8日': ['意大利代表团抵达北京。'], '3月20日': ['日本代表团抵达上海。'] }),
  ...chronicle('late', 2024, { '3月3日': ['加拿大队获得冠军。'], '3月17日': ['加拿大队再次获胜。', '意大利队获得亚军。'] }),
});

describe('timelines over chronicles of several years', () => {
  it('given mentions within a few weeks, then only their days, from the first to the last', () => {
    const days = engine.answer({ command: 'country', query: '加拿大' }).timeline?.days ?? [];
    expect(days[0]).toEqual({ date: '2024-03-03', count: 1, highlighted: true });
    expect(days[days.length - 1]).toEqual({ date: '2024-03-17', count: 1, highlighted: true });
    expect(days).toHaveLength(15);
  });

  it('given mentions years apart, then no timeline, but every mention listed', () => {
    const answer = engine.answer({ command: 'country', query: '意大利' });
    expect(answer.timeline).toBeUndefined();
    expect(answer.total).toBe(2);
  });

  it('given a month of one year, then its days, never more than a quarter', () => {
    const days = engine.answer({ command: 'date', query: '2024年3月' }).timeline?.days ?? [];
    expect(days.length).toBeGreaterThan(0);
    expect(days.length).toBeLessThanOrEqual(MAX_TIMELINE_DAYS);
    expect(days.every((d) => d.date.startsWith('2024-03'))).toBe(true);
  });
});
