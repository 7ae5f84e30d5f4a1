import { describe, expect, it } from 'vitest';
import { formatDateEn, formatDateRangeZh, formatDateZh } from '../../src/query/date-format.js';
import { parseDateQuery } from '../../src/query/date-parse.js';

describe('formatDateZh', () => {
  it('given a day of the default year then no year is written', () => {
    expect(formatDateZh('2020-03-18', 2020)).toBe('3月18日');
    expect(formatDateZh('2020-03-08')).toBe('3月8日');
  });
  it('given a day of another year then the year is written', () => {
    expect(formatDateZh('2019-12-31', 2020)).toBe('2019年12月31日');
  });
  it('given something that is not a real ISO day then it is returned unchanged', () => {
    expect(formatDateZh('2020-02-30', 2020)).toBe('2020-02-30');
    expect(formatDateZh('hello')).toBe('hello');
  });
  it('given a formatted day then parsing it gives the same ISO date back', () => {
    for (const iso of ['2020-01-01', '2020-02-29', '2020-12-31', '2019-07-04']) {
      expect(parseDateQuery(formatDateZh(iso, 2020), 2020)).toEqual({ ok: true, query: { kind: 'day', date: iso } });
    }
  });
});

describe('formatDateRangeZh', () => {
  it('given a range inside one month then the month is written once', () => {
    expect(formatDateRangeZh('2020-03-18', '2020-03-20', 2020)).toBe('3月18日至20日');
  });
  it('given a range across months then both months are written', () => {
    expect(formatDateRangeZh('2020-03-30', '2020-04-02', 2020)).toBe('3月30日至4月2日');
  });
  it('given a range across a year, then its end writes its year, though the default year is the end’s', () => {
    expect(formatDateRangeZh('2020-12-30', '2021-01-02', 2021)).toBe('2020年12月30日至2021年1月2日');
    expect(formatDateRangeZh('2020-12-30', '2021-01-02', 2020)).toBe('12月30日至2021年1月2日');
  });
});

describe('formatDateEn', () => {
  it('given a day, then the month by name, the year only when it differs, and /date reads it back', () => {
    expect(formatDateEn('2020-03-18', 2020)).toBe('March 18');
    expect(formatDateEn('2019-12-31', 2020)).toBe('December 31, 2019');
    expect(formatDateEn('not a date')).toBe('not a date');
    for (const iso of ['2020-03-18', '2019-12-31', '2020-02-29']) {
      const read = parseDateQuery(formatDateEn(iso, 2020), 2020);
      expect(read.ok && read.query.kind === 'day' ? read.query.date : null).toBe(iso);
    }
  });
});
