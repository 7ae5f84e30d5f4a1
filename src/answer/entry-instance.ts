import type { Entry, Place } from '../core/types.js';

// An entry written at several places (a chronicle's verbatim repeat) and a sentence written in
// several entries (a meeting's 主持：…) meet at places: which of the entry's is a sentence's?

/**
 * Which of an entry's places (its index in `ordinals`) a sentence's place stands in, or -1: a
 * chronicle's by its entry number, a dated section's (which has none) by its day and heading.
 */
export function entryInstance(entry: Entry, place: Place): number {
  if (place.entry !== null) return entry.ordinals.indexOf(place.entry);
  const heading = entry.section;
  if (!heading || !place.section || !heading.every((h, i) => place.section?.[i] === h)) return -1;
  return entry.dates.indexOf(place.date);
}
