import type { Entry } from '../core/types.js';

// A dated section headed by a range (### 2026年5月1日（周五）至5月5日（周二）) is an entry of each of
// its days, at one place: /date of any of them finds it, while a month or a range lists it once,
// under the first of its days asked, labelled with the days it spans there.

/** Whether `entry` on `day` stands at a place not listed yet (a range's section is one place on each of its days); marks it listed. */
export function firstListing(listed: Set<string>, entry: Entry, day: string): boolean {
  const key = `${entry.id}#${entry.ordinals[entry.dates.indexOf(day)] ?? entry.ordinal}`;
  if (listed.has(key)) return false;
  listed.add(key);
  return true;
}

/** The last asked day `entry` stands on at its place of `day`: `day` itself but for a range's section. */
export function lastDayAsked(entry: Entry, day: string, asked: ReadonlySet<string>): string {
  const ordinal = entry.ordinals[entry.dates.indexOf(day)];
  let last = day;
  entry.dates.forEach((date, i) => {
    if (date && date > last && entry.ordinals[i] === ordinal && asked.has(date)) last = date;
  });
  return last;
}
