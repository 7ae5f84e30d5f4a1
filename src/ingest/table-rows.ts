// A table's rows as a reader takes them in: each value under its column's name. Read alone, a
// row of a syllabus said `6，10月14日（周二），颜色与感知：色盲友好配色，作业1 截止`, and a row of
// a timetable `上机课，每周四 19:00–20:40，实验楼 B312 机房`: which figure is a week, a place or a
// price, the reader had to guess, and a question naming the column (上机课在什么地点, 门票多少钱)
// shared none of its words with the row. So a row under a header is written `周次：6；日期：…`,
// every word the document's own, and the header, now written in every row, is no passage itself.

import type { ShownLine } from './shown-line.js';
import { namedUnit, statedUnit, withUnit } from './table-units.js';

const HAN = /\p{Script=Han}/u;
/** A cell that says nothing: empty, or a dash standing for "none" (—, -, ／). */
const NOTHING = /^[-－–—―/／\s]*$/u;

/**
 * A row under `header`: each cell that says something, after its column's name; a bare figure
 * with its unit (table-units.ts): its column's (营业收入（万元）, then named 营业收入), else its
 * row's (基本每股收益（元/股）), else the table's (`tableUnit`, from a 单位：万元 line over it).
 */
export function labelledRow(header: readonly string[], cells: readonly string[], tableUnit?: string): string {
  const chinese = [...header, ...cells].some((cell) => HAN.test(cell));
  const [colon, semicolon] = chinese ? ['：', '；'] : [': ', '; '];
  const rowUnit = namedUnit(cells[0] ?? '')?.unit ?? tableUnit;
  const said: string[] = [];
  cells.forEach((written, k) => {
    const cell = written.trim();
    if (NOTHING.test(cell)) return;
    const writtenName = header[k]?.trim() ?? '';
    const column = namedUnit(writtenName);
    const name = column?.name ?? writtenName;
    // The first cell names the row: a table's unit is no part of it.
    const value = withUnit(cell, column?.unit ?? (k === 0 ? undefined : rowUnit));
    said.push(NOTHING.test(name) || name === cell ? value : `${name}${colon}${value}`);
  });
  return said.join(semicolon);
}

/** Where the unit a table's figures are in is stated over it (its nearest line above that shows something), or null. */
function unitOver(lines: readonly ShownLine[], header: number): { at: number; unit: string; alone: boolean } | null {
  let at = header - 1;
  while (at >= 0 && lines[at]!.text.trim() === '' && !lines[at]!.cells) at--;
  const line = lines[at];
  const stated = line && !line.cells ? statedUnit(line.text) : null;
  return stated && { at, ...stated };
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
    // A line that only states the table's unit is no line of its own: each figure carries it.
    const unit = unitOver(out, i);
    if (unit?.alone) out[unit.at] = { text: '', alone: false };
    let row = i + 2;
    for (; out[row]?.cells; row++) out[row] = { ...out[row]!, text: labelledRow(header, out[row]!.cells!, unit?.unit) };
    i = row - 1;
  }
  return out;
}
