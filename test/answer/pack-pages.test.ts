import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Fits, packPages } from '../../src/answer/pack-pages.js';
import type { AnswerItem } from '../../src/core/types.js';

// Pages of whole days, an oversize day split across pages as full as they can be. The packing of
// an oversize day searches for each page's end; it must end where adding one entry at a time
// (the plain greedy reading of "as many as fit") would.

const item = (group: string, size: number): AnswerItem => ({
  id: `${group}:${size}`,
  doc: 'd',
  title: 't',
  citation: 'c',
  date: null,
  section: null,
  text: 'x'.repeat(size),
  score: 0,
  highlights: [],
  group,
  places: [],
});

/** A budget of characters a page, as Discord's embed limits are (more entries never fit better). */
const within =
  (budget: number): Fits =>
  (items) =>
    items.length === 1 || items.reduce((n, i) => n + i.text.length, 0) <= budget;

/** The greedy packing, one entry at a time: the reference. */
function greedy(items: readonly AnswerItem[], fits: Fits): { start: number; end: number }[] {
  const pages: { start: number; end: number }[] = [];
  let extendable = false;
  const add = (start: number, end: number) => {
    const last = pages[pages.length - 1];
    if (extendable && last && fits(items.slice(last.start, end))) last.end = end;
    else {
      pages.push({ start, end });
      extendable = true;
    }
  };
  let start = 0;
  while (start < items.length) {
    let end = start + 1;
    while (end < items.length && items[end]!.group === items[start]!.group) end++;
    const last = pages[pages.length - 1];
    if (extendable && last && fits(items.slice(last.start, end))) last.end = end;
    else {
      extendable = false;
      if (fits(items.slice(start, end))) add(start, end);
      else for (let i = start; i < end; i++) add(i, i + 1);
    }
    start = end;
  }
  return pages;
}

describe('packPages', () => {
  it('given an oversize day of 800 entries, then full pages, each ending where one more entry would not fit', () => {
    const items = Array.from({ length: 800 }, (_, i) => item('3月18日', 10 + (i % 7)));
    const pages = packPages(items, within(400));
    expect(pages).toEqual(greedy(items, within(400)));
    const size = (start: number, end: number) => items.slice(start, end).reduce((n, i) => n + i.text.length, 0);
    for (const page of pages.slice(0, -1)) {
      expect(size(page.start, page.end)).toBeLessThanOrEqual(400);
      expect(size(page.start, page.end + 1)).toBeGreaterThan(400);
    }
    expect(pages.at(-1)?.end).toBe(800);
  });

  it('property: the same pages as adding one entry at a time, for any days and budget', () => {
    const days = fc.array(fc.record({ group: fc.constantFrom('a', 'b', 'c', 'd'), size: fc.integer({ min: 1, max: 60 }) }), {
      maxLength: 80,
    });
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 300 }), (raw, budget) => {
        const items = raw.map((r) => item(r.group, r.size));
        expect(packPages(items, within(budget))).toEqual(greedy(items, within(budget)));
      }),
      { numRuns: 300 },
    );
  });
});
