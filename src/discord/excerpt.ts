import type { Span } from '../core/types.js';
import { graphemeSnapper } from '../text/graphemes.js';
import { escapeMarkdown } from './escape-markdown.js';
import { ELLIPSIS, truncate } from './truncate.js';

// A hit's verbatim text as markdown: escaped, matched terms in **bold**, cut to fit a budget.
// When the text is too long and the first match lies far in, the window starts shortly before it
// (with a leading …) so the reader always sees why the passage matched.

type GraphemeSnapper = ReturnType<typeof graphemeSnapper>;

/** Sorted, merged spans clamped to the text and widened to whole graphemes (an accent stays with its letter). */
function normaliseSpans(spans: readonly Span[], snap: GraphemeSnapper): [number, number][] {
  const sorted = spans
    .map(([s, e]): [number, number] => [snap.floor(Math.trunc(s)), snap.ceil(Math.trunc(e))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    // Touching spans are merged too, or `**a****b**` would print stray asterisks.
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** Markdown for text[from, to): escaping only lengthens, so callers pass a window just over the budget. */
function toMarkdown(text: string, spans: [number, number][], from: number, to = text.length): string {
  let out = '';
  let cursor = from;
  for (const [start, spanEnd] of spans) {
    const end = Math.min(spanEnd, to);
    if (end <= cursor || start >= to) continue;
    const s = Math.max(start, cursor);
    out += `${escapeMarkdown(text.slice(cursor, s))}**${escapeMarkdown(text.slice(s, end))}**`;
    cursor = end;
  }
  return out + escapeMarkdown(text.slice(cursor, Math.max(cursor, to)));
}

/** Markdown for `text` with `highlights` in bold, at most `max` characters. */
export function renderExcerpt(text: string, highlights: readonly Span[], max: number): string {
  const snap = graphemeSnapper(text);
  const spans = normaliseSpans(highlights, snap);
  const window = (from: number): number => Math.min(text.length, from + max + 2);
  const full = toMarkdown(text, spans, 0, window(0));
  if (full.length <= max && window(0) === text.length) return full;
  const first = spans[0];
  // Escaping can lengthen text, so "far in" is judged against a conservative share of the budget.
  if (first && first[0] > max / 3) {
    const from = snap.floor(Math.max(0, first[0] - Math.floor(max / 6)));
    return truncate(ELLIPSIS + toMarkdown(text, spans, from, window(from)), max);
  }
  return truncate(full, max);
}
