import { daysInMonth, fromIso } from './date-calendar.js';
import { formatDateEn, formatDateRangeZh, formatDateZh, MONTHS_EN } from './date-format.js';

// The ways of writing a date /date reads, shown with a day the documents have entries on (and its
// year, one they have entries in): the bundled ones (3月18日, 3.18, 2020-03-18) named the starting
// chronicle's days, which a server's changelog of 2024 has none of. The parser's refusals are
// written with them (date-parse.ts), never rewritten afterwards.

/** The forms a refusal names, in each language. */
export interface ShownForms {
  /** For a message: “3月18日”、“3.18”、“2020-03-18”、“March 18”、“3月18日至20日”、“3月”或“2020年”. */
  zh: string;
  /** March 18, 18 March, 2020-03-18, March 18-20, March or 2020 (also 3月18日). */
  en: string;
}

export interface DateForms extends ShownForms {
  /** Commands to try: /date 3月18日, /date 3.18, /date 3月18日至20日. */
  commandsZh: string[];
  /** /date March 18, /date March 18-20, /date March. */
  commandsEn: string[];
}

/** The forms of `day` (ISO), its year written when it is not `defaultYear`; null for no real day. */
export function dateForms(day: string, defaultYear: number): DateForms | null {
  const ymd = fromIso(day);
  if (!ymd) return null;
  const { year, month, day: date } = ymd;
  const ownYear = year === defaultYear;
  const monthEn = MONTHS_EN[month - 1]!;
  // Three days from it, within its month.
  const [from, to] = date + 2 <= daysInMonth(year, month) ? [date, date + 2] : [date - 2, date];
  const iso = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const zhDay = formatDateZh(day, defaultYear);
  const dots = ownYear ? `${month}.${date}` : `${year}.${month}.${date}`;
  const enDay = formatDateEn(day, defaultYear);
  const dayFirst = `${date} ${monthEn}${ownYear ? '' : ` ${year}`}`;
  const rangeZh = formatDateRangeZh(iso(from), iso(to), defaultYear);
  // With a year, day first: /date reads "29-31 December 2019", not "December 29-31, 2019".
  const rangeEn = ownYear ? `${monthEn} ${from}-${to}` : `${from}-${to} ${monthEn} ${year}`;
  const monthZh = ownYear ? `${month}月` : `${year}年${month}月`;
  const monthOnlyEn = ownYear ? monthEn : `${monthEn} ${year}`;
  return {
    zh: `“${zhDay}”、“${dots}”、“${day}”、“${enDay}”、“${rangeZh}”、“${monthZh}”或“${year}年”`,
    en: `${enDay}, ${dayFirst}, ${day}, ${rangeEn}, ${monthOnlyEn} or ${year} (also ${zhDay})`,
    commandsZh: [`/date ${zhDay}`, `/date ${dots}`, `/date ${rangeZh}`],
    commandsEn: [`/date ${enDay}`, `/date ${rangeEn}`, `/date ${monthOnlyEn}`],
  };
}
