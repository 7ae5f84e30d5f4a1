import type { Answer, AnswerItem } from '../core/types.js';

// Pages made of whole groups (days): a page takes days while the adapter says they fit, and only
// a day that cannot fit alone is split, entry by entry. Adapters decide what "fits" means
// (Discord's embed limits, a screenful in the console); the packing is the same for all.

export type Fits = (items: readonly AnswerItem[]) => boolean;

/** Text adapters' measure: up to `max` entries a page, and a longer day whole. */
export const upToEntries =
  (max: number): Fits =>
  (items) =>
    items.length <= max || new Set(items.map((i) => i.group)).size === 1;

interface Range {
  start: number;
  end: number;
}

/** Consecutive runs of items sharing a group label, as index ranges. */
function groupRuns(items: readonly AnswerItem[]): Range[] {
  const runs: Range[] = [];
  items.forEach((item, i) => {
    const last = runs[runs.length - 1];
    if (last && items[last.start]?.group === item.group) last.end = i + 1;
    else runs.push({ start: i, end: i + 1 });
  });
  return runs;
}

export function packPages(items: readonly AnswerItem[], fits: Fits): Range[] {
  const pages: Range[] = [];
  const open = (): Range | undefined => pages[pages.length - 1];
  let extendable = false; // whether the last page may still take more items
  const add = (start: number, end: number): void => {
    const last = open();
    if (extendable && last && fits(items.slice(last.start, end))) last.end = end;
    else {
      pages.push({ start, end });
      extendable = true;
    }
  };
  for (const run of groupRuns(items)) {
    const last = open();
    if (extendable && last && fits(items.slice(last.start, run.end))) {
      last.end = run.end;
      continue;
    }
    extendable = false;
    if (fits(items.slice(run.start, run.end))) {
      add(run.start, run.end);
      continue;
    }
    // A day too long for one page: as many entries as fit on each (an entry alone is always
    // accepted), found by galloping: trying one more entry at a time re-measured a growing page
    // for every entry, quadratic in a page's entries.
    for (let i = run.start; i < run.end; ) {
      const last = open();
      const end = extendable && last ? furthestFit(items, fits, last.start, i, run.end) : i;
      if (last && end > i) {
        last.end = end;
        i = end;
      } else {
        pages.push({ start: i, end: i + 1 });
        extendable = true;
        i++;
      }
    }
  }
  return pages;
}

/**
 * The furthest `end` in (from, limit] such that items[start, end) fit, or `from` when none does.
 * More entries never fit better, so a doubling search then a binary one find it.
 */
function furthestFit(items: readonly AnswerItem[], fits: Fits, start: number, from: number, limit: number): number {
  let good = from;
  let step = 1;
  while (good + step <= limit && fits(items.slice(start, good + step))) {
    good += step;
    step *= 2;
  }
  let bad = Math.min(good + step, limit + 1);
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (fits(items.slice(start, mid))) good = mid;
    else bad = mid;
  }
  return good;
}

/** The `page`-th packed page of an answer holding every hit (requested with `whole`); clamped like pagedAnswer. */
export function packedPage(whole: Answer, page: number, fits: Fits): Answer {
  const pages = packPages(whole.items, fits);
  const current = Math.min(Math.max(1, Math.floor(page)), Math.max(1, pages.length));
  const range = pages[current - 1] ?? { start: 0, end: 0 };
  return {
    ...whole,
    page: current,
    pageSize: Math.max(1, range.end - range.start),
    items: whole.items.slice(range.start, range.end),
    pages: Math.max(1, pages.length),
    offset: range.start,
  };
}
