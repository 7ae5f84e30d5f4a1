import type { Services } from '../core/services.js';
import type { Passage, Timeline, TimelineDay } from '../core/types.js';

// A bar per day across the chronicle's period, so a month or a country reads at a glance:
// /date ranges count entries and highlight the asked days, /country counts mentions.

/**
 * Days a timeline shows at most: a quarter. Chronicles of several years together (a server's
 * 2024 minutes beside the 2020 chronicle) spanned 1,499 days, a 3,000-character console line and
 * bars thinner than a pixel in Discord's image; the timeline then narrows to the highlighted days,
 * and is left out when even those are further apart.
 */
export const MAX_TIMELINE_DAYS = 92;

function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (const d = new Date(`${first}T00:00:00Z`); d <= new Date(`${last}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    days.push(d.toISOString().slice(0, 10));
  return days;
}

/** The chronicle's period, day by day, once per list of dated days (dates cost more than the rest of a timeline). */
const periods = new WeakMap<object, readonly string[]>();
function periodOf(dates: readonly { date: string }[]): readonly string[] {
  let period = periods.get(dates);
  if (!period) {
    const first = dates[0]?.date;
    const last = dates[dates.length - 1]?.date;
    period = first && last ? daysBetween(first, last) : [];
    periods.set(dates, period);
  }
  return period;
}

/** The chronicle's period, each day counted and marked; narrowed or null as MAX_TIMELINE_DAYS says. */
function timelineDays(services: Services, day: (date: string) => TimelineDay): TimelineDay[] | null {
  const period = periodOf(services.library.datesWithEntries);
  if (!period.length) return null;
  const days = period.map(day);
  if (days.length <= MAX_TIMELINE_DAYS) return days;
  const from = days.findIndex((d) => d.highlighted);
  let to = days.length - 1;
  while (to >= 0 && !days[to]!.highlighted) to--;
  return from >= 0 && to - from < MAX_TIMELINE_DAYS ? days.slice(from, to + 1) : null;
}

/** Entries per day, the asked days highlighted; null when none of them falls in the period. */
export function dateTimeline(services: Services, asked: readonly string[]): Timeline | null {
  const counts = new Map(services.library.datesWithEntries.map((d) => [d.date, d.count]));
  const wanted = new Set(asked);
  const days = timelineDays(services, (date) => ({ date, count: counts.get(date) ?? 0, highlighted: wanted.has(date) }));
  return days?.some((d) => d.highlighted) ? { unit: '条目', days } : null;
}

/** Places of one sentence compared pairwise; more go through a set. */
const FEW_PLACES = 16;

/** Mentions per day: a sentence counts once on every day it appears. */
export function mentionCounts(passages: readonly Passage[]): Map<string, number> {
  const counts = new Map<string, number>();
  // Plain loops, no set or closure per sentence: ~2,000 of them at 100× were /country's garbage.
  for (const { places } of passages) {
    // A sentence repeated on many days (boilerplate on 1,000 of them) is counted through a set.
    if (places.length > FEW_PLACES) {
      for (const date of new Set(places.map((p) => p.date))) if (date) counts.set(date, (counts.get(date) ?? 0) + 1);
      continue;
    }
    for (let i = 0; i < places.length; i++) {
      const date = places[i]!.date;
      if (!date) continue;
      let seen = false;
      for (let j = 0; j < i && !seen; j++) seen = places[j]!.date === date;
      if (!seen) counts.set(date, (counts.get(date) ?? 0) + 1);
    }
  }
  return counts;
}

/** The mentions per day (mentionCounts) as a timeline; null without a dated mention. */
export function mentionTimeline(services: Services, counts: ReadonlyMap<string, number>): Timeline | null {
  const days = timelineDays(services, (date) => ({ date, count: counts.get(date) ?? 0, highlighted: counts.has(date) }));
  return days?.some((d) => d.highlighted) ? { unit: '提及', days } : null;
}
