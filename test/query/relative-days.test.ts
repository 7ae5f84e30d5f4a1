import { describe, expect, it } from 'vitest';
import { relativeDays } from '../../src/query/relative-days.js';

// Days said relative to today, read by a clock the test sets: a Thursday, and New Year's Day.
const THURSDAY = new Date(2026, 11, 3);
const NEW_YEAR = new Date(2027, 0, 1);

const query = (typed: string, today = THURSDAY) => relativeDays(typed, today)?.query ?? null;
const day = (date: string) => ({ kind: 'day', date });

describe('days said relative to today', () => {
  it('given a day by its distance from today, then that day, across a month and a year', () => {
    expect(query('今天')).toEqual(day('2026-12-03'));
    expect(query('昨天')).toEqual(day('2026-12-02'));
    expect(query('前天')).toEqual(day('2026-12-01'));
    expect(query('明天')).toEqual(day('2026-12-04'));
    expect(query('Yesterday')).toEqual(day('2026-12-02'));
    expect(query('昨天', NEW_YEAR)).toEqual(day('2026-12-31'));
  });

  it('given a weekday of a week (上周三, 这周五, 下周一), then that day of that week, Monday first', () => {
    expect(query('上周三')).toEqual(day('2026-11-25'));
    expect(query('這週五')).toEqual(day('2026-12-04'));
    expect(query('本周日')).toEqual(day('2026-12-06'));
    expect(query('下周一')).toEqual(day('2026-12-07'));
    expect(query('上个星期五')).toEqual(day('2026-11-27'));
  });

  it('given an English weekday, then as English means it: last the latest before today, next the first after it', () => {
    expect(query('last Friday')).toEqual(day('2026-11-27'));
    expect(query('last Thursday')).toEqual(day('2026-11-26'));
    expect(query('next Thursday')).toEqual(day('2026-12-10'));
    expect(query('next Monday')).toEqual(day('2026-12-07'));
    expect(query('this Sunday')).toEqual(day('2026-12-06'));
    expect(query('next wed')).toEqual(day('2026-12-09'));
  });

  it('given a week, month or year, then its days', () => {
    expect(query('本周')).toEqual({ kind: 'range', from: '2026-11-30', to: '2026-12-06' });
    expect(query('last week')).toEqual({ kind: 'range', from: '2026-11-23', to: '2026-11-29' });
    expect(query('上个月')).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(query('上个月', NEW_YEAR)).toEqual({ kind: 'month', year: 2026, month: 12 });
    expect(query('this month')).toEqual({ kind: 'month', year: 2026, month: 12 });
    expect(query('去年')).toEqual({ kind: 'range', from: '2025-01-01', to: '2025-12-31' });
  });

  it('given the week or month before last or after next (上上周, 下下周三, 上上个月), then that one', () => {
    expect(query('上上周')).toEqual({ kind: 'range', from: '2026-11-16', to: '2026-11-22' });
    expect(query('下下周三')).toEqual(day('2026-12-16'));
    expect(query('上上个月')).toEqual({ kind: 'month', year: 2026, month: 10 });
    expect(query('上上个月', NEW_YEAR)).toEqual({ kind: 'month', year: 2026, month: 11 });
  });

  it('given the last N months or years (最近一个月, 近一年, past year), then from the day after that date back to today', () => {
    expect(query('最近一个月')).toEqual({ kind: 'range', from: '2026-11-04', to: '2026-12-03' });
    expect(query('过去三个月')).toEqual({ kind: 'range', from: '2026-09-04', to: '2026-12-03' });
    expect(query('近一年')).toEqual({ kind: 'range', from: '2025-12-04', to: '2026-12-03' });
    expect(query('past month')).toEqual({ kind: 'range', from: '2026-11-04', to: '2026-12-03' });
    expect(query('last 6 months', NEW_YEAR)).toEqual({ kind: 'range', from: '2026-07-02', to: '2027-01-01' });
    // The calendar's last year and last month stay the calendar's.
    expect(query('last year')).toEqual({ kind: 'range', from: '2025-01-01', to: '2025-12-31' });
    expect(query('最近999年')).toBeNull();
  });

  it('given the last N days or weeks, then those days, today included', () => {
    expect(query('最近7天')).toEqual({ kind: 'range', from: '2026-11-27', to: '2026-12-03' });
    expect(query('近三天')).toEqual({ kind: 'range', from: '2026-12-01', to: '2026-12-03' });
    expect(query('过去两周')).toEqual({ kind: 'range', from: '2026-11-20', to: '2026-12-03' });
    // Counted in Chinese past 十, as 最近15天 is (one to ten only, it was 无法识别日期).
    expect(query('最近十五天')).toEqual(query('最近15天'));
    expect(query('过去二十一天')).toEqual({ kind: 'range', from: '2026-11-13', to: '2026-12-03' });
    expect(query('last 30 days')).toEqual({ kind: 'range', from: '2026-11-04', to: '2026-12-03' });
    expect(query('最近999天')).toBeNull();
  });

  it('says the date it read, with its year', () => {
    expect(relativeDays('昨天', THURSDAY)?.note).toBe('昨天：2026年12月2日。');
    expect(relativeDays('yesterday', THURSDAY)?.noteEn).toBe('Yesterday: December 2, 2026. ');
    expect(relativeDays('去年', THURSDAY)?.note).toBe('去年：2025年。');
    // Spaces typed between the words (a tab, a run) are one space in the echo.
    expect(relativeDays('last \t   week', THURSDAY)?.noteEn).toBe('Last week: November 23, 2026 – November 29, 2026. ');
  });

  it('given a date, a weekday alone or anything else, then none (read as before)', () => {
    for (const typed of ['3月18日', '周三', '2020年', '上', '最近', '今天天气']) expect(query(typed)).toBeNull();
  });
});
