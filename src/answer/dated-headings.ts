import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';

// The headings of the dated entries (a changelog's "## 2024年3月15日 v1.2.0", minutes' "第12次例会"),
// read once per library: newest-entry questions take their words, release questions their versions.

export interface DatedHeading {
  /** The heading, lower-cased. */
  heading: string;
  day: string;
  docId: string;
}

export const datedHeadings = memoized((services: Services): readonly DatedHeading[] => {
  const { datesWithEntries, entriesOn } = services.library;
  return datesWithEntries.flatMap(({ date }) =>
    entriesOn(date).flatMap((entry) =>
      (entry.section ?? []).map((heading) => ({ heading: heading.toLowerCase(), day: date, docId: entry.docId })),
    ),
  );
});
