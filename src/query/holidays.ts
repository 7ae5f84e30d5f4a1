import { toIso } from './date-calendar.js';
import { MAX_YEAR, MIN_YEAR } from './date-parse.js';
import { solarTermDay } from './solar-term.js';

// Holidays a user names instead of a day (/date 五一, /date 清明节): fixed days of the Gregorian
// calendar, 清明 (a solar term, computed) and the lunar festivals (the Chinese calendar that
// Intl carries). Each is one day of a given year; the days off around it change every year by
// decree and are not computed.

interface Holiday {
  /** The holiday's name as said back (劳动节), and in English. */
  name: string;
  en: string;
  dayIn: (year: number) => string | null;
}

const fixed = (month: number, day: number) => (year: number) => toIso(year, month, day);

/** 清明: the day the sun reaches 15° of longitude, in any year a date may have (4 or 5 April this century). */
const qingming = (year: number): string | null => (year >= MIN_YEAR && year <= MAX_YEAR ? solarTermDay(year, 15, 4, 5) : null);

const lunarFormat = new Intl.DateTimeFormat('en-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/** The Gregorian day of lunar `month`/`day` (not a leap month) whose festival falls in `year`; `shift` days after it (除夕: the day before 春节). */
const lunar = (month: number, day: number, shift = 0) => {
  // A year's day is found by formatting up to a year of days: found once per year asked.
  const known = new Map<number, string | null>();
  return (year: number): string | null => {
    if (known.size >= 64) known.clear(); // years are typed by users: kept few
    if (!known.has(year)) known.set(year, lunarDayIn(year, month, day, shift));
    return known.get(year) ?? null;
  };
};

function lunarDayIn(year: number, month: number, day: number, shift: number): string | null {
  const want = `${month}/${day}`;
  const at = new Date(Date.UTC(year, 0, 1));
  for (let i = 0; i < 366 + Math.abs(shift); i++, at.setUTCDate(at.getUTCDate() + 1)) {
    if (lunarFormat.format(at) !== want) continue;
    const found = new Date(at);
    found.setUTCDate(found.getUTCDate() + shift);
    return found.getUTCFullYear() === year ? found.toISOString().slice(0, 10) : null;
  }
  return null;
}

const HOLIDAYS: ReadonlyArray<{ names: readonly string[]; holiday: Holiday }> = [
  { names: ['元旦', '新年'], holiday: { name: '元旦', en: "New Year's Day", dayIn: fixed(1, 1) } },
  { names: ['情人节'], holiday: { name: '情人节', en: "Valentine's Day", dayIn: fixed(2, 14) } },
  { names: ['妇女节', '三八'], holiday: { name: '妇女节', en: "Women's Day", dayIn: fixed(3, 8) } },
  { names: ['植树节'], holiday: { name: '植树节', en: 'Arbor Day', dayIn: fixed(3, 12) } },
  { names: ['愚人节'], holiday: { name: '愚人节', en: "April Fools' Day", dayIn: fixed(4, 1) } },
  { names: ['清明', '清明节'], holiday: { name: '清明', en: 'Qingming', dayIn: qingming } },
  { names: ['劳动节', '五一', '五一劳动节', '国际劳动节'], holiday: { name: '劳动节', en: 'Labour Day', dayIn: fixed(5, 1) } },
  { names: ['青年节', '五四'], holiday: { name: '青年节', en: 'Youth Day', dayIn: fixed(5, 4) } },
  { names: ['儿童节', '六一'], holiday: { name: '儿童节', en: "Children's Day", dayIn: fixed(6, 1) } },
  { names: ['建党节', '七一'], holiday: { name: '建党节', en: 'Party Founding Day', dayIn: fixed(7, 1) } },
  { names: ['建军节', '八一'], holiday: { name: '建军节', en: 'Army Day', dayIn: fixed(8, 1) } },
  { names: ['教师节'], holiday: { name: '教师节', en: "Teachers' Day", dayIn: fixed(9, 10) } },
  { names: ['国庆', '国庆节', '十一'], holiday: { name: '国庆节', en: 'National Day', dayIn: fixed(10, 1) } },
  { names: ['平安夜'], holiday: { name: '平安夜', en: 'Christmas Eve', dayIn: fixed(12, 24) } },
  { names: ['圣诞', '圣诞节'], holiday: { name: '圣诞节', en: 'Christmas', dayIn: fixed(12, 25) } },
  { names: ['除夕', '大年三十'], holiday: { name: '除夕', en: "Chinese New Year's Eve", dayIn: lunar(1, 1, -1) } },
  { names: ['春节', '大年初一'], holiday: { name: '春节', en: 'Spring Festival', dayIn: lunar(1, 1) } },
  { names: ['元宵', '元宵节'], holiday: { name: '元宵节', en: 'Lantern Festival', dayIn: lunar(1, 15) } },
  { names: ['端午', '端午节'], holiday: { name: '端午节', en: 'Dragon Boat Festival', dayIn: lunar(5, 5) } },
  { names: ['七夕', '七夕节'], holiday: { name: '七夕', en: 'Qixi', dayIn: lunar(7, 7) } },
  { names: ['中秋', '中秋节'], holiday: { name: '中秋节', en: 'Mid-Autumn Festival', dayIn: lunar(8, 15) } },
  { names: ['重阳', '重阳节'], holiday: { name: '重阳节', en: 'Double Ninth Festival', dayIn: lunar(9, 9) } },
];

const BY_NAME = new Map(HOLIDAYS.flatMap(({ names, holiday }) => names.map((name) => [name, holiday] as const)));

/** An English name folded as holidayNamed reads it: lower case, without apostrophes, hyphens as spaces (Mid-Autumn, Teachers'). */
const foldedEnglish = (name: string): string =>
  name
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[-\s]+/gu, ' ')
    .trim();

/** The holidays by their English names, as the answers say them, and as people also call them. */
const BY_ENGLISH_NAME = new Map([
  ...HOLIDAYS.map(({ holiday }) => [foldedEnglish(holiday.en), holiday] as const),
  ...(
    [
      ['May Day', '劳动节'],
      ['Labor Day', '劳动节'],
      ['Chinese New Year', '春节'],
      ['Lunar New Year', '春节'],
      ['Tomb-Sweeping Day', '清明'],
      ['Moon Festival', '中秋'],
    ] as const
  ).map(([english, name]) => [foldedEnglish(english), BY_NAME.get(name)!] as const),
]);

/** The holiday `text` names (`五一`, `2026年清明节`, `清明当天`, `May Day`, `Christmas 2025`), with the year written with it, or null. */
export function holidayNamed(text: string): { holiday: Holiday; year: number | null } | null {
  const typed = text.normalize('NFKC');
  const match = /^\s*(?:(\d{4})\s*年\s*(?:的)?)?\s*(\S+?)\s*(?:假期|当天|那天|期间)?\s*$/u.exec(typed);
  const holiday = match && BY_NAME.get(match[2]!);
  if (holiday) return { holiday, year: match[1] ? Number(match[1]) : null };
  // In English: the name, "on" or "the" before it, its year before or after it.
  const english = /^\s*(?:on\s+)?(?:(\d{4})\s+)?(?:the\s+)?([a-z][a-z'’\s-]*?)(?:\s*,?\s*(\d{4}))?\s*$/iu.exec(typed);
  const named = english && BY_ENGLISH_NAME.get(foldedEnglish(english[2]!));
  const year = english?.[1] ?? english?.[3];
  return named ? { holiday: named, year: year ? Number(year) : null } : null;
}

/**
 * Every name, longest first (五一劳动节 before 五一), with where it stands as a name: not inside a
 * number or a day (十一月, 第十一条). Compiled once: /ask asks this of every question.
 */
const NAMED = [...BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => ({
    name,
    at: new RegExp(`(?<![第\\d〇零一二三四五六七八九十百])${name}(?![\\d〇零一二三四五六七八九十百月日号號点點条章节个位年])`, 'u'),
  }));

/**
 * The holiday a question names (五一有什么活动), with where it is written, or null. A name inside a
 * number or a day is none (十一月, 第十一条, 五一广场 stays a name only when no such word follows it).
 */
export function holidayInText(text: string): { holiday: Holiday; start: number; end: number } | null {
  for (const { name, at } of NAMED) {
    if (!text.includes(name)) continue;
    const found = at.exec(text);
    if (found) return { holiday: BY_NAME.get(name)!, start: found.index, end: found.index + name.length };
  }
  return null;
}
