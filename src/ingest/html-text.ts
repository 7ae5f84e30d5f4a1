// A web page (or the HTML mammoth makes of a Word file, docx-text.ts) → the text a reader sees,
// laid out as the plain-text reader understands it: `<h1>`–`<h6>` as `#` headings (sections),
// paragraphs apart, list items as `- ` or `1. ` lines, table rows as `| cell | cell |` under a
// `|---|` rule when the first row is a header. What is no prose is dropped: scripts, styles, the
// site's navigation, header and footer, hidden elements, images. htmlparser2 reads the markup as
// browsers do (unclosed `<p>`, `<li>`, `<td>`, entities, bad nesting), which hand-written regular
// expressions over tags cannot.

import { Parser } from 'htmlparser2';
import { PRE_BREAK, Sink } from './html-sink.js';
import { type TableState, trimmedBlanks, writeTable } from './html-tables.js';

/** Elements whose content is not the page's text. */
const DROPPED = new Set('script style nav header footer noscript template svg iframe object select head'.split(' '));
/** Elements that stand apart from the text around them: a paragraph break before and after. */
const BLOCKS = new Set(
  'p div section article main aside blockquote pre dl dt dd figure figcaption address ul ol table form fieldset hr center body'.split(' '),
);
const HEADING = /^h([1-6])$/u;
/**
 * Tables nested deeper than this are read as paragraphs, cell by cell, as a layout table's cells
 * are: each level copies the lines of those inside it, and a page cut short with 10,000 tables
 * open took 21 s (90 KB). Old sites nest layout tables a few deep.
 */
export const MAX_TABLE_DEPTH = 20;
const TABLE_PARTS = new Set(['tr', 'td', 'th']);
/** The class docx-text.ts gives Word's Title paragraph. */
export const WORD_TITLE = 'document-title';

export interface HtmlText {
  /** The page's `<title>` (a Word file's Title paragraph), or null. */
  title: string | null;
  text: string;
}

/** A list being read: numbered (`<ol>`, from its `start`) or not. */
interface List {
  next: number | null;
}

const isHidden = (attributes: Record<string, string>): boolean =>
  'hidden' in attributes || /display\s*:\s*none/iu.test(attributes.style ?? '') || attributes['aria-hidden'] === 'true';

/** A note's mark or its way back (mammoth's `[1]` and `↑`): the notes are read where they are listed. */
const isNoteLink = (attributes: Record<string, string>): boolean => /^#(?:footnote|endnote)-/u.test(attributes.href ?? '');

export function htmlText(html: string): HtmlText {
  const page = new Sink();
  const tables: TableState[] = [];
  const lists: List[] = [];
  /** Depth inside elements whose content is dropped (nested ones counted), and inside <pre>. */
  let dropped = 0;
  let pre = 0;
  /** Depth inside tables nested past MAX_TABLE_DEPTH. */
  let flattened = 0;
  let title: string | null = null;
  /** The element whose text is the title, while it is read. */
  let inTitle: string | null = null;
  let titleText = '';
  let h1: string | null = null;
  /** The <h1> being read, to compare with the title. */
  let headingOpen: { level: number; start: number; sink: Sink } | null = null;
  const sink = (): Sink => tables[tables.length - 1]?.cell ?? page;
  // A dropped element's own closing tag, by depth, so that an unclosed inner one cannot end it early.
  const openDropped: string[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropped > 0 || DROPPED.has(name) || isHidden(attributes) || isNoteLink(attributes)) {
          if (name === 'title' && dropped > 0 && openDropped.every((d) => d === 'head')) {
            inTitle = name;
            return;
          }
          // Void elements never close: they cannot hide what follows.
          if (!['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr'].includes(name)) {
            dropped++;
            openDropped.push(name);
          }
          return;
        }
        if (name === 'title' || (name === 'p' && attributes.class === WORD_TITLE)) {
          inTitle = name;
          return;
        }
        const heading = HEADING.exec(name);
        if (heading) {
          const level = Number(heading[1]);
          const into = sink();
          into.paragraph();
          into.append(`${'#'.repeat(level)} `);
          headingOpen = { level, start: into.lines.length, sink: into };
          return;
        }
        if (name === 'pre') pre++;
        if (name === 'br') sink().endLine();
        else if (name === 'li') {
          sink().endLine();
          const list = lists[lists.length - 1];
          // A Word note (mammoth's <li id="footnote-1">) is read without its number: its mark is out of the sentence too.
          if (/^(?:footnote|endnote)-/u.test(attributes.id ?? '')) return;
          if (list?.next != null) sink().append(`${list.next++}. `);
          else sink().append('- ');
        } else if (name === 'ol' || name === 'ul') {
          sink().paragraph();
          lists.push({ next: name === 'ol' ? Number.parseInt(attributes.start ?? '1', 10) || 1 : null });
        } else if (name === 'table' && (flattened > 0 || tables.length >= MAX_TABLE_DEPTH)) {
          flattened++;
          sink().paragraph();
        } else if (flattened > 0 && TABLE_PARTS.has(name)) sink().paragraph();
        else if (name === 'table') {
          sink().paragraph();
          tables.push({ rows: [], row: null, cell: null });
        } else if (name === 'tr') {
          const table = tables[tables.length - 1];
          if (table) table.row = { cells: [], headerCells: 0 };
        } else if (name === 'td' || name === 'th') {
          const table = tables[tables.length - 1];
          if (table) {
            table.row ??= { cells: [], headerCells: 0 };
            if (name === 'th') table.row.headerCells++;
            table.cell = new Sink();
          }
          // An item whose text is wrapped in a paragraph (<li><p>…, as editors write) keeps its number.
        } else if (BLOCKS.has(name) && !sink().holdsOnlyItemMark()) sink().paragraph();
      },
      ontext(text) {
        if (inTitle !== null) titleText += text;
        else if (dropped === 0) sink().append(pre > 0 ? text.replace(/\n/gu, PRE_BREAK) : text);
      },
      onclosetag(name) {
        if (inTitle === name) {
          inTitle = null;
          title ??= titleText.replace(/\s+/gu, ' ').trim() || null;
          titleText = '';
          return;
        }
        if (dropped > 0) {
          if (openDropped[openDropped.length - 1] === name) {
            openDropped.pop();
            dropped--;
          }
          return;
        }
        const heading = HEADING.exec(name);
        if (heading && headingOpen) {
          const { sink: into, start, level } = headingOpen;
          into.endLine();
          const line = into.lines[start];
          if (level === 1 && line !== undefined && h1 === null) h1 = line.replace(/^#\s*/u, '');
          into.paragraph();
          headingOpen = null;
          return;
        }
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'li') sink().endLine();
        else if (name === 'ol' || name === 'ul') {
          lists.pop();
          sink().paragraph();
        } else if (name === 'table' && flattened > 0) {
          flattened--;
          sink().paragraph();
        } else if (flattened > 0 && TABLE_PARTS.has(name)) sink().paragraph();
        else if (name === 'td' || name === 'th') {
          const table = tables[tables.length - 1];
          if (table?.cell && table.row) {
            table.cell.endLine();
            table.row.cells.push(trimmedBlanks(table.cell.lines));
            table.cell = null;
          }
        } else if (name === 'tr') {
          const table = tables[tables.length - 1];
          if (table?.row) table.rows.push(table.row);
          if (table) table.row = null;
        } else if (name === 'table') {
          const table = tables.pop();
          if (table) writeTable(table, sink());
          // An empty paragraph first in an item (<li><p></p><p>…) leaves the number to the next.
        } else if (BLOCKS.has(name) && !sink().holdsOnlyItemMark()) sink().paragraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(withTitleClosed(html));
  parser.end();
  // Tables left open by a page cut short still give their rows.
  while (tables.length) writeTable(tables.pop()!, sink());
  page.endLine();
  const text = page.lines
    .join('\n')
    .replaceAll(PRE_BREAK, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return { title: siteNameDropped(title, h1), text };
}

/**
 * A `<title>` never closed ends at the next tag. A title's text runs to its `</title>`, markup and
 * all (as browsers read it), so a page missing that one tag was read as a title holding the whole
 * page and no text.
 */
function withTitleClosed(html: string): string {
  const open = /<title\b[^>]*>/iu.exec(html);
  if (open === null) return html;
  // Searched from the title on, in place: a page may be megabytes, copied for nothing.
  const from = (pattern: RegExp) => {
    pattern.lastIndex = open.index + open[0].length;
    return pattern.exec(html);
  };
  if (from(/<\/title\s*>/giu) !== null) return html;
  // A tag, a closing tag or a comment: a “<” before a space or a digit (3 < 5) is the title's text.
  const next = from(/<[a-z/!]/giu);
  return next === null ? html : `${html.slice(0, next.index)}</title>${html.slice(next.index)}`;
}

/** `文章标题 - 网站名` → 文章标题, when the page's first `<h1>` is that 文章标题 (a page's title names its site too). */
function siteNameDropped(title: string | null, h1: string | null): string | null {
  if (title === null || h1 === null || h1 === '' || !title.startsWith(h1)) return title;
  return /^\s*[-_|–—·｜]/u.test(title.slice(h1.length)) ? h1 : title;
}
