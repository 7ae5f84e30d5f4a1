import { describe, expect, it } from 'vitest';
import { holidayNamed } from '../../src/query/holidays.js';
import { solarTermDay } from '../../src/query/solar-term.js';

// 清明 is the day the sun reaches 15° of longitude, in China's time: computed for any year, not
// only this century (the 寿星 formula's 2000–2099). Days checked against a full ephemeris.

describe('solarTermDay', () => {
  it.each([
    [1900, '1900-04-05'],
    [1996, '1996-04-04'],
    [1999, '1999-04-05'],
    [2008, '2008-04-04'],
    [2026, '2026-04-05'],
    [2100, '2100-04-05'],
    [2500, '2500-04-04'],
  ])('given %i, then 清明 on %s', (year, day) => {
    expect(solarTermDay(year, 15, 4, 5)).toBe(day);
  });
});

describe('清明 as a holiday', () => {
  it('given a year outside 2000–2099, then its day', () => {
    expect(holidayNamed('1999年清明')?.holiday.dayIn(1999)).toBe('1999-04-05');
    expect(holidayNamed('2150年清明节')?.holiday.dayIn(2150)).toBe('2150-04-05');
  });
});
