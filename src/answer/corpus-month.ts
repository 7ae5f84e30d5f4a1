import type { Services } from '../core/services.js';
import { MONTHS_EN } from '../query/date-format.js';
import { parseDateQuery } from '../query/date-parse.js';

// A day typed without its month (/date 18日, /date 十八号) over documents whose entries are all of
// one month: read in that month, and said so.

const BARE_DAY = /^\s*([0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*[日号號]?\s*$/;

/** A day typed without its month, read in the month the entries are from when they are all from one. */
export function withCorpusMonth(services: Services, query: string): { query: string; note: string; noteEn: string } | null {
  const day = BARE_DAY.exec(query)?.[1];
  const months = new Set(services.library.datesWithEntries.map((d) => d.date.slice(0, 7)));
  const [month] = months;
  if (!day || months.size !== 1 || !month) return null;
  const monthNumber = Number(month.slice(5));
  return {
    query: `${month.slice(0, 4)}年${monthNumber}月${day}日`,
    note: `按条目所在的${monthNumber}月理解“${query.trim()}”。`,
    noteEn: `“${query.trim()}” is read in ${MONTHS_EN[monthNumber - 1]}, the month of the entries. `,
  };
}

/**
 * The day of the entries' month a holiday's name would be as a number (十一: the 11th), with
 * entries, or null: /date 十一 is 国庆, and the 11th is offered beside it.
 */
export function dayTheNameMayBe(services: Services, typed: string): string | null {
  const assumed = withCorpusMonth(services, typed);
  const parsed = assumed && parseDateQuery(assumed.query, services.defaultYear);
  const day = parsed?.ok && parsed.query.kind === 'day' ? parsed.query.date : null;
  return day && services.library.entriesOn(day).length ? day : null;
}
