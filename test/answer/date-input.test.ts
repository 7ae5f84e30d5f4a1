import { describe, expect, it } from 'vitest';
import { daysTypedApart, withDiscordTimestamps } from '../../src/answer/date-input.js';

describe('/date input besides a date', () => {
  it('given Discord timestamps in any style, then the day each is in China (the documents’ time)', () => {
    // 1584489600 is 2020-03-18 00:00 UTC, 08:00 in Beijing; 1584486000 is 23:00 UTC on the 17th, 07:00 on the 18th in Beijing.
    expect(withDiscordTimestamps('<t:1584489600:D>')).toBe('2020-03-18');
    expect(withDiscordTimestamps('<t:1584486000>')).toBe('2020-03-18');
    expect(withDiscordTimestamps('<t:1584489600:R> 至 <t:1584662400:f>')).toBe('2020-03-18 至 2020-03-20');
    expect(withDiscordTimestamps('3月18日')).toBe('3月18日');
    // Past year 9999 no date is written: left as typed (not +033658-09-…).
    expect(withDiscordTimestamps('<t:999999999999:D>')).toBe('<t:999999999999:D>');
  });

  it('given several days typed apart, then a /date for each and one for their range; one day or a range is no such thing', () => {
    expect(daysTypedApart('3月18日 3月19日', 2020, 'zh')).toEqual(['/date 3月18日', '/date 3月19日', '/date 3月18日至19日']);
    expect(daysTypedApart('3月20日，3月18日', 2020, 'en')).toEqual(['/date March 18', '/date March 20', '/date March 18 to March 20']);
    expect(daysTypedApart('3月18日', 2020, 'zh')).toBeNull();
    expect(daysTypedApart('3月18日至20日', 2020, 'zh')).toBeNull();
    expect(daysTypedApart('3月18日 口罩', 2020, 'zh')).toBeNull();
    expect(daysTypedApart('March 18, March 19', 2020, 'en')).toEqual(['/date March 18', '/date March 19', '/date March 18 to March 19']);
    expect(daysTypedApart('3月18日 3月18日', 2020, 'zh')).toEqual(['/date 3月18日']);
  });
});
