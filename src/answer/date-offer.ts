import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import { dayNumber } from '../query/date-calendar.js';

// A search or question naming a day ("/search 5月3日") that finds nothing used to offer /date for
// that day, which over a server's documents without dated entries said there were none: a dead
// end. /date is offered only where it lists something: on the day or a few days from it.

/** How far from the asked day an entry still makes /date worth offering (its answer names the nearest days). */
const NEAR_DAYS = 7;

/** The years some entry is dated in, once per library (a search finding nothing asked at each). */
const yearsWithEntries = memoized((library: Library) => [...new Set(library.datesWithEntries.map((d) => d.date.slice(0, 4)))]);

/**
 * Whether /date for `day` (ISO) lists entries on it or near it. `yearTyped`: the user wrote the
 * year; otherwise the same day of any year with entries counts (/date reads it as every year's).
 */
export function dateWorthOffering(services: Services, day: string, yearTyped: boolean): boolean {
  const dated = services.library.datesWithEntries;
  if (!dated.length) return false;
  const years = yearTyped ? [day.slice(0, 4)] : yearsWithEntries(services.library);
  const asked = years.map((year) => dayNumber(`${year}${day.slice(4)}`)).filter((n) => !Number.isNaN(n));
  return dated.some((d) => asked.some((n) => Math.abs(dayNumber(d.date) - n) <= NEAR_DAYS));
}
