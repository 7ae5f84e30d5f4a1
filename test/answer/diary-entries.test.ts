import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

// A diary's day headings (10月3日 星期五 晴 27℃) are entries of their day, as dated `##` headings
// are (genre v6's travel diary, its year 2025 from its sidecar, beside documents of 2026).

const engine = answerOver('eval/genre6-corpus');

describe('a travel diary', () => {
  it('given /date of a day typed without its year, then the diary entry of that day, dated, cited by its heading', () => {
    const items = engine.answer({ command: 'date', query: '10月6日' }).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ date: '2025-10-06' });
    expect(items[0]?.text).toMatch(/^在异国过中秋。/u);
    expect(items[0]?.citation).toContain('10月6日 周一 农历八月十五 中秋');
  });

  it('given /date of the day a weekday-only heading (星期四 雨) falls on, or that weekday, then its entry', () => {
    expect(engine.answer({ command: 'date', query: '2025-10-09' }).items[0]?.text).toMatch(/^一整天下雨/u);
    // The e-mail thread's messages are entries of their days too (2026): the diary's Thursdays are its 2025 ones.
    const thursdays = engine.answer({ command: 'date', query: '周四' }).items.map((item) => item.date);
    expect(thursdays.filter((day) => day?.startsWith('2025-'))).toEqual(['2025-10-02', '2025-10-09']);
    expect(engine.answer({ command: 'date', query: '中秋' }).items[0]?.date).toBe('2025-10-06');
  });

  it('given a heading over its first line, then the line is a sentence of its own, not glued to the heading', () => {
    const items = engine.answer({ command: 'search', query: '在异国过中秋' }).items;
    expect(items[0]?.text).toBe('在异国过中秋。');
  });

  it("given a question naming a diary day, then that day's entry, not a sentence mentioning the day", () => {
    const items = engine.answer({ command: 'ask', query: '10月3日做了什么' }).items;
    expect(items[0]?.date).toBe('2025-10-03');
    expect(items[0]?.text).toMatch(/^10月3日 星期五 晴 27℃\n里斯本时间早上7点40落地/u);
    const en = engine.answer({ command: 'ask', query: 'What happened on October 6?' }).items;
    expect(en[0]?.text).toMatch(/\n在异国过中秋。$/u);
  });

  it("given a question asking for the diary's last entry (最后一篇), then the last day's, 10月11日, not sentences writing 最后", () => {
    const answer = engine.answer({ command: 'ask', query: '日记的最后一篇写了什么' });
    expect(answer.items.map((item) => item.date)).toEqual(['2025-10-11']);
  });
});

describe('a diary day heading’s remarks, as a field of the day’s sentences', () => {
  const search = (query: string) => engine.answer({ command: 'search', query, pageSize: 50 });

  it('given /search of a heading’s weather (晴), then the sentences of the days so headed, none of them a heading', () => {
    const answer = search('晴');
    const headings = ['10月3日 星期五 晴 27℃', '10月5日 星期日 晴', '10月8日 星期三 晴转多云', '10月10日 星期五 晴 24℃'];
    expect(answer.items.length).toBeGreaterThan(4);
    expect(answer.items.every((item) => headings.some((heading) => item.citation.includes(heading)))).toBe(true);
    expect(answer.items.some((item) => headings.includes(item.text))).toBe(false);
    expect(answer.message).toContain('结果也包括标题写着“晴”的日子的句子');
  });

  it('given a temperature (27℃) and a keyword besides (晴 里斯本), then the day’s sentences, those holding both first', () => {
    expect(search('27℃').items.every((item) => item.citation.includes('10月3日 星期五 晴 27℃'))).toBe(true);
    const both = search('晴 里斯本').items[0];
    expect(both?.text).toContain('里斯本');
    expect(both?.citation).toContain('晴');
  });

  it('given a number written inside a heading’s temperature (7 of 27℃, ² folded to 2), then no day is held by it: a number is held only whole', () => {
    for (const query of ['7', '2', '²']) {
      const answer = search(query);
      expect(answer.message ?? '').not.toContain('标题写着');
      expect(answer.items.some((item) => item.citation.includes('10月3日 星期五 晴 27℃') && !item.text.includes(query))).toBe(false);
    }
  });

  it('given two single-character weather words (晴 雨) or one twice (晴 晴), then the days headed with either, each word named once', () => {
    const either = search('晴 雨');
    expect(either.items.some((item) => item.citation.includes('10月3日 星期五 晴 27℃'))).toBe(true);
    expect(either.items.some((item) => item.citation.includes('10月4日 星期六 多云转小雨'))).toBe(true);
    const twice = search('晴 晴');
    expect(twice.items.map((item) => item.text)).toEqual(search('晴').items.map((item) => item.text));
    expect(twice.message).toContain('标题写着“晴”的日子');
  });

  it('given keywords many days’ headings write (晴 雨 阴), then the note names five of them and counts the rest', () => {
    const message = search('晴 雨 阴').message ?? '';
    expect(message.match(/「/gu)).toHaveLength(5);
    expect(message).toMatch(/」等8天（标题不是句子，不标亮）/u);
  });
});
