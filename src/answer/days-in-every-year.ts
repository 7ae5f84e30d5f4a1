import type { Services } from '../core/services.js';

// A day or month written without its year, over chronicles of several years (a server's 2020 and
// 2021): it is every such year's. /date 3月18日 and "3月18日发生了什么" list both years' 3月18日.

/** Years that have dated entries, ascending. */
export function entryYears(services: Services): number[] {
  return [...new Set(services.library.datesWithEntries.map((d) => Number(d.date.slice(0, 4))))];
}

/**
 * The days `read` finds when a year left out is read as `year`, in every year with entries when
 * the text leaves its year out (read under another default year, its days move); sorted. Null
 * when `read` finds none at the default year.
 */
export function daysInEveryYear(services: Services, read: (year: number) => readonly string[] | null): string[] | null {
  const days = read(services.defaultYear);
  if (!days) return null;
  const years = entryYears(services);
  if (years.length < 2) return [...days];
  const shifted = read(services.defaultYear + 1);
  if (!shifted || shifted[0] === days[0]) return [...days];
  const all = new Set(days);
  for (const year of years) if (year !== services.defaultYear) for (const day of read(year) ?? []) all.add(day);
  return [...all].sort();
}

/**
 * The year a list of days is labelled under (formatDateZh's defaultYear): the default, unless
 * they span several years: then each label writes its year (【2020年3月18日】, 【2021年3月18日】,
 * not one with and one without).
 */
export function labelYear(services: Services, days: readonly string[]): number {
  return new Set(days.map((day) => day.slice(0, 4))).size > 1 ? Number.NaN : services.defaultYear;
}
