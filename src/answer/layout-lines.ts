import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import { readingOrder } from '../core/reading-order.js';
import type { IngestedDocument } from '../core/types.js';
import { passageFlags } from './passage-flags.js';

// Lines a conversion or an export writes around the text, not the text: a PDF's running page
// header (`城市治理研究  2025年第4期      · 47 ·`) and an exported thread's own lines before its first
// message (`邮件会话导出（Foxmail 7.2 → 另存为文本）`, `共 7 封邮件，按时间先后排列`). They share a
// question's stray word (文献, 邮件) and stood in the top three of questions they have nothing for.
// Ranked after every sentence that may answer, not left out: /search 城市治理研究 still finds the
// journal's name, and a question only they match (谁导出的) still gets them.

/** A page number as a running header or footer sets it apart: `· 47 ·`, `- 47 -`, `— 47 —`, `第 47 页`, `Page 47`, `47 / 120`. */
const PAGE_NUMBER = /^(?:[·•\-—–]\s*\d{1,4}\s*[·•\-—–]|第\s*\d{1,4}\s*页|page\s+\d{1,4}|\d{1,4}\s*\/\s*\d{1,4})$/iu;
/** The columns of a running header, set apart by a run of spaces (the layout of a page, no sentence writes it). */
const COLUMN_GAP = /[ \u3000]{3,}/u;

/** Whether a sentence is a page's running header or footer: columns apart by runs of spaces, a page number at one end. */
export function isRunningHeader(text: string): boolean {
  if (!COLUMN_GAP.test(text)) return false;
  const columns = text.trim().split(COLUMN_GAP);
  return columns.length >= 2 && (PAGE_NUMBER.test(columns[0]!) || PAGE_NUMBER.test(columns[columns.length - 1]!));
}

/** Positions of the sentences a thread's export writes before its first post, under no part (its own header lines). */
function exportPreamble(doc: IngestedDocument): Set<number> {
  const positions = new Set<number>();
  if (!doc.posts?.length) return positions;
  for (const { place } of readingOrder(doc)) {
    if (place.section !== null) break;
    positions.add(place.position);
  }
  return positions;
}

/** The ids of the library's layout lines, once per library. */
const layoutLineIds = memoized((library: Library) => {
  const ids = new Set<string>();
  for (const doc of library.documents) {
    const preamble = exportPreamble(doc);
    for (const passage of doc.passages)
      if (isRunningHeader(passage.text) || passage.places.every((place) => preamble.has(place.position))) ids.add(passage.id);
  }
  return ids;
});

/** Layout lines by passage number (the index's numbering): 1 for a running header or an export's own line. */
export const layoutLineFlags = passageFlags(layoutLineIds);
