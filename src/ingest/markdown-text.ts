// Markdown as a reader sees it: a .md document's sentences are quoted as rendered text, not as
// source. Front matter, code blocks and HTML comments are no prose (a comment is hidden text: a
// password in one was quoted in answers); table rows become their cells (named by the header's, table-rows.ts); links, images, emphasis,
// inline code, footnote marks and HTML tags give their text (`**请勿**` was quoted with its
// asterisks, which also clashed with the bold of highlighted words).
// Prose is never dropped silently: a fence or front matter that is never closed is no fence and
// no front matter (a lone ``` used to swallow the rest of the file), and what is hidden on a
// guess is named in a note.

import { isBoldHeadingLine } from './bold-heading.js';
import { frontMatterLines } from './front-matter.js';
import type { ShownLine } from './shown-line.js';
import { labelTableRows } from './table-rows.js';

/** What the lines before a line leave open, carried from one line to the next. */
export interface MarkdownState {
  /** Inside fenced code, opened by `fence` (```` ``` ````, `~~~~`…). */
  inCode: boolean;
  fence?: string;
  inIndentedCode?: boolean;
  inComment?: boolean;
  /** After a list item (or a footnote): an indented line continues the item, it is no code. */
  inList?: boolean;
  /**
   * The previous line: `paragraph` text (an indented line continues it; `---` under it makes it a
   * heading), other text an indented line continues (`block`: list item, quote, table row),
   * `blank`, or `other` (heading, fence, rule). Undefined at the start of the document.
   */
  previous?: 'paragraph' | 'block' | 'blank' | 'other';
}

/** What only the whole document knows, asked by the line being read. */
interface Lookahead {
  /** Whether a fence opened by `fence` is closed further down. */
  fenceClosed(fence: string): boolean;
}

const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/u;
const FENCE_CLOSE = /^(`{3,}|~{3,})\s*$/u;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/u;
const ATX_HEADING = /^#{1,6}(\s|$)/u;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])\s+/u;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,100}\]:/u;
/** A table's rule line: only pipes, dashes, colons and spaces, with a run of three dashes (two linear tests, no backtracking). */
export const isTableRule = (line: string): boolean => /^[|:\s-]+$/u.test(line) && line.includes('---');

/**
 * A table row's cells, in order (`cellText` reads each: a .md file's inline syntax, or none), or
 * null for a line that is no row. Joined as the row is written: a Chinese comma among Chinese
 * cells, an English one otherwise.
 */
export function tableRowText(line: string, cellText: (cell: string) => string = (cell) => cell.trim()): string | null {
  const cells = tableRowCells(line, cellText)?.filter(Boolean);
  return cells ? cells.join(cells.some((cell) => /\p{Script=Han}/u.test(cell)) ? '，' : ', ') : null;
}

/** A table row's cells, empty ones kept (a column's place), or null for a line that is no row. */
export function tableRowCells(line: string, cellText: (cell: string) => string = (cell) => cell.trim()): string[] | null {
  return /^\|.*\|$/u.test(line) ? line.slice(1, -1).split('|').map(cellText) : null;
}

/** A table row shown: its cells joined (tableRowText), alone, the cells kept for the header's names. */
export function shownRow(line: string, cellText?: (cell: string) => string): ShownLine | null {
  const cells = tableRowCells(line, cellText);
  const text = tableRowText(line, cellText);
  return cells && text !== null ? { text, alone: true, cells } : null;
}

/** The marker of a fence this line opens (a backtick fence's info string holds no backtick: ```a``` is inline code), or null. */
function fenceOpened(trimmed: string): string | null {
  const m = FENCE_OPEN.exec(trimmed);
  if (!m?.[1] || (m[1].startsWith('`') && m[2]?.includes('`'))) return null;
  return m[1];
}

/** Whether the line closes a fence opened by `fence`: the same character, at least as many, nothing after. */
function closesFence(trimmed: string, fence: string): boolean {
  const m = FENCE_CLOSE.exec(trimmed);
  return m?.[1] !== undefined && m[1][0] === fence[0] && m[1].length >= fence.length;
}

/** Columns of leading indentation, up to 4 (a tab reaches the next multiple of 4). */
function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (width >= 4) break;
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** The line without its HTML comments (`<!-- … -->`, which may span lines: `state.inComment`). Linear: each search starts where the last ended. */
function withoutComments(line: string, state: MarkdownState): string {
  let shown = '';
  let rest = line;
  for (;;) {
    if (state.inComment) {
      const end = rest.indexOf('-->');
      if (end < 0) return shown;
      state.inComment = false;
      rest = rest.slice(end + 3);
    }
    const start = rest.indexOf('<!--');
    if (start < 0) return shown + rest;
    shown += rest.slice(0, start);
    rest = rest.slice(start + 4);
    // `<!-->` and `<!--->` are whole (empty) comments.
    const empty = /^-?>/u.exec(rest);
    if (empty) rest = rest.slice(empty[0].length);
    else state.inComment = true;
  }
}

function showLine(line: string, state: MarkdownState, ahead: Lookahead): ShownLine | null {
  const trimmed = line.trim();
  if (state.inCode) {
    if (closesFence(trimmed, state.fence ?? '```')) {
      state.inCode = false;
      state.fence = undefined;
      state.previous = 'other';
    }
    return null;
  }
  const indented = indentWidth(line) >= 4 && trimmed !== '';
  if (state.inIndentedCode) {
    if (trimmed === '' || indented) return null;
    state.inIndentedCode = false;
    state.previous = 'other';
  }
  // Indented code: not within a comment, not continuing a paragraph or a list item.
  if (indented && !state.inComment && !state.inList && state.previous !== 'paragraph' && state.previous !== 'block') {
    state.inIndentedCode = true;
    return null;
  }
  const visible = withoutComments(line, state).trim();
  if (visible === '' && trimmed !== '') return null;
  if (visible === '') {
    state.previous = 'blank';
    return { text: '', alone: false };
  }
  const fence = fenceOpened(visible);
  if (fence !== null) {
    // A fence never closed is no fence: its lines are read as text (CommonMark would hide the rest of the file).
    if (ahead.fenceClosed(fence)) {
      state.inCode = true;
      state.fence = fence;
    }
    state.previous = 'other';
    return null;
  }
  // A rule, or the underline of a heading (made a heading by `markdownText`, which sees the next line): a break between paragraphs.
  // Only dashes or equals signs underline: `***` or `- - -` right under a paragraph is a rule.
  const underline = state.previous === 'paragraph' && SETEXT_UNDERLINE.test(line);
  if (THEMATIC_BREAK.test(visible) || underline) {
    state.previous = 'blank';
    return underline ? { text: '', alone: false } : { text: '', alone: false, rule: true };
  }
  if (isTableRule(visible)) return { text: '', alone: false, tableRule: true };
  const text = visible.replace(/^(>\s?)+/u, '');
  // A cell of marks alone (*** of a significance column) is its text, not a rule.
  const row = shownRow(text, (cell) => (THEMATIC_BREAK.test(cell.trim()) ? cell.trim() : inlineText(cell)));
  if (row !== null) {
    state.previous = 'block';
    return row;
  }
  const item = LIST_ITEM.test(text) || FOOTNOTE_DEFINITION.test(text);
  // A line at the margin after a blank line (or a heading) ends a list; an item (re)opens one.
  if (item) state.inList = true;
  else if (indentWidth(line) < 2 && (state.previous === 'blank' || ATX_HEADING.test(text))) state.inList = false;
  state.previous = ATX_HEADING.test(text) ? 'other' : item || text !== visible ? 'block' : 'paragraph';
  const shown = inlineText(text);
  return { text: shown, alone: !item && isBoldHeadingLine(text, shown) };
}

/**
 * What a Markdown line shows: null for a line that shows nothing (a fence, a code line, a
 * comment, a table rule), else its text. `state` carries fenced and indented code, comments and
 * lists across lines. Read line by line, a fence is taken as closed and a `===`/`---` underline
 * only ends its paragraph: `markdownText`, which sees the whole document, knows better.
 */
export function markdownLine(line: string, state: MarkdownState): ShownLine | null {
  return showLine(line, state, { fenceClosed: () => true });
}

/** CJK sentence ends: an indented block holding them is more likely indented prose than code. */
const PROSE = /[。！？]/u;

/**
 * A Markdown document's lines as shown: front matter and lines that show nothing left out, blank
 * lines kept (they end paragraphs), setext headings given their `#`. With notes for the user on
 * what was read otherwise than it looks: a fence never closed (read as text), a comment never
 * closed (hidden to the end), indented lines that look like prose (skipped as code).
 */
export function markdownText(lines: readonly string[]): { lines: ShownLine[]; notes: string[] } {
  const closers = fenceClosersAfter(lines);
  const shown: ShownLine[] = [];
  const notes: string[] = [];
  const state: MarkdownState = { inCode: false };
  let commentFrom = -1;
  let indented: { from: number; prose: boolean } | null = null;
  const endIndented = (to: number) => {
    if (indented?.prose)
      notes.push(`第 ${indented.from + 1}–${to} 行缩进了 4 个空格，按代码块处理，未编入索引；若是正文，请删去行首的缩进`);
    indented = null;
  };
  for (let i = frontMatterLines(lines); i < lines.length; i++) {
    const line = lines[i] ?? '';
    const before = { comment: state.inComment ?? false, previous: state.previous };
    const ahead: Lookahead = {
      fenceClosed: (fence) => {
        const closed = (fence.startsWith('`') ? closers.backtick : closers.tilde)[i]! >= fence.length;
        if (!closed) notes.push(`第 ${i + 1} 行的代码块标记 ${fence} 没有结束标记，其后内容按正文读取`);
        return closed;
      },
    };
    const out = showLine(line, state, ahead);
    if (!before.comment && state.inComment) commentFrom = i;
    if (state.inIndentedCode) {
      indented ??= { from: i, prose: false };
      if (PROSE.test(line)) indented.prose = true;
    } else if (indented) endIndented(i);
    if (out === null) continue;
    // A setext heading: one line of paragraph, underlined with `===` (level 1) or `---` (level 2).
    const underline = SETEXT_UNDERLINE.exec(lines[i + 1] ?? '');
    const opensParagraph = before.previous !== 'paragraph' && before.previous !== 'block';
    if (underline?.[1] && state.previous === 'paragraph' && opensParagraph && !state.inComment && out.text !== '') {
      shown.push({ text: `${underline[1].startsWith('=') ? '#' : '##'} ${out.text}`, alone: false });
      state.previous = 'other';
      i++;
      continue;
    }
    shown.push(out);
  }
  if (indented) endIndented(lines.length);
  // A table's rule line shows nothing: it only told which row was the header.
  const labelled = labelTableRows(shown).filter((line) => !line.tableRule);
  if (state.inComment)
    notes.push(`第 ${commentFrom + 1} 行的 HTML 注释 <!-- 没有结束标记 -->，其后 ${lines.length - commentFrom} 行都在注释中，未编入索引`);
  return { lines: labelled, notes };
}

/** For each line, the longest closing fence of each kind below it (a fence is closed when one is at least as long). */
function fenceClosersAfter(lines: readonly string[]): { backtick: Int32Array; tilde: Int32Array } {
  const backtick = new Int32Array(lines.length + 1);
  const tilde = new Int32Array(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i--) {
    backtick[i] = backtick[i + 1]!;
    tilde[i] = tilde[i + 1]!;
    const m = FENCE_CLOSE.exec(lines[i + 1]?.trim() ?? '');
    if (!m?.[1]) continue;
    const kind = m[1].startsWith('`') ? backtick : tilde;
    kind[i] = Math.max(kind[i]!, m[1].length);
  }
  return { backtick, tilde };
}

// --- Inline --------------------------------------------------------------------------------

/**
 * Inline Markdown and HTML → the text it shows. Every span is bounded (at most 300 characters
 * inside a link, emphasis or tag, 2,000 in a URL): unbounded, a line of 20,000 "[" took 0.7 s and
 * a 1 MB line would have taken hours (each opener scanned to the line's end). A comment runs to
 * its end or the line's (a lazy scan that stops at the first `-->`: linear).
 */
export function inlineText(text: string): string {
  if (THEMATIC_BREAK.test(text.trim())) return '';
  return text
    .replace(/<!--(?:-?>|[\s\S]*?(?:-->|$))/gu, '')
    .replace(/^\[\^[^\]\s]{1,100}\]:\s*/u, '')
    .replace(/\[\^[^\]\s]{1,100}\]/gu, '')
    .replace(/!\[([^\][]{0,300})\]\([^()\s]{0,2000}\)/gu, '$1')
    .replace(/\[([^\][]{1,300})\]\([^()\s]{0,2000}\)/gu, '$1')
    .replace(/<(https?:\/\/[^<>\s]{1,2000})>/gu, '$1')
    .replace(/<\/?[a-z][a-z0-9-]{0,30}(\s[^<>]{0,300})?\/?>/giu, '')
    .replace(/(\*\*|__)(?=\S)([^*_]{1,300}?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]{1,300}?)(?<=\S)\*(?![\w*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]{1,300}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/`([^`]{1,300})`/gu, '$1')
    .trim();
}
