import { daysInMonth, toIso } from '../query/date-calendar.js';
import { formatDateEn, formatDateRangeZh, formatDateZh, MONTHS_EN } from '../query/date-format.js';
import type { DateQuery } from '../query/date-parse.js';
import type { Locale } from './locale.js';

// What a /date query covers: its days, and how the answer names them.

export function daysOf(query: DateQuery): string[] {
  if (query.kind === 'day') return [query.date];
  if (query.kind === 'days') return query.days;
  const [from, to] =
    query.kind === 'range'
      ? [query.from, query.to]
      : [toIso(query.year, query.month, 1), toIso(query.year, query.month, daysInMonth(query.year, query.month))];
  const days: string[] = [];
  const end = new Date(`${to}T00:00:00Z`);
  for (const d = new Date(`${from}T00:00:00Z`); d <= end; d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return days;
}

/** Whether a range is a whole year (/date 2024年), said as that year. */
export const isWholeYear = (query: DateQuery): boolean =>
  query.kind === 'range' && query.from.endsWith('-01-01') && query.to === `${query.from.slice(0, 4)}-12-31`;

/** Days a range's summary names with their counts: a month's all of them; a year's first month's worth, then 等 (366 days were 5,000 characters). */
export const DAYS_SUMMED = 31;

export function describe(query: DateQuery, year: number, locale: Locale = 'zh'): string {
  if (query.kind === 'days') return locale === 'en' ? query.labelEn : query.label;
  if (query.kind === 'range' && isWholeYear(query)) return locale === 'en' ? query.from.slice(0, 4) : `${query.from.slice(0, 4)}年`;
  if (locale === 'en') {
    if (query.kind === 'day') return formatDateEn(query.date, year);
    if (query.kind === 'range') return `${formatDateEn(query.from, year)} to ${formatDateEn(query.to, year)}`;
    return `${MONTHS_EN[query.month - 1]}${query.year === year ? '' : ` ${query.year}`}`;
  }
  if (query.kind === 'day') return formatDateZh(query.date, year);
  if (query.kind === 'range') return formatDateRangeZh(query.from, query.to, year);
  return query.year === year ? `${query.month}月` : `${query.year}年${query.month}月`;
}
