// Weekdays people paste beside a date: 3月17日（周二）, 3月17日 星期二, Tuesday, March 17, 周二 3/17.
// They are read off before the date is parsed, then checked against it: a contradiction is
// answered with the date and a note, since the date is what the reader typed most carefully.

const CHINESE = /[(（[【]?\s*(?:星期|礼拜|禮拜|周|週)([一二三四五六日天1-7])\s*[)）\]】]?/u;
const ENGLISH = /\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?\.?\b,?/i;

/** A weekday's character after 周, 星期 or 礼拜 (0 = Sunday): the one table every reader of weekdays uses. */
export const CHINESE_DAYS: Readonly<Record<string, number>> = { 日: 0, 天: 0, 7: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** An English weekday's first three letters, by its number (0 = Sunday). */
export const ENGLISH_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The input without its weekday, and the weekday written (0 = Sunday), or null. */
export function takeWeekday(input: string): { rest: string; weekday: number | null } {
  const chinese = CHINESE.exec(input);
  if (chinese) {
    const key = chinese[1] ?? '';
    const weekday = CHINESE_DAYS[key] ?? Number(key);
    return { rest: input.replace(chinese[0], ' ').trim(), weekday };
  }
  const english = ENGLISH.exec(input);
  if (english) {
    const weekday = ENGLISH_DAYS.indexOf((english[1] ?? '').toLowerCase());
    return { rest: input.replace(english[0], ' ').trim(), weekday };
  }
  return { rest: input, weekday: null };
}

/** Day of the week of an ISO date (0 = Sunday). */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}
