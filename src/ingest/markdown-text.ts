// Markdown as a reader sees it: a .md document's sentences are quoted as rendered text, not as
// source. Front matter and code blocks are no prose; table rows become their cells; links, images,
// emphasis, inline code and HTML tags give their text (`**请勿**` was quoted with its asterisks,
// which also clashed with the bold of highlighted words).

/** Lines of YAML front matter at the top ("---" … "---"), or 0. */
export function frontMatterLines(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  for (let i = 1; i < Math.min(lines.length, 100); i++) if (/^(---|\.\.\.)$/u.test(lines[i]?.trim() ?? '')) return i + 1;
  return 0;
}

/** The `title:` of front matter, if it has one. */
export function frontMatterTitle(lines: readonly string[]): string | null {
  const end = frontMatterLines(lines);
  for (let i = 1; i < end - 1; i++) {
    const m = /^title\s*:\s*(.+?)\s*$/iu.exec(lines[i] ?? '');
    if (m?.[1]) return m[1].replace(/^(["'])(.*)\1$/u, '$2');
  }
  return null;
}

const FENCE = /^(```|~~~)/u;
/** A table's rule line: only pipes, dashes, colons and spaces, with a run of three dashes (two linear tests, no backtracking). */
const isTableRule = (line: string): boolean => /^[|:\s-]+$/u.test(line) && line.includes('---');

/**
 * What a Markdown line shows: null for a line that shows nothing (a fence, a code line, a table
 * rule), else its text, `alone` for a table row (a row is one passage, never joined to the next).
 * `inCode` carries the state of fenced code across lines.
 */
export function markdownLine(line: string, state: { inCode: boolean }): { text: string; alone: boolean } | null {
  const trimmed = line.trim();
  if (FENCE.test(trimmed)) {
    state.inCode = !state.inCode;
    return null;
  }
  if (state.inCode || isTableRule(trimmed)) return null;
  const text = trimmed.replace(/^(>\s?)+/u, '');
  // A table row: its cells, in order.
  if (/^\|.*\|$/u.test(text)) {
    const cells = text
      .slice(1, -1)
      .split('|')
      .map((cell) => inlineText(cell))
      .filter(Boolean);
    return { text: cells.join('，'), alone: true };
  }
  return { text: inlineText(text), alone: false };
}

/**
 * Inline Markdown and HTML → the text it shows. Every span is bounded (at most 300 characters
 * inside a link, emphasis or tag, 2,000 in a URL): unbounded, a line of 20,000 "[" took 0.7 s and
 * a 1 MB line would have taken hours (each opener scanned to the line's end).
 */
export function inlineText(text: string): string {
  return text
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
