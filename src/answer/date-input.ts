import { formatDateEn, formatDateRangeZh, formatDateZh } from '../query/date-format.js';
import { parseDateQuery } from '../query/date-parse.js';
import { dayIn, type Locale, typedInEnglish } from './locale.js';

// What a /date query may hold besides a date the parser reads: a Discord timestamp pasted from
// chat, or several days typed apart.

/** The documents' time zone (China, UTC+8): a timestamp is the day it was there. */
const DOCUMENTS_UTC_OFFSET_MS = 8 * 3600 * 1000;
/** <t:1584489600>, <t:1584489600:D>: what a Discord client shows as a date or time. */
const DISCORD_TIMESTAMP = /<t:(-?\d{1,12})(?::[tTdDfFR])?>/g;

/** The query with each Discord timestamp written as its day (2020-03-18, or as `written` writes it), which /date reads. */
export function withDiscordTimestamps(query: string, written: (iso: string) => string = (iso) => iso): string {
  return query.replace(DISCORD_TIMESTAMP, (whole, seconds: string) => {
    const day = new Date(Number(seconds) * 1000 + DOCUMENTS_UTC_OFFSET_MS);
    const year = day.getUTCFullYear();
    // A year a date is written with (the ISO form of year 33658 is +033658-…, which /date would echo as typed).
    return Number.isNaN(year) || year < 1 || year > 9999 ? whole : written(day.toISOString().slice(0, 10));
  });
}

/**
 * A question or search with each Discord timestamp written as its day, as the rest of it is
 * written: 2020年3月18日 among Chinese, March 18, 2020 in English. Left as it was, the timestamp's
 * digits were searched for (<t:1584489600:D>发生了什么 listed sentences about 数据).
 */
export function withTimestampsAsDays(query: string): string {
  // Every question and search comes through here: one without a timestamp is left at once.
  if (!query.includes('<t:')) return query;
  const english = typedInEnglish('ask', query.replace(DISCORD_TIMESTAMP, ''));
  // With its year always (a default year no day has): a timestamp names one day of one year.
  return withDiscordTimestamps(query, (iso) => (english ? formatDateEn(iso, 0) : formatDateZh(iso, 0)));
}

/** At most this many days typed apart are offered one by one. */
const MAX_DAYS_APART = 7;

/**
 * Several days typed apart ("3月18日 3月19日", "3月18日、20日"), which /date does not read as one
 * date: a /date for each, and one for the range they span, to type instead; null otherwise.
 */
export function daysTypedApart(query: string, year: number, locale: Locale): string[] | null {
  // Split by punctuation and joining words first: "March 18, March 19" holds spaces in each day.
  const days = daysOf(query.split(/[,，、;；]+|和|与|及|\band\b/u), year) ?? daysOf(query.split(/\s+/u), year);
  if (!days) return null;
  const sorted = [...new Set(days)].sort();
  const each = sorted.map((day) => `/date ${dayIn(locale, day, year)}`);
  const range =
    locale === 'en'
      ? `/date ${formatDateEn(sorted[0]!, year)} to ${formatDateEn(sorted[sorted.length - 1]!, year)}`
      : `/date ${formatDateRangeZh(sorted[0]!, sorted[sorted.length - 1]!, year)}`;
  return sorted.length > 1 ? [...each, range] : each;
}

/** Each part read as one day, or null when there are not 2 to MAX_DAYS_APART of them, or one is no day. */
function daysOf(pieces: readonly string[], year: number): string[] | null {
  const parts = pieces.map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > MAX_DAYS_APART) return null;
  const days: string[] = [];
  for (const part of parts) {
    const read = parseDateQuery(part, year);
    if (!read.ok || read.query.kind !== 'day') return null;
    days.push(read.query.date);
  }
  return days;
}
