// A PDF's text items (pieces of text placed on a page, pdf-text.ts) → the document's lines, laid
// out as the plain reader reads a text: items on one baseline joined into a line, a wider gap
// between lines a paragraph break, lines in a larger font than the body's `#` headings (largest
// first), and what the pages repeat at their top or bottom (a running header, a footer, a page
// number) dropped. Wrapped lines are left to the plain reader (wrapped-lines.ts) to join.

export interface PdfItem {
  text: string;
  /** The item's start on the page, in points from the left and from the bottom. */
  x: number;
  y: number;
  width: number;
  /** The font's size, as the item's height. */
  height: number;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

/** Items whose baselines differ by less than this share of their height are on one line. */
const SAME_LINE = 0.5;
/** A gap between baselines this much wider than the page's usual one opens a paragraph. */
const PARAGRAPH_GAP = 1.4;
/** A line in a font this much larger than the body's is a heading. */
const HEADING_SIZE = 1.15;
/** A heading is short, and no sentence. */
const MAX_HEADING_CHARACTERS = 40;
/** A line repeated at this share of the pages' tops or bottoms (three pages at least) is the page's furniture. */
const REPEATED_SHARE = 0.5;
const MIN_REPEATED_PAGES = 3;
/** How many lines at each end of a page may be its header or footer. */
const EDGE_LINES = 2;

/** A gap between two items wider than this share of their height is a space (a character's width is about its height). */
const APART = 0.25;
/** A page number alone: 3, - 3 -, 第3页, 3 / 10, 第 3 页 共 10 页, Page 3 of 10. */
const PAGE_NUMBER =
  /^[-–—\s]*(?:第\s*)?\d{1,4}\s*(?:页)?\s*(?:(?:[/／]|of|共)\s*\d{1,4}\s*页?)?[-–—\s]*$|^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/iu;
const SENTENCE_END = /[。！？!?…；;”』」）)]$/u;

/** A page's items as lines, top to bottom. */
function pageLines(items: readonly PdfItem[]): Line[] {
  const placed = items.filter((item) => item.text !== '' && item.height > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of placed) {
    const row = rows.find((r) => Math.abs(r[0]!.y - item.y) < SAME_LINE * Math.max(r[0]!.height, item.height));
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const item of row) {
        // Words set apart by the layout, not by a space of their own, are apart in the text too.
        if (text !== '' && item.x - end > APART * item.height && !/\s$/u.test(text)) text += ' ';
        text += item.text;
        end = item.x + item.width;
      }
      return { text: text.replace(/\s+/gu, ' ').trim(), y: row[0]!.y, height: Math.max(...row.map((i) => i.height)) };
    })
    .filter((line) => line.text !== '')
    .sort((a, b) => b.y - a.y);
}

/** How many lines at each end of a page of `count` may be furniture: never its middle line (a page of three has one text line). */
const edgeLines = (count: number) => Math.max(1, Math.min(EDGE_LINES, Math.floor(count / 2)));

/** A line as compared across pages: its digits any digits (第3页 and 第4页 are one footer). */
const furnitureKey = (text: string) => text.replace(/\d+/gu, '#').replace(/\s+/gu, '');

/** The lines at the pages' tops and bottoms that most pages repeat, by key. */
function repeatedEdges(pages: readonly Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = edgeLines(lines.length);
    const edges = new Set([...lines.slice(0, edge), ...lines.slice(lines.length - edge)].map((l) => furnitureKey(l.text)));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(MIN_REPEATED_PAGES, pages.length * REPEATED_SHARE);
  return new Set([...counts].filter(([, n]) => n >= needed).map(([key]) => key));
}

/** The body's font size: the size most characters are set in. */
function bodySize(pages: readonly Line[][]): number {
  const characters = new Map<number, number>();
  for (const line of pages.flat()) {
    const size = Math.round(line.height * 2) / 2;
    characters.set(size, (characters.get(size) ?? 0) + [...line.text].length);
  }
  return [...characters].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The document's text: pages' lines, paragraphs apart, headings marked, headers, footers and page numbers dropped. */
export function pdfLines(pages: readonly (readonly PdfItem[])[]): string {
  const laid = pages.map(pageLines);
  const repeated = repeatedEdges(laid);
  const kept = laid.map((lines) =>
    lines.filter((line, i) => {
      const edge = i < edgeLines(lines.length) || i >= lines.length - edgeLines(lines.length);
      return !(edge && (repeated.has(furnitureKey(line.text)) || PAGE_NUMBER.test(line.text)));
    }),
  );
  const body = bodySize(kept);
  const headingSizes = [
    ...new Set(
      kept
        .flat()
        .filter((l) => isHeading(l, body))
        .map((l) => Math.round(l.height * 2) / 2),
    ),
  ].sort((a, b) => b - a);
  // The document's usual line spacing: a page of few lines shows its paragraph gaps as often as its lines'.
  const spacing = usualSpacing(kept.filter((lines) => lines.length > 0).map((lines) => lines.filter((l) => !isHeading(l, body))));
  const out: string[] = [];
  for (const lines of kept) {
    // A page opens a paragraph unless the last one ran on over the page's end.
    const last = [...out].reverse().find((l) => l !== '');
    if (last !== undefined && (SENTENCE_END.test(last) || last.startsWith('#'))) out.push('');
    for (const [i, line] of lines.entries()) {
      const gap = i > 0 ? lines[i - 1]!.y - line.y : 0;
      if (isHeading(line, body)) {
        const level = Math.min(6, headingSizes.indexOf(Math.round(line.height * 2) / 2) + 1);
        out.push('', `${'#'.repeat(level)} ${line.text}`, '');
        continue;
      }
      if (i > 0 && spacing > 0 && gap > spacing * PARAGRAPH_GAP) out.push('');
      out.push(line.text);
    }
  }
  return out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

function isHeading(line: Line, body: number): boolean {
  return body > 0 && line.height >= body * HEADING_SIZE && [...line.text].length <= MAX_HEADING_CHARACTERS && !SENTENCE_END.test(line.text);
}

/** The gap between consecutive baselines of the body's lines that most of them keep (the smaller of two as common). */
function usualSpacing(pages: readonly Line[][]): number {
  const gaps = pages.flatMap((lines) => lines.slice(1).map((line, i) => Math.round((lines[i]!.y - line.y) * 2) / 2)).filter((g) => g > 0);
  if (gaps.length === 0) return 0;
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}
