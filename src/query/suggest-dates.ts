// Autocomplete for /date: the days that have entries, matched against what was typed so far
// in any supported form (3, 3月1, 3.1, mar, 三月, 2020-03-1).

import type { Choice } from '../core/types.js';
import { fitUnits } from '../text/graphemes.js';
import { fromIso } from './date-calendar.js';
import { formatDateEn, formatDateZh } from './date-format.js';
import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTH_NAMES, normalizeDateInput } from './date-normalize.js';
import { type DateQuery, parseDateQuery } from './date-parse.js';
import { relativeDays } from './relative-days.js';

export interface DateCount {
  date: string;
  count: number;
}

interface Candidate {
  date: string;
  count: number;
  choice: Choice;
  /** The same day for an English client: March 18 · 8 entries. */
  choiceEn: Choice;
  /** Written forms, normalised like typed input, that a user may be typing. */
  forms: string[];
}

// No 三月十八日 form: typed input is normalised first, which turns Chinese numerals into digits.
function formsOf(iso: string, year: number, month: number, day: number): string[] {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const long = ENGLISH_MONTH_NAMES[month - 1] ?? '';
  const short = ENGLISH_MONTH_ABBREVIATIONS[month - 1] ?? '';
  return [
    `${month}月${day}日`,
    `${month}月${day}号`,
    `${year}年${month}月${day}日`,
    `${month}.${day}`,
    `${month}/${day}`,
    `${mm}-${dd}`,
    iso,
    `${year}/${month}/${day}`,
    `${long} ${day}`,
    `${short} ${day}`,
    `${day} ${long}`,
    `${day} ${short}`,
  ];
}

// Candidates are rebuilt only when the caller passes a new list (the engine keeps one for its lifetime).
const cache = new WeakMap<readonly DateCount[], Map<number, Candidate[]>>();

function candidatesFor(available: readonly DateCount[], defaultYear: number): Candidate[] {
  let byYear = cache.get(available);
  if (!byYear) {
    byYear = new Map();
    cache.set(available, byYear);
  }
  const known = byYear.get(defaultYear);
  if (known) return known;
  const built: Candidate[] = [];
  for (const { date, count } of [...available].sort((a, b) => a.date.localeCompare(b.date))) {
    const ymd = fromIso(date);
    if (!ymd) continue;
    const label = formatDateZh(date, defaultYear);
    const labelEn = formatDateEn(date, defaultYear);
    built.push({
      date,
      count,
      choice: { name: `${label} · ${count}条`, value: label },
      choiceEn: { name: `${labelEn} · ${count} ${count === 1 ? 'entry' : 'entries'}`, value: labelEn },
      forms: formsOf(date, ymd.year, ymd.month, ymd.day),
    });
  }
  byYear.set(defaultYear, built);
  return built;
}

/** Whether a complete query (day, range, month) covers the date. */
function covers(q: DateQuery | null, date: string): boolean {
  if (q === null) return false;
  if (q.kind === 'day') return q.date === date;
  if (q.kind === 'range') return q.from <= date && date <= q.to;
  if (q.kind === 'days') return q.days.includes(date);
  return date.startsWith(`${q.year}-${String(q.month).padStart(2, '0')}-`);
}

/** Words /date reads as the newest day (answer/latest-question.ts), as a user starts typing them. */
const NEWEST_WORDS = ['最新', '最近', 'latest', 'newest'];

/** The newest day offered as its word ("最新 · 12月20日 · 1条") when the typed text starts one; else null. */
function newestChoice(typed: string, available: readonly DateCount[], defaultYear: number, locale: 'zh' | 'en'): Choice | null {
  const text = typed.trim().toLowerCase();
  const newest = available.reduce<DateCount | undefined>((best, d) => (best && best.date > d.date ? best : d), undefined);
  // One Latin letter starts month names too (n: November); one Han character (最) does not.
  const word = NEWEST_WORDS.find((w) => w.startsWith(text) && (/\p{Script=Han}/u.test(text) || text.length >= 2));
  if (!newest || !text || !word) return null;
  const english = locale === 'en' || /^[a-z]/.test(word);
  const day = english ? formatDateEn(newest.date, defaultYear) : formatDateZh(newest.date, defaultYear);
  const count = english ? `${newest.count} ${newest.count === 1 ? 'entry' : 'entries'}` : `${newest.count}条`;
  return { name: `${word} · ${day} · ${count}`, value: word };
}

/** A day said relative to today, offered as typed with the date it is and its entries ("昨天 · 2026年12月2日 · 3条"); else null. */
function relativeChoice(typed: string, available: readonly DateCount[], today: Date, locale: 'zh' | 'en'): Choice | null {
  const relative = relativeDays(typed, today);
  if (!relative) return null;
  const count = available.filter((d) => covers(relative.query, d.date)).reduce((sum, d) => sum + d.count, 0);
  const english = locale === 'en' || /^[a-z]/iu.test(typed.trim());
  const said = english ? relative.saidEn : relative.said;
  const entries = english ? (count ? `${count} ${count === 1 ? 'entry' : 'entries'}` : 'no entries') : count ? `${count}条` : '没有条目';
  // One space between its words (relative-days.ts), as /date reads them: a run of spaces cut at 40 units left no day.
  const word = fitUnits(relative.word, 40);
  return { name: `${word} · ${said} · ${entries}`, value: word };
}

/**
 * Up to `limit` days with entries for what the user typed so far, best first: a month or range
 * typed whole, as typed (choosing a day of it must not be the only way on); days the typed text
 * already names, then days one of whose forms starts with it, then contains it; each group by date.
 */
export function suggestDates(
  typed: string,
  available: readonly DateCount[],
  defaultYear: number,
  limit = 25,
  locale: 'zh' | 'en' = 'zh',
  today: Date = new Date(),
): Choice[] {
  const candidates = candidatesFor(available, defaultYear);
  const choiceOf = (candidate: Candidate) => (locale === 'en' ? candidate.choiceEn : candidate.choice);
  const text = normalizeDateInput(typeof typed === 'string' ? typed : '');
  if (text === '') return candidates.slice(0, limit).map(choiceOf);
  const newest = newestChoice(typeof typed === 'string' ? typed : '', available, defaultYear, locale);
  if (newest) return [newest];
  const relative = relativeChoice(typeof typed === 'string' ? typed : '', available, today, locale);
  if (relative) return [relative];
  const named: Candidate[] = [];
  const prefixed: Candidate[] = [];
  const containing: Candidate[] = [];
  const parsed = parseDateQuery(typed, defaultYear);
  const query = parsed.ok ? parsed.query : null;
  for (const candidate of candidates) {
    if (covers(query, candidate.date)) named.push(candidate);
    else if (candidate.forms.some((form) => form.startsWith(text))) prefixed.push(candidate);
    else if (candidate.forms.some((form) => form.includes(text))) containing.push(candidate);
  }
  const days = [...named, ...prefixed, ...containing].map(choiceOf);
  if (query?.kind === 'day' || named.length < 2) return days.slice(0, limit);
  // A month or range with entries on several days: the whole of it first, as typed.
  const entries = named.reduce((sum, c) => sum + c.count, 0);
  // Cut by whole graphemes: a unit cut left half a surrogate pair (an emoji), which Discord refuses.
  const whole = fitUnits(typed.trim(), 80);
  const wholeChoice = {
    name: locale === 'en' ? `${whole} · ${named.length} days, ${entries} entries` : `${whole} · ${named.length}天 ${entries}条`,
    value: whole,
  };
  return [wholeChoice, ...days].slice(0, limit);
}
