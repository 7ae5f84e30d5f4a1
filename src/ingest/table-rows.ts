// A table's rows as a reader takes them in: each value under its column's name. Read alone, a
// row of a syllabus said `6，10月14日（周二），颜色与感知：色盲友好配色，作业1 截止`, and a row of
// a timetable `上机课，每周四 19:00–20:40，实验楼 B312 机房`: which figure is a week, a place or a
// price, the reader had to guess, and a question naming the column (上机课在什么地点, 门票多少钱)
// shared none of its words with the row. So a row under a header is written `周次：6；日期：…`,
// every word the document's own, and the header, now written in every row, is no passage itself.

import type { ShownLine } from './markdown-text.js';

const HAN = /\p{Script=Han}/u;
/** A cell that says nothing: empty, or a dash standing for "none" (—, -, ／). */
const NOTHING = /^[-－–—―/／\s]*$/u;

/** A row under `header`: each cell that says something, after its column's name. */
export function labelledRow(header: readonly string[], cells: readonly string[]): string {
  const chinese = [...header, ...cells].some((cell) => HAN.test(cell));
  const [colon, semicolon] = chinese ? ['：', '；'] : [': ', '; '];
  const said: string[] = [];
  cells.forEach((written, k) => {
    const cell = written.trim();
    if (NOTHING.test(cell)) return;
    const name = header[k]?.trim() ?? '';
    said.push(NOTHING.test(name) || name === cell ? cell : `${name}${colon}${cell}`);
  });
  return said.join(semicolon);
}

/**
 * The shown lines with each table that has a header (a row over a rule line, then rows) written
 * row by row under its column names; the header line is left blank when rows follow it (its
 * names are in each of them) and the rule line is left as it was.
 */
export function labelTableRows(lines: readonly ShownLine[]): ShownLine[] {
  const out = [...lines];
  for (let i = 0; i + 2 < out.length; i++) {
    const header = out[i]!.cells;
    if (!header || !out[i + 1]!.tableRule || !out[i + 2]!.cells) continue;
    out[i] = { text: '', alone: false };
    let row = i + 2;
    for (; out[row]?.cells; row++) out[row] = { ...out[row]!, text: labelledRow(header, out[row]!.cells!) };
    i = row - 1;
  }
  return out;
}
