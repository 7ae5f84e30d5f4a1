import { atPlace } from '../core/reading-order.js';
import type { Passage } from '../core/types.js';

// A sentence written at several places (a meeting's 主持：林一帆, an entry repeated under a later
// day) is one passage, cited at its first place. Asked about a day, it is read where that day has it.

/** The passage as it stands on `day`: dated, placed and cited there, its other places after; as it is when the day has none of them. */
export function onDay(passage: Passage, day: string): Passage {
  const place = passage.places.find((p) => p.date === day);
  return place ? atPlace({ passage, place }) : passage;
}

/** The passage on the first of `days` it stands on (the days a question names), or as it is. */
export function onDaysAsked(passage: Passage, days: readonly string[]): Passage {
  if (passage.places.length < 2) return passage;
  const day = days.find((d) => passage.places.some((p) => p.date === d));
  return day === undefined ? passage : onDay(passage, day);
}
