// Cutting text to a Discord limit without corrupting it. Chinese has no spaces, so cutting on
// words (as discord-utils-bot does) would collapse a sentence to "…"; we cut on characters
// instead, but never inside a grapheme (emoji, flags, keycaps), an escape (`\*`) or a `**` pair.

import { ELLIPSIS, eachGrapheme } from '../text/graphemes.js';

export { ELLIPSIS };

/** Markdown as units that must stay whole: `**`, a backslash escape, one grapheme (lazily). */
function* units(markdown: string): Generator<string> {
  let pending: string | null = null;
  for (const g of eachGrapheme(markdown)) {
    if (pending === null) pending = g;
    else if (pending === '\\' || (pending === '*' && g === '*')) {
      yield pending + g;
      pending = null;
    } else {
      yield pending;
      pending = g;
    }
  }
  if (pending !== null) yield pending;
}

/**
 * Returns `text` unchanged when it fits in `max` UTF-16 units, else a prefix ending in `…`
 * whose bold pairs are balanced (an opened `**` is closed, or dropped when there is no room).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return '';
  const budget = max - ELLIPSIS.length;
  let out = '';
  let boldOpenAt = -1; // index in `out` of the unmatched opening `**`
  for (const unit of units(text)) {
    // Keep room to close an open bold pair after this unit.
    const closing = unit === '**' ? (boldOpenAt >= 0 ? 0 : 2) : boldOpenAt >= 0 ? 2 : 0;
    if (out.length + unit.length + closing > budget) break;
    if (unit === '**') boldOpenAt = boldOpenAt >= 0 ? -1 : out.length;
    out += unit;
  }
  if (boldOpenAt >= 0) {
    // An empty bold pair would print literal asterisks: drop the opener instead.
    out = out.length === boldOpenAt + 2 ? out.slice(0, boldOpenAt) : `${out}**`;
  }
  return out + ELLIPSIS;
}
