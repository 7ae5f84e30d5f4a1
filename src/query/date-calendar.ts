// Calendar arithmetic on plain year/month/day numbers and ISO strings, without Date's time zones.

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** Parses a strict ISO `YYYY-MM-DD` of a real day, else null. */
export function fromIso(iso: string): YearMonthDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Days since 1970-01-01 (UTC), for range lengths and nearest-day distances. */
export function dayNumber(iso: string): number {
  const ymd = fromIso(iso);
  if (!ymd) return Number.NaN;
  return Math.round(Date.UTC(ymd.year, ymd.month - 1, ymd.day) / 86_400_000);
}

/** Why a year/month/day is not a real day: no such month, no 29 February that year, or a day outside the month. */
export type ImpossibleDay =
  | { kind: 'no-month'; month: number }
  | { kind: 'not-leap'; year: number }
  | { kind: 'before-first' | 'past-last'; year: number; month: number; day: number; last: number };

/** Why a year/month/day is not a real day, or null when it is one (worded per language in date-parse.ts). */
export function impossibleDay(year: number, month: number, day: number): ImpossibleDay | null {
  if (month < 1 || month > 12) return { kind: 'no-month', month };
  const last = daysInMonth(year, month);
  if (day >= 1 && day <= last) return null;
  if (month === 2 && day === 29) return { kind: 'not-leap', year };
  return { kind: day < 1 ? 'before-first' : 'past-last', year, month, day, last };
}

/**
 * A month this many months before the one just read starts the next year (12月 → 1月), not a step
 * back: a chronicle's headings and a /date range both run forward in time.
 */
export const YEAR_TURN_MONTHS = 6;
