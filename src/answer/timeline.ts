import type { Services } from '../core/services.js';
import type { Passage, Timeline } from '../core/types.js';

// A bar per day across the chronicle's period, so a month or a country reads at a glance:
// /date ranges count entries and highlight the asked days, /country counts mentions.

function periodDays(services: Services): string[] {
  const dates = services.library.datesWithEntries;
  const first = dates[0]?.date;
  const last = dates[dates.length - 1]?.date;
  if (!first || !last) return [];
  const days: string[] = [];
  for (const d = new Date(`${first}T00:00:00Z`); d <= new Date(`${last}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    days.push(d.toISOString().slice(0, 10));
  return days;
}

/** Entries per day, the asked days highlighted; null when none of them falls in the period. */
export function dateTimeline(services: Services, asked: readonly string[]): Timeline | null {
  const counts = new Map(services.library.datesWithEntries.map((d) => [d.date, d.count]));
  const wanted = new Set(asked);
  const days = periodDays(services).map((date) => ({ date, count: counts.get(date) ?? 0, highlighted: wanted.has(date) }));
  return days.some((d) => d.highlighted) ? { unit: '条目', days } : null;
}

/** Mentions per day (a sentence counted on every day it appears); null without a dated mention. */
export function mentionTimeline(services: Services, passages: readonly Passage[]): Timeline | null {
  const counts = new Map<string, number>();
  // Plain loops, no set or closure per sentence: ~2,000 of them at 100× were /country's garbage.
  for (const { places } of passages) {
    for (let i = 0; i < places.length; i++) {
      const date = places[i]!.date;
      if (!date) continue;
      let seen = false;
      for (let j = 0; j < i && !seen; j++) seen = places[j]!.date === date;
      if (!seen) counts.set(date, (counts.get(date) ?? 0) + 1);
    }
  }
  const days = periodDays(services).map((date) => ({ date, count: counts.get(date) ?? 0, highlighted: counts.has(date) }));
  return days.some((d) => d.highlighted) ? { unit: '提及', days } : null;
}
