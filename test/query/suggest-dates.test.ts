import { describe, expect, it } from 'vitest';
import { suggestDates } from '../../src/query/suggest-dates.js';

// Days and entry counts shaped like the chronicle's (3月8日 to 3月27日).
const available = [
  { date: '2020-03-18', count: 8 },
  { date: '2020-03-08', count: 2 },
  { date: '2020-03-10', count: 3 },
  { date: '2020-03-19', count: 7 },
  { date: '2020-03-20', count: 3 },
  { date: '2020-03-27', count: 5 },
];
const values = (typed: string): string[] => suggestDates(typed, available, 2020).map((c) => c.value);

describe('suggestDates', () => {
  it('given nothing typed then every day is offered in date order with its count', () => {
    const choices = suggestDates('', available, 2020);
    expect(choices.map((c) => c.value)).toEqual(['3月8日', '3月10日', '3月18日', '3月19日', '3月20日', '3月27日']);
    expect(choices[2]).toEqual({ name: '3月18日 · 8条', value: '3月18日' });
  });
  it('given the start of 最新 or latest then the newest day is offered as that word, which /date reads', () => {
    expect(suggestDates('最', available, 2020)).toEqual([{ name: '最新 · 3月27日 · 5条', value: '最新' }]);
    expect(suggestDates('最近', available, 2020)).toEqual([{ name: '最近 · 3月27日 · 5条', value: '最近' }]);
    expect(suggestDates('lat', available, 2020)).toEqual([{ name: 'latest · March 27 · 5 entries', value: 'latest' }]);
    // One letter is the start of month names too: no newest offered for it.
    expect(values('n')).not.toContain('newest');
    expect(suggestDates('最', [], 2020)).toEqual([]);
  });
  it('given a day said relative to today, then it is offered as typed, with the date it is and its entries', () => {
    // Today is 2020-03-19 for this test: yesterday had 8 entries, the week (16–22) 18.
    const today = new Date(2020, 2, 19);
    expect(suggestDates('昨天', available, 2020, 25, 'zh', today)).toEqual([{ name: '昨天 · 2020年3月18日 · 8条', value: '昨天' }]);
    expect(suggestDates('本周', available, 2020, 25, 'zh', today)).toEqual([{ name: '本周 · 2020年3月16日至22日 · 18条', value: '本周' }]);
    expect(suggestDates('yesterday', available, 2020, 25, 'en', today)).toEqual([
      { name: 'yesterday · March 18, 2020 · 8 entries', value: 'yesterday' },
    ]);
    expect(suggestDates('明天', available, 2020, 25, 'zh', today)).toEqual([{ name: '明天 · 2020年3月20日 · 3条', value: '明天' }]);
    expect(suggestDates('下周一', available, 2020, 25, 'zh', today)).toEqual([
      { name: '下周一 · 2020年3月23日 · 没有条目', value: '下周一' },
    ]);
    // Offered with one space between its words: cut at 40 units, a run of spaces left "last" and spaces, no day /date reads.
    expect(suggestDates(`last${' '.repeat(60)}week`, available, 2020, 25, 'en', today).map((c) => c.value)).toEqual(['last week']);
  });
  it.each([
    ['3月1', ['3月10日', '3月18日', '3月19日']],
    ['3.1', ['3月10日', '3月18日', '3月19日']],
    ['3月2', ['3月20日', '3月27日']],
    ['mar 1', ['3月10日', '3月18日', '3月19日']],
    ['三月二', ['3月20日', '3月27日']],
    ['2020-03-2', ['3月20日', '3月27日']],
  ])('given the partial input %s then the days it can still become are offered', (typed, expected) => {
    expect(values(typed)).toEqual(expected);
  });
  it('given a partial month then all its days are offered', () => {
    expect(values('3')).toHaveLength(available.length);
  });
  it.each(['mar', 'March', '3月', '三月'])(
    'given the month %s whole then the month comes first, as typed, then each of its days',
    (typed) => {
      // Choosing a day must not be the only way on: the month itself is what was typed.
      expect(values(typed)).toEqual([typed, '3月8日', '3月10日', '3月18日', '3月19日', '3月20日', '3月27日']);
      expect(suggestDates(typed, available, 2020)[0]?.name).toBe(`${typed} · 6天 28条`);
    },
  );
  it('given a complete day then that day comes first', () => {
    expect(values('3月18日')[0]).toBe('3月18日');
    expect(values('18 March')[0]).toBe('3月18日');
  });
  it('given a range then the range first, then the days inside it', () => {
    expect(values('3月18日至20日')).toEqual(['3月18日至20日', '3月18日', '3月19日', '3月20日']);
  });
  it('given an English client then days are named in English, and /date reads them back', () => {
    expect(suggestDates('3月18', available, 2020, 25, 'en')).toEqual([{ name: 'March 18 · 8 entries', value: 'March 18' }]);
    expect(suggestDates('March', available, 2020, 25, 'en')[0]?.name).toBe('March · 6 days, 28 entries');
  });
  it('given text that no day can become then nothing is offered', () => {
    expect(values('意大利')).toEqual([]);
    expect(values('4月')).toEqual([]);
  });
  it('given a limit then no more than that many are offered', () => {
    expect(suggestDates('', available, 2020, 2)).toHaveLength(2);
  });
  it('given a day of another year then its name shows the year', () => {
    expect(suggestDates('', [{ date: '2019-03-18', count: 1 }], 2020)[0]).toEqual({ name: '2019年3月18日 · 1条', value: '2019年3月18日' });
  });

  it.each([[`3月 ${'😀'.repeat(47)}`], [`3月 ${'🇮🇹'.repeat(23)}`], [`March${' '.repeat(73)}🇮🇹`]])(
    'given a month typed with emoji past the choice’s length, then the whole-month choice is cut between graphemes',
    (typed) => {
      const [whole] = suggestDates(typed, available, 2020);
      expect(whole?.value).toBeDefined();
      for (const text of [whole!.value, whole!.name]) {
        expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
        expect(typed.trim().startsWith(whole!.value)).toBe(true);
        expect([...new Intl.Segmenter().segment(whole!.value)].map((s) => s.segment).every((g) => typed.includes(g))).toBe(true);
      }
      expect(whole!.value.length).toBeLessThanOrEqual(80);
      expect(whole!.value).not.toMatch(/🇮$/u);
    },
  );
});
