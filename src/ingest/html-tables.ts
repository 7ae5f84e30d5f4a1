// A web page's tables (html-text.ts): a data table's rows as the plain reader reads a Markdown
// table's, a layout table's cells as the paragraphs they hold.

import type { Sink } from './html-sink.js';

export interface Row {
  cells: string[][];
  headerCells: number;
}

export interface TableState {
  rows: Row[];
  row: Row | null;
  cell: Sink | null;
}

/** A table row as the plain reader reads a Markdown one; its cells' own pipes would split it. */
const rowLine = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/gu, '｜')).join(' | ')} |`;

/**
 * A table's rows: each a `| … |` line when every cell is one line (a header's rule under a first
 * row of header cells); a layout table, whose cells hold paragraphs, as those paragraphs in order.
 */
export function writeTable(table: TableState, into: Sink): void {
  const rows = table.rows.filter((r) => r.cells.some((c) => c.length > 0));
  if (rows.length === 0) return;
  into.paragraph();
  const tabular = rows.every((r) => r.cells.every((c) => c.length <= 1)) && rows.some((r) => r.cells.length > 1);
  if (!tabular) {
    for (const cell of rows.flatMap((r) => r.cells)) {
      for (const line of cell) {
        if (line === '') into.paragraph();
        into.append(line);
        into.endLine();
      }
      into.paragraph();
    }
    return;
  }
  for (const [i, row] of rows.entries()) {
    into.append(rowLine(row.cells.map((c) => c[0] ?? '')));
    into.endLine();
    if (i === 0 && row.headerCells === row.cells.length && rows.length > 1) {
      into.append(`|${row.cells.map(() => '---').join('|')}|`);
      into.endLine();
    }
  }
  into.paragraph();
}

/** A cell's lines without the blank ones opening or closing it (its paragraphs' breaks stay). */
export function trimmedBlanks(lines: readonly string[]): string[] {
  const first = lines.findIndex((l) => l !== '');
  if (first < 0) return [];
  let last = lines.length - 1;
  while (lines[last] === '') last--;
  return lines.slice(first, last + 1);
}
