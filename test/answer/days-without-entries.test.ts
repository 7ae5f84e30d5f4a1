import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

const engine = answerOver();

const date = (query: string, pageSize = 100) => engine.answer({ command: 'date', query, pageSize });

describe('/date of days without entries', () => {
  it('given a day without entries, then a no-entries message and the nearest days that have some', () => {
    const answer = date('3月28日');
    expect(answer.items).toEqual([]);
    expect(answer.error).toBeUndefined();
    expect(answer.message).toMatch(/没有条目/);
    expect(answer.suggestions[0]).toMatch(/^3月27日/);
  });

  it("given another year, then no entries (never a fallback to 2020), and the same day in the entries' year offered", () => {
    const answer = date('2019-03-18');
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/^2019年3月18日没有条目（条目记录的是2020年：3月18日有8条，请用 \/date 3月18日）/);
    expect(answer.suggestions[0]).toBe('/date 3月18日');
    expect(date('2019年3月').suggestions[0]).toBe('/date 3月');
    // A day the entries' year has nothing on either: the span, with years.
    expect(date('2019-04-18').message).toMatch(/覆盖2020年3月8日至2020年3月27日/);
  });

  it("given days of two years (a range across a year's end, /date 最近366天), then no same days offered: one year holds them in no order", () => {
    // Moved into 2020, they were 12月20日至3月20日 and 12月3日至3日 (every entry), offered as /date of those.
    for (const query of ['2018年12月20日至2019年3月20日', '2025年12月3日至2026年12月3日']) {
      const answer = date(query);
      expect(answer.message).not.toContain('条目记录的是');
      expect(answer.message).toMatch(/覆盖2020年3月8日至2020年3月27日/);
      expect(answer.suggestions.filter((s) => s.startsWith('/date 12月'))).toEqual([]);
    }
  });

  it("given a day inside the entries' span that has none, then it is called a gap, not outside the span", () => {
    // The days of March with entries, from the month's answer; the first day between them without any.
    const withEntries = new Set(date('3月').groups!.map((g) => g.label));
    const gap = Array.from({ length: 20 }, (_, k) => `3月${8 + k}日`).find((d) => !withEntries.has(d));
    expect(gap).toBeDefined();
    expect(date(gap!).message).toMatch(new RegExp(`^${gap}没有条目（条目从3月8日至3月27日，但这一天没有记录）`));
    expect(date('4月5日').message).toMatch(/^4月5日没有条目（条目覆盖3月8日至3月27日）/);
  });
});
