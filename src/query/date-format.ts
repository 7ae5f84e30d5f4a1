// Writes ISO dates the way the corpus and its readers do: 3月18日.

import { fromIso } from './date-calendar.js';

/**
 * `2020-03-18` → `3月18日`; the year is written (`2019年3月18日`) only when a defaultYear is given
 * and differs. Anything that is not a real ISO day is returned unchanged.
 */
export function formatDateZh(iso: string, defaultYear?: number): string {
  const ymd = fromIso(iso);
  if (!ymd) return iso;
  const year = defaultYear !== undefined && ymd.year !== defaultYear ? `${ymd.year}年` : '';
  return `${year}${ymd.month}月${ymd.day}日`;
}

/**
 * `3月18日至20日`, `3月30日至4月2日`, with the year rules of formatDateZh; an end in another year
 * than the start always writes its year (2020年3月8日至2021年4月1日: without it, 4月1日 read as 2020's).
 */
export function formatDateRangeZh(from: string, to: string, defaultYear?: number): string {
  const a = fromIso(from);
  const b = fromIso(to);
  if (!a || !b) return `${from}至${to}`;
  const head = formatDateZh(from, defaultYear);
  if (a.year === b.year && a.month === b.month) return `${head}至${b.day}日`;
  const tail = a.year === b.year ? `${b.month}月${b.day}日` : `${b.year}年${b.month}月${b.day}日`;
  return `${head}至${tail}`;
}

/** English month names, January first. */
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2020-03-18` → `March 18` (`March 18, 2019` when a defaultYear is given and differs), for English replies; /date reads it back. */
export function formatDateEn(iso: string, defaultYear?: number): string {
  const ymd = fromIso(iso);
  if (!ymd) return iso;
  const year = defaultYear !== undefined && ymd.year !== defaultYear ? `, ${ymd.year}` : '';
  return `${MONTHS_EN[ymd.month - 1]} ${ymd.day}${year}`;
}
