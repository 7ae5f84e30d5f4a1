import { isLong } from './search-keywords.js';

// A question naming a table's column and one of its rows (2024年的营业收入, 第二季度的净利润) asks
// for the cell where they cross. Written row by row (table-rows.ts: `指标：营业收入；2024年：…`),
// that cell's row holds the column's name before a colon and the row's name in a value, and
// every word of the question; rows of other tables that only name 营业收入 as a column, twice
// (营业收入；营业收入比上年增减), outranked it on those words and on their section's.

/** A cell's name before its first colon (folded: ：is :), not a clock's hour (8:00): by indexOf, as a
 * pattern (^([^:]*\D[^:]*):) backtracks over every cell without a colon, a third of /ask's time at 100×. */
function namedCell(cell: string): { name: string; value: string } {
  const colon = cell.indexOf(':');
  const name = colon < 0 ? '' : cell.slice(0, colon);
  return /\D/u.test(name) ? { name, value: cell.slice(colon + 1) } : { name: '', value: cell };
}

/** A row as table-rows.ts writes it, folded: `name:value` cells apart by `;`, two at least. */
function cellsOf(text: string): { name: string; value: string }[] | null {
  if (!text.includes(':') || !text.includes(';')) return null;
  const cells = text.split(';').map(namedCell);
  return cells.filter((cell) => cell.name).length >= 2 ? cells : null;
}

/**
 * For one question's words, the test whether a sentence (folded) is a row holding every long word
 * of the question, one as a column's name and another, apart from it, in a value: the cell the
 * question names by its row and column. The words are read once, not per sentence: /ask tests its
 * ~150 candidates, and a Set made for each was half of what a /ask still allocated at 100× the
 * corpus (~470 KB of 920 KB), garbage that cooled the CPU's caches.
 */
export function rowAndColumnTest(questionWords: readonly string[]): (text: string) => boolean {
  const words = [...new Set(questionWords)].filter(isLong);
  if (words.length < 2) return () => false;
  // A word in a value that is none of the column's words, nor a piece of one (营业 of 营业收入).
  const apart = (a: string, b: string) => !a.includes(b) && !b.includes(a);
  return (text) => {
    if (!words.every((word) => text.includes(word))) return false;
    const cells = cellsOf(text);
    if (!cells) return false;
    const inName = words.filter((word) => cells.some((cell) => cell.name.includes(word)));
    return words.some((word) => cells.some((cell) => cell.value.includes(word)) && inName.some((column) => apart(column, word)));
  };
}
